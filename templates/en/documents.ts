import type { DocumentsContent } from '../../src/content/pathway-content.types';

/** Papers to bring to clinic: every road to a drug asks for some of them. */
export const documents = {
  heading: 'Documents to gather',
  intro: 'Bring copies of these to your next visit. Keep the originals.',
  items: {
    pathology: 'Your pathology report (what the lab found in your tumor sample)',
    biomarkerReport: 'Your biomarker or genomic test report',
    treatmentHistory: 'A list of the treatments you have had, with dates and how they went',
    insuranceCard: 'Your insurance card, front and back',
    denialLetters: 'Any letters where an insurer said no',
    scansAndNotes: 'Recent scan reports and doctor notes',
    medicineList: 'A list of all the medicines you take now',
  },
} satisfies DocumentsContent;
