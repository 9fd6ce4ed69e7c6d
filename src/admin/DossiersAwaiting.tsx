export function DossiersAwaiting() { return null }
