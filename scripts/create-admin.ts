/**
 * Creates the first (or another) admin on the configured database:
 *   BERDAYA_ADMIN_PASSWORD='…' npm run admin:create -- --name "Nama" --email admin@contoh.id
 * (or --phone 0812…). The password comes from the environment so it stays out of shell history
 * listings of arguments.
 */
import { parseArgs } from 'node:util';
import { applyMigrations } from './db/migrations';
import { databaseUrl } from '../src/lib/server/db/url';
import { createStaffUser } from '../src/lib/server/accounts/account';
import { disconnectDb } from '../src/lib/server/db/client';

const { values } = parseArgs({ options: { name: { type: 'string' }, email: { type: 'string' }, phone: { type: 'string' } } });
const password = process.env.BERDAYA_ADMIN_PASSWORD ?? '';
if (!values.name || (!values.email && !values.phone) || !password) {
	console.error('usage: BERDAYA_ADMIN_PASSWORD=… npm run admin:create -- --name "Name" (--email a@b.c | --phone 08…)');
	process.exit(2);
}
await applyMigrations(databaseUrl());
const result = await createStaffUser({ role: 'admin', name: values.name, email: values.email, phone: values.phone, password });
await disconnectDb();
if (!result.ok) {
	console.error(`Admin not created: ${result.reason}`);
	process.exit(1);
}
console.log(`Admin created: ${result.user.name} (${result.user.email ?? result.user.phone})`);
