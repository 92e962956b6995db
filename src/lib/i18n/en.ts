import type { Messages } from './id';
import * as authoring from './areas/authoring';
import * as media from './areas/media';
import * as service from './areas/service';
import * as certificates from './areas/certificates';
import * as setup from './areas/setup';
import * as practice from './areas/practice';
import * as levels from './areas/levels';
import * as reports from './areas/reports';
import * as security from './areas/security';
import * as outcomes from './areas/outcomes';
import * as reading from './areas/reading';
import * as offline from './areas/offline';

const formatNumber = (value: number) => value.toLocaleString('en-US');
/** Rupiah is written before the amount (Rp15.000); other units after it (12 cm). */
const formatQuantity = (value: number, unit: string) =>
	/^rp$/i.test(unit) ? `Rp${formatNumber(value)}` : `${formatNumber(value)} ${unit}`.trim();

/** English: second language. Same keys as id.ts; TypeScript refuses a missing one. */
export const en: Messages = {
	appName: 'Berdaya',
	tagline: 'Learn skills, build a business.',
	skipToContent: 'Skip to content',
	language: 'Language',
	switchTo: 'Bahasa Indonesia',
	nav: {
		home: 'Home',
		learn: 'Learn',
		teach: 'My cohorts',
		organize: 'Programs',
		write: 'Write modules',
		staff: 'Staff menu',
		logout: 'Log out'
	},
	login: {
		title: 'Log in',
		intro: 'Enter your phone number and PIN.',
		staffHint: 'Trainers and organizers: use your phone number or email, and password.',
		identifier: 'Phone number or email',
		identifierHint: 'Example: 0812 3456 7890',
		secret: 'PIN or password',
		secretHint: 'Participant PIN: 6 digits.',
		submit: 'Log in',
		noAccount: 'No account yet? Join with your cohort code',
		invalid: 'Wrong phone number or PIN. Please try again carefully.',
		malformed: 'That phone number is not right yet. Write a number starting with 08, for example 0812 3456 7890.',
		locked: 'This account is locked for a while after too many wrong PINs. Ask your trainer to unlock it or reset your PIN.',
		addressLimited: 'Too many login attempts from this device. Wait one hour, or ask your trainer for help.',
		sessionExpired: 'Your session has ended. Please log in again.'
	},
	join: {
		title: 'Join a cohort',
		intro: 'Ask your trainer for the cohort code. Then fill in the form below.',
		code: 'Cohort code',
		codeHint: 'Example: ABCD-1234',
		name: 'Your name',
		phone: 'Phone number',
		phoneHint: 'An active number. Example: 0812 3456 7890',
		pin: 'Create a PIN (6 digits)',
		pinHint: 'Remember this PIN. Do not tell anyone.',
		pinConfirm: 'Repeat the PIN',
		submit: 'Join',
		haveAccount: 'Already have an account? Log in',
		welcome: (cohort: string) => `Welcome to ${cohort}!`
	},
	changePin: {
		title: 'Change your PIN',
		intro: 'Your trainer gave you a temporary PIN. Create a new PIN only you know.',
		pin: 'New PIN (6 digits)',
		pinConfirm: 'Repeat the new PIN',
		currentPin: 'Current PIN (the one you sign in with)',
		introVoluntary: 'Type your current PIN first, then choose a new PIN only you know.',
		submit: 'Save PIN',
		done: 'Your new PIN is saved.'
	},
	errors: {
		required: 'This field is required.',
		tooLong: (max: number) => `Too long. At most ${max} characters.`,
		phoneInvalid: 'That phone number is not right yet. Write a number starting with 08, for example 0812 3456 7890.',
		pinInvalid: 'The PIN must be 6 digits.',
		pinWeak: 'This PIN is too easy to guess. Choose 6 other digits.',
		pinMismatch: 'The two PINs are not the same. Type them again carefully.',
		currentPinWrong: 'The current PIN does not match. Type the PIN you sign in with.',
		pinReused: 'Do not reuse the temporary PIN from your trainer or your old PIN. Choose 6 new digits.',
		nameInvalid: 'Write your name, at least 2 letters.',
		joinCodeUnknown: 'Cohort code not found. Check the code again, or ask your trainer.',
		joinClosed: 'This cohort no longer takes new participants. Ask your trainer or organizer; there may be another cohort for you.',
		phoneTaken:
			'This phone number cannot be registered on this page. If you registered before, log in with your phone number and PIN. Forgot your PIN, or is this your number and you never registered? Ask your trainer.',
		phoneTakenForTrainer:
			'This phone number already has a Berdaya account, so it cannot be added here. Check the number. If it belongs to your participant, ask them to log in with their phone number and PIN, then join with this cohort’s code.',
		passwordInvalid: 'The password needs at least 8 characters.',
		notFound: 'Page not found.',
		forbidden: 'You do not have access to this page.',
		generic: 'Sorry, something went wrong. Please try again shortly.',
		back: 'Back to home'
	},
	learn: {
		title: 'Learn',
		hello: (name: string) => `Hello, ${name}!`,
		noCourses: 'You have no courses yet. Ask your trainer.',
		level: 'Reading level',
		levels: { dasar: 'Basic', menengah: 'Intermediate', lanjut: 'Advanced' },
		modulesDone: (done: number, total: number) => `${done} of ${total} modules done`,
		minutes: (n: number) => `about ${n} minutes`,
		statusDone: 'Done',
		statusStarted: 'In progress',
		statusNew: 'Not started',
		openModule: 'Open',
		toCourse: 'Back to the module list',
		toQuiz: 'Take the quiz',
		quizIntro: 'Finished reading? Try this quiz.',
		objectives: 'After this module you can:',
		noQuiz: 'This module has no quiz.',
		markRead: 'Mark as read',
		practicalTitle: 'Practical task',
		practicalPhoto: 'The photo to take',
		practicalRubric: 'What the trainer checks',
		practicalShowTrainer: 'Show the result and the photo to your trainer.'
	},
	quiz: {
		title: (module: string) => `Quiz: ${module}`,
		intro: (mastery: number) => `Answer every question. You pass with ${mastery}% or more correct.`,
		question: (n: number, total: number) => `Question ${n} of ${total}`,
		submit: 'Send answers',
		unanswered: 'This question has no answer yet.',
		notANumber: 'Write the answer as a number only, for example 15000 or 15.000.',
		someNotANumber: 'Some answers must be numbers. Check the marked questions. Your other answers are still on this page.',
		duplicatePosition: 'A number is used twice. Each step needs a different number.',
		someDuplicatePosition:
			'An ordering question has the same number for two steps. Check the marked questions. Your other answers are still on this page.',
		multipleHint: 'Choose every correct answer. There may be more than one.',
		orderingHint: 'Number each step. Number 1 is the first step.',
		positionOf: (step: string) => `Position of: ${step}`,
		numericHint: 'Write the answer as a number.',
		yourOrder: 'Your order',
		correctOrder: 'Correct order',
		numberWithin: (value: number, tolerance: number, unit: string) =>
			formatQuantity(value, unit) + (tolerance > 0 ? ` (within ${formatQuantity(tolerance, unit)})` : ''),
		someUnanswered: 'Some questions have no answer yet. Your other answers are still on this page.',
		tampered: 'That answer was not recognised. Reload the quiz page and try again.',
		stale: 'The trainer just updated this quiz. Please take the new version.',
		resultTitle: 'Quiz result',
		score: (correct: number, total: number) => `${correct} of ${total} correct`,
		passed: 'Well done, you passed this module!',
		notPassed: (mastery: number) =>
			`Not passed yet. You need ${mastery}% correct. Read the module again, then try again. It is fine, learning takes time.`,
		yourAnswer: 'Your answer',
		correctAnswer: 'Correct answer',
		right: 'Correct',
		wrong: 'Not quite',
		why: 'Explanation',
		retry: 'Try the quiz again',
		attempts: (n: number) => `Attempt ${n}`
	},
	teach: {
		title: 'My cohorts',
		noCohorts: 'You do not lead a cohort yet.',
		participants: (n: number) => `${n} participants`,
		joinCode: 'Join code',
		joinCodeHint: 'Share this code with participants so they can join by themselves.',
		progressTitle: 'Participant progress',
		participant: 'Participant',
		done: 'Done',
		notDone: 'Not yet',
		noParticipants: 'No participants in this cohort yet.',
		addTitle: 'Add a participant',
		addName: 'Participant name',
		addPhone: 'Participant phone number',
		addSubmit: 'Add participant',
		resetPin: 'Make a temporary PIN',
		temporaryPin: (name: string, pin: string) => `Temporary PIN for ${name}: ${pin}`,
		temporaryPinNote:
			'Write down this PIN and give it to the participant now. It is shown only once. The participant will be asked to create a new PIN.',
		back: 'Back to the cohort list'
	},
	organize: {
		title: 'My programs',
		noPrograms: 'You are not registered as an organizer of a program yet.',
		cohort: 'Cohort',
		enrolled: 'Participants',
		completedAll: 'Finished all modules',
		modulesCompleted: 'Modules completed'
	},
	roles: { participant: 'Participant', trainer: 'Trainer', organizer: 'Organizer', admin: 'Admin' },
	authoring: authoring.en,
	media: media.en,
	service: service.en,
	certificates: certificates.en,
	setup: setup.en,
	practice: practice.en,
	levels: levels.en,
	reports: reports.en,
	security: security.en,
	outcomes: outcomes.en,
	reading: reading.en,
	offline: offline.en
};
