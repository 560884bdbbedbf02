import { describe, expect, it } from 'vitest';
import { decodeCp850, fullNameFromNetUser, fullNameFromPasswd, lookupOsFullName, osUserName } from './os-user';

const PASSWD = ['root:x:0:0:root:/root:/bin/bash', 'anna:x:1000:1000:Anna Becker,Raum 3.12,040 1234,,:/home/anna:/bin/bash', 'bernd:x:1001:1001::/home/bernd:/bin/sh', 'annabelle:x:1002:1002:Annabelle Kurz:/home/annabelle:/bin/sh'].join('\n');

/** `net user anna` on a German Windows 11, as written to a pipe (code page 850). */
const NET_USER_DE = [
  'Benutzername                          anna',
  'Vollständiger Name                    Anna Becker',
  'Kommentar',
  'Benutzerkommentar',
  'Ländercode                            000 (Standard)',
  'Konto aktiv                           Ja',
  'Der Befehl wurde erfolgreich ausgeführt.',
].join('\r\n');

const NET_USER_EN = ['User name                    bernd', 'Full Name                    Bernd Yılmaz', 'Comment', 'The command completed successfully.'].join('\r\n');

describe('operating-system full name', () => {
  it('reads the GECOS field of the right passwd line, up to the first comma', () => {
    expect(fullNameFromPasswd(PASSWD, 'anna')).toBe('Anna Becker');
    expect(fullNameFromPasswd(PASSWD, 'annabelle')).toBe('Annabelle Kurz');
    expect(fullNameFromPasswd(PASSWD, 'bernd')).toBe('');
    expect(fullNameFromPasswd(PASSWD, 'niemand')).toBe('');
  });

  it('reads "Vollständiger Name" / "Full Name" from net user, empty when the account has none', () => {
    expect(fullNameFromNetUser(NET_USER_DE)).toBe('Anna Becker');
    expect(fullNameFromNetUser(NET_USER_EN)).toBe('Bernd Yılmaz');
    expect(fullNameFromNetUser('Benutzername                          x\r\nVollständiger Name\r\nKommentar')).toBe('');
    expect(fullNameFromNetUser('Der Benutzername konnte nicht gefunden werden.')).toBe('');
  });

  it('decodes the console code page, so umlauts in net user output survive', () => {
    const bytes = Uint8Array.from([0x56, 0x6f, 0x6c, 0x6c, 0x73, 0x74, 0x84, 0x6e, 0x64, 0x69, 0x67, 0x20, 0x4a, 0x81, 0x72, 0x67, 0x65, 0x6e, 0x20, 0x47, 0x72, 0x94, 0xe1, 0x65]);
    expect(decodeCp850(bytes)).toBe('Vollständig Jürgen Größe');
  });

  it('asks the system without failing: this account gives a string, an unknown one an empty name', async () => {
    expect(typeof (await lookupOsFullName(osUserName()))).toBe('string');
    expect(await lookupOsFullName('kein-solcher-benutzer-4711')).toBe('');
    expect(await lookupOsFullName('')).toBe('');
    expect(await lookupOsFullName('anna', 'darwin')).toBe('');
  });
});
