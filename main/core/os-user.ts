import os from 'node:os';

/** The operating system's user name, or '' where it cannot be read (some service accounts). */
export function osUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}
