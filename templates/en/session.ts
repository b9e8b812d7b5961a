import type { SessionContent } from '../../src/content/session-content.types';

/** A time left in words: "1 minute", "35 seconds", "1 minute 5 seconds". */
function timeLeft(secondsLeft: number): string {
  const minutes = Math.floor(secondsLeft / 60);
  const seconds = secondsLeft % 60;
  const parts: string[] = [];
  if (minutes > 0) parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
  if (seconds > 0 || minutes === 0) parts.push(`${seconds} ${seconds === 1 ? 'second' : 'seconds'}`);
  return parts.join(' ');
}

/** Words for restore, export and import, finish and clear, the timeout and saving between visits. */
export const session = {
  setAside: {
    heading: 'We could not open the answers saved in this tab',
    body: [
      'The answers saved in this browser tab are damaged or come from a version of this tool we cannot read.',
      'We have not deleted them. You can download them as a file to keep, or discard them and start again.',
    ],
    download: 'Download the saved data',
    discard: 'Discard it and start again',
    fileName: (isoDate) => `treatment-access-answers-set-aside-${isoDate}.txt`,
    notStored:
      'This data is too big to keep in this browser next to a new session. If you want it, download it now. It will be lost when you close this tab.',
  },
  saveFailed: {
    heading: 'Your answers are not being saved in this browser',
    body: [
      'This browser did not let us save your latest answers. Its storage may be full, or saving may be turned off.',
      'Your answers are still on screen. If you reload or close this tab, they may be lost. Download them to a file to keep them.',
    ],
    download: 'Download your answers',
  },
  migrated: 'Your saved answers came from an older version of this tool. We updated them. Please check them.',

  export: {
    hint: 'The file stays on this computer until you move it. You can open it here later to carry on.',
    button: 'Save answers to a file',
    fileName: (isoDate, label) => `treatment-access-answers-${label ? `${label}-` : ''}${isoDate}.json`,
    labelLabel: 'A label for the file name (optional)',
    labelHint: (maxCharacters) =>
      `For example, the patient’s initials, to tell one file from another. It only goes into the file name, on this computer. It is never sent anywhere. Letters, numbers and hyphens, at most ${maxCharacters}.`,
    labelInvalid: (maxCharacters) => `Use only letters, numbers and hyphens in the label, at most ${maxCharacters}, or leave it empty`,
  },
  import: {
    label: 'Open a saved answers file',
    hint: (maxMegabytes) => `Choose a .json file saved from this tool. It must be smaller than ${maxMegabytes} MB.`,
    errorHeading: 'We could not open that file',
    tooBig: (maxMegabytes) =>
      `The file is too big. A saved answers file is much smaller than ${maxMegabytes} MB. Choose the file this tool saved.`,
    notReadable: 'The file could not be read. Try choosing it again.',
    notJson: 'The file is not a saved answers file. It must be a .json file saved from this tool.',
    problemsIntro: 'These answers in the file are not right:',
    confirmHeading: 'Replace your answers?',
    confirmBody: (fileName) =>
      `The answers in “${fileName}” will replace the answers on screen now. The answers on screen will be lost unless you saved them.`,
    fileLabel: (label) => `Label on the file: ${label}`,
    noFileLabel: 'Label on the file: none',
    fileDate: (date) => `Saved on: ${date}`,
    confirmReplace: 'Replace my answers',
    confirmKeep: 'Keep my current answers',
    done: (fileName) => `We opened the answers from “${fileName}”. Check them below.`,
  },

  finish: {
    button: 'Finish and clear',
    hint: 'When you have saved or printed the checklist, this removes every answer from this browser.',
    confirmHeading: 'Clear everything now?',
    confirmBody:
      'This removes every answer from this browser. It cannot be undone. Make sure you have saved or printed the checklist first.',
    confirmYes: 'Yes, clear everything',
    confirmNo: 'No, go back',
    cleared: 'Everything you entered has been cleared from this browser.',
  },

  timeout: {
    dialogHeading: 'Are you still there?',
    countdown: (secondsLeft) => `Your answers will be cleared in ${timeLeft(secondsLeft)}.`,
    countdownKept: (secondsLeft) =>
      `This screen will close in ${timeLeft(secondsLeft)}. Your kept answers stay on this computer.`,
    explain: 'Nothing has happened for a while. To keep your answers private on a shared computer, we clear them.',
    explainKept:
      'Nothing has happened for a while. To keep your answers private, we close them on screen. The copy you chose to keep stays on this computer. You can carry on from the first page.',
    saveFirst: 'Before that, you can save what you need:',
    downloadAnswers: 'Download your answers (file)',
    downloadChecklist: 'Download the checklist (PDF)',
    downloadingChecklist: 'Making the checklist…',
    checklistFailed: 'The checklist could not be made. Download your answers instead.',
    downloadSetAside: 'Download the saved data',
    stillHere: 'I’m still here',
    clearNow: 'Clear now',
    closeNow: 'Close now',
    cleared: (minutes) =>
      `Your answers were cleared after ${minutes} minutes with nothing happening, to keep them private.`,
    closedKept: {
      heading: 'Your answers were closed on screen',
      body: [
        'To keep them private, we closed them after a while with nothing happening.',
        'The answers you chose to keep are still on this computer. You can carry on where you left off, or delete them.',
      ],
    },
    continueKept: 'Carry on with my kept answers',
    deleteKept: 'Delete the kept answers',
    keptDeleted: 'The kept answers were deleted from this computer.',
    otherTab: 'Your session ended because it was finished, or timed out, in another tab of this tool.',
    setting: {
      label: 'Clear the screen after this long with nothing happening',
      hint: 'This keeps your answers private on a shared computer. A warning comes a minute before. Answers you did not keep on this computer are deleted then; answers you kept stay kept. Choose “Never” only on a computer that is yours alone.',
      option: (minutes) => `${minutes} minutes`,
      never: 'Never',
    },
  },

  keep: {
    heading: 'Keep answers between visits',
    label: 'Keep my answers on this computer until I turn this off',
    explain: [
      'Normally your answers are kept only while this tab is open.',
      'If you turn this on, your answers are also kept in this browser on this computer, so you can close the tab and carry on later. They are never sent anywhere.',
      'Anyone who uses this computer and this browser could see them. Do not turn this on at a shared computer.',
    ],
    on: 'Your answers are kept in this browser on this computer.',
    turnedOff: 'The kept answers were deleted from this computer.',
    failed:
      'We could not keep your answers on this computer: this browser did not let us save them. Nothing is kept. Save them to a file instead.',
  },

  panelHeading: 'Your answers on this computer',
  filesHeading: 'Save your answers, or open saved ones',
  dismiss: 'Close this message',
} satisfies SessionContent;
