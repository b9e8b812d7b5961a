// The session and navigator parts the first screen does not need, in one lazy chunk: one chunk
// (rather than one per part) keeps the modules they share with the first screen in the first chunk.
export { NavigatorAside, NavigatorNotes } from './navigator/navigator-chrome';
export { SessionBelowPage } from './session/session-below-page';
export { SessionTimeout } from './session/session-timeout';
export { SessionNotices } from './session/session-notices';
