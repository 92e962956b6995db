import type { Actions, PageServerLoad } from './$types';
import { askAction, loadAskPage } from '../../ask';

export const load: PageServerLoad = (event) => loadAskPage(event);

export const actions: Actions = { ask: (event) => askAction(event) };
