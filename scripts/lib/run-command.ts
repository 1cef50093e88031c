/**
 * Runs a command-line script's `main` and sets the exit code from it; an error ends the script with its
 * message alone (the scripts' errors name the file or option at fault, so a stack trace adds nothing).
 */
export async function runCommand(main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
