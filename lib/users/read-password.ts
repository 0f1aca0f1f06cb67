/**
 * A password for a command-line tool: piped on standard input, or TOPICDESK_PASSWORD.
 * Never from the command line, where it would land in shell history and process listings.
 */
export async function readPasswordFromStdinOrEnv(): Promise<string | null> {
  if (!process.stdin.isTTY) {
    let input = '';
    for await (const chunk of process.stdin) input += chunk;
    const line = input.replace(/\r?\n$/, '');
    if (line) return line;
  }
  return process.env.TOPICDESK_PASSWORD || null;
}

export const PASSWORD_INPUT_HELP =
  'Pipe it on standard input (e.g. `read -rs P; printf %s "$P" | npm run …`) or set TOPICDESK_PASSWORD.';
