import {
  commitTransaction,
  type AfterErrorHook,
  type CollectionAfterOperationHook,
  type CollectionBeforeOperationHook,
} from 'payload'

/** A turn never given back (a login that failed outside the API's error path) is reclaimed after this. */
const LONGEST_TURN_MS = 15_000
const TURN = 'loginTurn'

const lastTurn = new Map<string, Promise<void>>()

/**
 * Logins to one account take turns, from reading the account to committing its new session.
 *
 * Payload reads the account's session list before checking the password and writes the whole
 * list back with the new session (payloadcms/payload#18132): two logins at the same moment (one
 * person on two devices, a shared desk account) both read the same list and the later write
 * drops the earlier session, whose holder is then silently logged out. Taking turns per account
 * makes the second login read the list the first one committed. Different accounts never wait.
 */
export const waitForLoginTurn: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'login') return args
  const data = (args as { data?: { email?: unknown } }).data
  const email = typeof data?.email === 'string' ? data.email.toLowerCase().trim() : ''
  if (!email) return args
  // Mutations of one GraphQL request run one after another: an earlier login of this request has ended.
  giveBack(req.context)

  let give!: () => void
  const turn = new Promise<void>((resolve) => (give = resolve))
  const previous = lastTurn.get(email) ?? Promise.resolve()
  const chained = previous.then(() => turn)
  lastTurn.set(email, chained)

  let waited: ReturnType<typeof setTimeout> | undefined
  await Promise.race([previous, new Promise<void>((resolve) => (waited = setTimeout(resolve, LONGEST_TURN_MS)))])
  clearTimeout(waited)

  let given = false
  const release = () => {
    if (given) return
    given = true
    clearTimeout(reclaim)
    give()
    if (lastTurn.get(email) === chained) lastTurn.delete(email)
  }
  const reclaim = setTimeout(release, LONGEST_TURN_MS)
  reclaim.unref?.()
  // A login inside a caller's transaction leaves committing to the caller.
  req.context[TURN] = { release, commits: !req.transactionID }
  return args
}

type Turn = { release: () => void; commits: boolean }
const turnOf = (context: Record<string, unknown> | undefined) => context?.[TURN] as Turn | undefined

function giveBack(context: Record<string, unknown> | undefined) {
  const turn = turnOf(context)
  if (!turn) return
  delete context![TURN]
  turn.release()
}

/** A login that succeeded commits its session first, then lets the next login read it. */
export const endLoginTurn: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  const turn = turnOf(req.context)
  if (operation !== 'login' || !turn) return result
  // Payload would commit right after this hook; committing here first is what the next login needs to see.
  // Its own commit then finds no transaction left and does nothing.
  if (turn.commits && req.transactionID) await commitTransaction(req)
  giveBack(req.context)
  return result
}

/** A login refused over REST or GraphQL gives its turn back at once. */
export const endRefusedLoginTurn: AfterErrorHook = ({ req }) => {
  giveBack(req?.context)
}
