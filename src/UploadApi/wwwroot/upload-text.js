// Everything the upload page says to a veteran about an error or a document's status, in one
// place, plus the pure rules the page follows (no DOM, no network), so both read and test alone.
'use strict';

(function (exports) {
  // One sentence per error code the API can return (README's error table). {name} is the file's name.
  const errorSentences = {
    FILE_MISSING: 'Choose a file to upload.',
    FILE_EMPTY: '{name} is empty. Choose a file that has something in it.',
    FILE_NAME_INVALID: "We can't use the name of {name}. Rename the file using letters, numbers and spaces (up to 255 characters) and try again.",
    FILE_TYPE_NOT_ALLOWED: "We can't accept {name}: it's not a type of file we take. Upload a PDF, JPG, PNG, GIF, BMP, TIFF or text file.",
    FILE_CONTENT_MISMATCH: "{name} isn't the kind of file its name says it is. Save it again in that format (for example, print it to PDF) and try again.",
    TEXT_NOT_ASCII: '{name} has characters we can\'t read in a text file. Save it as a PDF and try again.',
    FILE_TOO_LARGE: '{name} is too large. A PDF can be up to 150 MB and any other file up to 50 MB. Split it into smaller files and try again.',
    INVALID_DOCUMENT_TYPE: "We don't recognize that document type. Choose a document type from the list.",
    INVALID_TRACKED_ITEM_IDS: "Something went wrong linking {name} to your claim's requests. Reload the page and try again.",
    PDF_MALFORMED: "We can't open {name}. It may be damaged. Save it again as a PDF and try again.",
    PDF_ENCRYPTED: '{name} is locked with a password. Enter the PDF password below it and submit again.',
    PDF_INCORRECT_PASSWORD: "The password for {name} isn't right. Check it and try again.",
    INVALID_PROVIDER: "We couldn't tell which VA office handles this claim, so nothing was sent. Reload the page and try again. If this keeps happening, call us at 800-827-1000.",
    PROVIDER_UNAVAILABLE: "We can't accept documents for this claim online right now. Nothing was sent. Try again later, or mail your documents to the address on your claim letter.",
    FORBIDDEN: "This claim number isn't one of your claims. Check the number on your claim letter and try again.",
    INVALID_IDEMPOTENCY_KEY: 'Something went wrong preparing {name}. Reload the page and try again.',
    IDEMPOTENCY_KEY_REUSED: 'Something went wrong preparing {name}. Remove it, add it again and submit.',
    IDEMPOTENCY_KEY_IN_USE: "We're still receiving {name} from your last try. Wait a minute, then submit again.",
    UPSTREAM_REJECTED: "VA's document system didn't accept {name}. Check that it's the right file and try again, or mail it to us.",
    UPSTREAM_UNAVAILABLE: "We couldn't send {name} to VA right now. Nothing was sent. Try again in a few minutes.",
    DOCUMENT_NOT_FOUND: "We can't find that document. If you uploaded it a while ago, check your claim's files.",
    TOO_MANY_FILES: "Upload one file at a time. Nothing was sent.",
    MULTIPART_MALFORMED: "We couldn't read {name} as it arrived. Choose the file again and submit.",
    MALWARE_DETECTED: "Our virus scan found something harmful in {name}, so we didn't send it. Scan your device for viruses, or upload another copy.",
    SCAN_UNAVAILABLE: "We couldn't check {name} for viruses right now, so nothing was sent. Try again in a few minutes.",
    PDF_ACTIVE_CONTENT: "{name} contains scripts, actions or attached files we can't accept. Open it, print it to a new PDF (Print, then Save as PDF), and upload that copy.",
    PDF_COMPRESSION_BOMB: "{name} expands to far more data than a document should. Print it to a new PDF (Print, then Save as PDF) and upload that copy.",
    TEXT_CONTAINS_HTML: "{name} contains web page code. Save the page as a PDF, or copy only its words into a plain text file, and upload that.",
    FILE_IS_TWO_FORMATS: "{name} is built to be read as two types of file at once, which we can't accept. Save it again as one PDF or image and upload that.",
    // Not API codes: what the page itself can tell.
    NETWORK: "We couldn't reach VA.gov. Check your internet connection and submit again. We won't upload a file twice.",
    SIGNED_OUT: 'Your sign-in has ended. Sign in again, then come back to this page.',
    CLAIM_REQUIRED: 'Enter your claim number.',
    DOCUMENT_TYPE_REQUIRED: 'Choose a document type.',
    NO_FILES: 'Add at least one file.',
    PASSWORD_REQUIRED: 'Enter the password for {name}.',
    UNKNOWN: 'Something went wrong with {name}. Try again later.',
  };

  // Where a document is, in words a veteran knows (status + step from GET /v0/document_uploads/{id}).
  function describeStatus(doc) {
    switch (doc.status) {
      case 'submitted':
        return { label: 'Received by VA.gov', detail: "We're sending it to VA's systems.", tone: 'pending', final: false };
      case 'in_progress':
        if (doc.step === 'CLAIMS_EVIDENCE') {
          return { label: 'In VBMS', detail: 'It has reached VA\'s claims file system (VBMS).', tone: 'pending', final: false };
        }
        if (doc.step === 'BENEFITS_GATEWAY_SERVICE') {
          return { label: 'In BGS', detail: "It's being added to your claim in VA's benefits system (BGS).", tone: 'pending', final: false };
        }
        return { label: 'In progress', detail: 'VA is processing it.', tone: 'pending', final: false };
      case 'completed':
        return { label: 'Received', detail: 'VA has it in your claim file. You don\'t need to do anything else.', tone: 'done', final: true };
      case 'failed':
        return {
          label: "We couldn't process " + doc.fileName,
          detail: failedExplanation(doc.step) + ' Upload it again, or mail it to the address on your claim letter.',
          tone: 'error',
          final: true,
        };
      case 'upload_failed':
        return { label: "We couldn't send " + doc.fileName + ' to VA', detail: 'Nothing reached VA. Upload it again.', tone: 'error', final: true };
      case 'not_found':
        return { label: "VA can't find " + doc.fileName, detail: 'It was sent but never arrived. Upload it again.', tone: 'error', final: true };
      case 'timed_out':
        return {
          label: 'Taking longer than usual',
          detail: "We're still checking on it. If it isn't received in 2 days, upload it again or call us at 800-827-1000.",
          tone: 'pending',
          final: false,
        };
      default:
        return { label: 'Status unknown', detail: "We'll keep checking.", tone: 'pending', final: false };
    }
  }

  function failedExplanation(step) {
    if (step === 'CLAIMS_EVIDENCE') return "VA's claims file system (VBMS) couldn't store it.";
    if (step === 'BENEFITS_GATEWAY_SERVICE') return "VA's benefits system (BGS) couldn't add it to your claim.";
    return "A VA system couldn't accept it.";
  }

  // The sentence for an error code, with the file's name filled in.
  function errorSentence(code, fileName) {
    const sentence = errorSentences[code] || errorSentences.UNKNOWN;
    return sentence.split('{name}').join(fileName || 'your file');
  }

  // The ADR's rule: a CHAMPVA claim's id starts with CHAMPVA_ (pseudo id 1); everything else is Lighthouse (0).
  function getProviderIdForClaim(claimId) {
    return typeof claimId === 'string' && claimId.startsWith('CHAMPVA_') ? 1 : 0;
  }

  // A locked PDF's trailer (or, in a linearized file, its first-page trailer) names an /Encrypt dictionary.
  // The API checks properly; this only decides whether to show the password field before uploading.
  function looksLockedPdf(head, tail) {
    return /\/Encrypt[\s\/<\[0-9]/.test(tail) || /\/Encrypt[\s\/<\[0-9]/.test(head);
  }

  function extensionOf(fileName) {
    const dot = fileName.lastIndexOf('.');
    return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
  }

  // What the page can tell before sending a file, as an error code (null when it may be sent).
  function checkFile(file, options) {
    if (file.size === 0) return 'FILE_EMPTY';
    const extension = extensionOf(file.name);
    if (options && options.fileExtensions.indexOf(extension) < 0) return 'FILE_TYPE_NOT_ALLOWED';
    if (options && file.size > (extension === 'pdf' ? options.maxPdfBytes : options.maxOtherBytes)) return 'FILE_TOO_LARGE';
    return null;
  }

  exports.uploadText = {
    errorSentences, describeStatus, errorSentence, getProviderIdForClaim, looksLockedPdf, extensionOf, checkFile,
  };
})(globalThis);
