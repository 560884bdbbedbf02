import { addLogin, applyGrants, ensureGroupRoles, listLogins, removeLogin, SHARED_ROLES, type SharedRole } from '../../database/postgres/logins';
import { POSTGRES_SCHEMA_VERSION } from '../../database/postgres/open-postgres';
import { CliFailure, UsageError, type CliCommand, type CliContext, type CliOptions } from './cli-command';
import { newPassword, PasswordCancelled, PasswordProblem } from './password-input';
import { databaseOption, inPostgresTransaction, postgresFailure } from './postgres-cli';

const isRole = (value: unknown): value is SharedRole => SHARED_ROLES.includes(value as SharedRole);

function loginArgument(context: CliContext, value: unknown, argument: string): string {
  if (typeof value !== 'string' || !value) throw new UsageError(context.t('cli.missingArgument', { argument }));
  return value;
}

async function passwordFor(context: CliContext, login: string, options: CliOptions): Promise<string | null> {
  try {
    const file = typeof options['password-file'] === 'string' ? options['password-file'] : undefined;
    return await newPassword(file, { first: context.t('cli.shared.passwordPrompt', { login }), repeat: context.t('cli.shared.passwordRepeat') });
  } catch (error) {
    if (error instanceof PasswordProblem) throw new CliFailure(context.t(`cli.shared.${error.problem}`));
    if (error instanceof PasswordCancelled) throw new CliFailure(context.t('cli.shared.cancelled'));
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new CliFailure(context.t('cli.fileMissing', { file: options['password-file'] }));
    throw error;
  }
}

const displayName = (options: CliOptions) => (typeof options['display-name'] === 'string' ? options['display-name'] : undefined);

const SUBCOMMANDS: Record<string, (context: CliContext, args: readonly string[], options: CliOptions) => Promise<void>> = {
  /** Schema, the three roles with their rights, and the first Verwaltung login. */
  async init(context, _args, options) {
    const { url, database, server } = databaseOption(context, options);
    const login = loginArgument(context, options.user, '--user NAME');
    const password = await passwordFor(context, login, options);
    await inPostgresTransaction(url, {}, async (query) => {
      await ensureGroupRoles(query, database);
      await applyGrants(query, database);
      await addLogin(query, database, { name: login, role: 'verwaltung', password, displayName: displayName(options) });
    }).catch((error: unknown) => {
      throw postgresFailure(context, error, server);
    });
    context.out(context.t('cli.shared.initDone', { server, version: POSTGRES_SCHEMA_VERSION, login }));
  },

  async 'add-user'(context, args, options) {
    const { url, database, server } = databaseOption(context, options);
    const login = loginArgument(context, args[0], 'NAME');
    if (!isRole(options.role)) throw new UsageError(context.t('cli.missingArgument', { argument: `--role ${SHARED_ROLES.join('|')}` }));
    const role = options.role;
    const password = await passwordFor(context, login, options);
    await inPostgresTransaction(url, { existingOnly: true }, (query) => addLogin(query, database, { name: login, role, password, displayName: displayName(options) })).catch(
      (error: unknown) => {
        throw postgresFailure(context, error, server);
      },
    );
    context.out(context.t(password === null ? 'cli.shared.userAddedNoPassword' : 'cli.shared.userAdded', { login, role: context.t(`cli.shared.roles.${role}`) }));
  },

  async 'list-users'(context, _args, options) {
    const { url, database, server } = databaseOption(context, options);
    const logins = await inPostgresTransaction(url, { existingOnly: true }, (query) => listLogins(query, database)).catch((error: unknown) => {
      throw postgresFailure(context, error, server);
    });
    if (logins.length === 0) return context.out(context.t('cli.shared.listEmpty', { server }));
    context.out(context.t('cli.shared.listHeader', { server }));
    const width = Math.max(...logins.map((login) => login.name.length));
    for (const login of logins) {
      const role = context.t(`cli.shared.roles.${login.role}`);
      context.out(`  ${login.name.padEnd(width)}  ${role.padEnd(11)}  ${login.displayName}${login.canLogin ? '' : ` (${context.t('cli.shared.noLogin')})`}`);
    }
  },

  async 'remove-user'(context, args, options) {
    const { url, database, server } = databaseOption(context, options);
    const login = loginArgument(context, args[0], 'NAME');
    await inPostgresTransaction(url, { existingOnly: true }, (query) => removeLogin(query, database, login)).catch((error: unknown) => {
      throw postgresFailure(context, error, server);
    });
    context.out(context.t('cli.shared.userRemoved', { login }));
  },
};

/** `shared init|add-user|list-users|remove-user --database postgres://…`: logins and rights of a shared database, for IT. */
export const sharedCommand: CliCommand = {
  name: 'shared',
  async run(context, args, options) {
    const [sub, ...rest] = args;
    const run = sub ? SUBCOMMANDS[sub] : undefined;
    if (!run) throw new UsageError(context.t('cli.missingArgument', { argument: `shared ${Object.keys(SUBCOMMANDS).join('|')}` }));
    await run(context, rest, options);
  },
};
