/**
 * Loads what every command-line script loads — Payload, its database adapters, the editor
 * and the project's config with all its collections — and exits. The start-up test runs it
 * many times with the flags of package.json: this loading is where a start could be lost.
 */
import 'payload'
import '../payload.config'

process.exit(0)
