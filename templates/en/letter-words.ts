import type { LetterWords } from '../../src/content/letters-content.types';

/** What the person reads about the letters, and the words of sharing and the calendar file, in English. */
export const letterWords = {
  notes: {
    'expanded-access-request': {
      title: 'Request to the drug company for expanded access',
      what: (drug) =>
        `A letter from the oncologist to the company that makes ${drug}. It asks the company to provide the drug for one person through expanded access, and to send a Letter of Authorization, which the FDA request needs.`,
      whoSigns: 'The oncologist checks it, fills in the gaps and signs it.',
      whereItGoes: 'The oncologist sends it to the company’s expanded-access contact, found in the company’s expanded-access policy.',
    },
    'fda-3926-worksheet': {
      title: 'Worksheet for the FDA form (Form FDA 3926)',
      what: () =>
        'A list of what the oncologist needs ready to fill in the FDA’s own form for one patient. It is not the form itself. It also covers the review by an ethics board (IRB), which can be done by the board’s chair.',
      whoSigns: 'Nobody signs the worksheet. The oncologist signs the FDA form.',
      whereItGoes: 'It stays with the care team. The form goes to the FDA, on paper or online.',
    },
    'insurance-appeal': {
      title: 'Appeal of the insurance refusal',
      what: (drug) => `A letter that asks the insurance plan to change its refusal to pay for ${drug}.`,
      whoSigns: 'The insured person signs it, or someone allowed to act for them. The oncologist’s letter of medical necessity goes with it.',
      whereItGoes: 'To the appeals address on the refusal letter. Keep a copy and the date you sent it.',
    },
    'medical-necessity': {
      title: 'Letter of medical necessity (outline)',
      what: (drug) =>
        `An outline for the oncologist’s letter that explains why ${drug} is needed. Insurance plans ask for this letter before they pay, and with an appeal.`,
      whoSigns: 'The oncologist writes it in full and signs it.',
      whereItGoes: 'To the insurance plan, with the request for approval or with the appeal.',
    },
  },
  theDrug: 'the drug',
  deadlineOnLetter: 'Deadline: the last day to appeal is on the refusal letter. Read it now: appeals have short deadlines.',
  inEnglish: 'The letter is in English, because it goes to a company or an insurer in the US.',

  panel: {
    heading: 'Letters for the care team',
    intro:
      'These drafts are made from the answers. They are not sent by this app. Change them as needed, then copy the text or download it as a Word file (.docx). The care team checks every letter before anyone signs or sends it.',
    draft: 'Draft for the care team to check',
    none: 'No letter fits these answers yet. A letter is drafted when a road needs one, for example a refusal to appeal or a request to a drug company.',
    whatLabel: 'What it is',
    whoSignsLabel: 'Who signs it',
    whereLabel: 'Where it goes',
    deadlineLabel: 'Deadline',
    textLabel: (title) => `Text of the letter: ${title}`,
    copy: 'Copy the text',
    copyHidden: (title) => `of ${title}`,
    copied: 'Copied. Paste it into an email or a document.',
    copyFailed: 'The text could not be copied. Select it in the box and copy it yourself.',
    download: 'Download .docx',
    downloadHidden: (title) => `for ${title}`,
    downloading: 'Making the Word file…',
    downloaded: (fileName) => `Saved as ${fileName}. Check your downloads folder.`,
    downloadFailed: 'The Word file could not be made. Copy the text instead; nothing was lost.',
    editsStay: 'Changes made here stay on this page only. Download or copy the letter to keep them.',
  },

  share: {
    heading: 'Keep it on your phone',
    intro: 'Nothing leaves this device unless you choose where to send it.',
    button: 'Share the checklist and letters',
    preparing: 'Getting the files ready…',
    ready: 'The files are ready. Press the button again to choose where to send them.',
    shared: 'Shared.',
    cancelled: 'Nothing was shared.',
    failed: 'The files could not be shared. Download them instead; nothing was lost.',
    calendarButton: 'Add the appointment to a calendar (.ics)',
    calendarDone: (fileName) => `Saved as ${fileName}. Open it to add the appointment to your calendar.`,
    calendarFailed: 'The calendar file could not be made.',
    eventTitle: (clinician) => (clinician ? `Appointment with ${clinician}` : 'Cancer care appointment'),
    eventDescription: 'Bring the treatment access checklist, the questions on its first page, and the documents it lists.',
    calendarFileName: (isoDate) => `appointment-${isoDate}.ics`,
  },

  cli: {
    wrote: (count, dir, files) =>
      `Wrote ${count === 1 ? 'one letter' : `${count} letters`} into ${dir}: ${files}. Each is a draft: the care team checks it before anyone signs or sends it. Letters to US companies and insurers are in English.`,
    none: (dir) => `No letter fits these answers, so nothing was written into ${dir}.`,
    notAFolder: (dir) => `--letters ${dir} is not a folder. Give the path of a folder, like letters.`,
    cannotWrite: (path) => `Cannot write ${path}. Check that the folder exists and that you may write in it. Nothing was lost.`,
  },
} satisfies LetterWords;
