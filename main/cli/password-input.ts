import fs from 'node:fs';

/** Asks on the terminal without echo, as psql does; Ctrl+C ends the command. */
function prompt(question: string): Promise<string> {
  const { stdin, stderr } = process;
  return new Promise((resolve, reject) => {
    // Echo off before the question shows: an answer typed at once must not appear on the screen.
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    stderr.write(question);
    let value: string[] = [];
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      stderr.write('\n');
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish();
          return resolve(value.join(''));
        }
        if (char === '\u0003' || char === '\u0004') {
          finish();
          return reject(new PasswordCancelled());
        }
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value.push(char);
      }
    };
    stdin.on('data', onData);
  });
}

export class PasswordCancelled extends Error {}
export class PasswordProblem extends Error {
  constructor(readonly problem: 'passwordMismatch' | 'passwordEmpty') {
    super(problem);
  }
}

/**
 * The password for a new login: from `--password-file` (its first line), else asked twice on a
 * terminal, else none (a scheduled task without a terminal: the server authenticates otherwise).
 */
export async function newPassword(passwordFile: string | undefined, questions: { first: string; repeat: string }): Promise<string | null> {
  if (passwordFile !== undefined) {
    const password = (fs.readFileSync(passwordFile, 'utf8').split(/\r?\n/)[0] ?? '');
    if (!password) throw new PasswordProblem('passwordEmpty');
    return password;
  }
  if (!process.stdin.isTTY) return null;
  const first = await prompt(questions.first);
  if (!first) throw new PasswordProblem('passwordEmpty');
  if ((await prompt(questions.repeat)) !== first) throw new PasswordProblem('passwordMismatch');
  return first;
}
