import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

/** The operating system's user name, or '' where it cannot be read (some service accounts). */
export function osUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

/**
 * The full name in a passwd line ("anna:x:1000:1000:Anna Becker,Raum 3,,:/home/anna:/bin/bash"):
 * the first comma-separated part of the GECOS field; '' when there is none.
 */
export function fullNameFromPasswd(passwd: string, user: string): string {
  for (const line of passwd.split(/\r?\n/)) {
    const fields = line.split(':');
    if (fields[0] === user && fields.length >= 5) return (fields[4] ?? '').split(',')[0]!.trim();
  }
  return '';
}

/**
 * The full name in the output of `net user NAME`: the line "Vollständiger Name" (German Windows)
 * or "Full Name" (English), the value after the run of spaces; '' when absent or empty.
 */
export function fullNameFromNetUser(output: string): string {
  for (const line of output.split(/\r?\n/)) {
    const match = /^(?:Vollständiger Name|Full Name|Nom complet|Nome completo|Nombre completo)\s{2,}(.*)$/i.exec(line.trimEnd());
    if (match) return match[1]!.trim();
  }
  return '';
}

/** Code page 850 (the German and western console's OEM code page), bytes 0x80–0xFF: `net` writes in it. */
const CP850_HIGH =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0';

export function decodeCp850(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte < 0x80 ? String.fromCharCode(byte) : CP850_HIGH[byte - 0x80];
  return text;
}

const LOOKUP_TIMEOUT_MS = 3000;

function run(command: string, args: string[]): Promise<Buffer | null> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: LOOKUP_TIMEOUT_MS, windowsHide: true, encoding: 'buffer' }, (error, stdout) => resolve(error ? null : stdout));
  });
}

/**
 * The account's full name as the operating system knows it, without admin rights and offline:
 * Linux the GECOS field (`getent passwd`, covering LDAP/SSSD, else /etc/passwd); Windows
 * `net user NAME` for a local account (a domain account would need the domain controller, so it is
 * not asked: `/domain` is left out and the lookup ends after a few seconds at most). '' when unknown.
 */
export async function lookupOsFullName(user = osUserName(), platform: NodeJS.Platform = process.platform): Promise<string> {
  if (!user) return '';
  if (platform === 'win32') {
    const output = await run('net', ['user', user]);
    return output ? fullNameFromNetUser(decodeCp850(output)) : '';
  }
  if (platform === 'linux') {
    const output = await run('getent', ['passwd', user]);
    if (output) return fullNameFromPasswd(output.toString('utf8'), user);
    try {
      return fullNameFromPasswd(fs.readFileSync('/etc/passwd', 'utf8'), user);
    } catch {
      return '';
    }
  }
  return '';
}

let cachedFullName: Promise<string> | null = null;

/** Asked once per process: the name does not change while the app runs. */
export function osFullName(): Promise<string> {
  cachedFullName ??= lookupOsFullName().catch(() => '');
  return cachedFullName;
}
