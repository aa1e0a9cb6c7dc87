<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Granskning av IT-säkerhet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SR-2020-83</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uditor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Malmö stadsrevision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecision date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed &amp;boards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boards the audit is addressed to, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One board per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;conclusion:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;yttra-cli --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validate takes one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followup takes one first statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>followup needs -o OUT.yttrande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output would overwrite the input file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period ends (%1) before the first statement&apos;s date (%2); give --from or a later --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the follow-up statement %1 (%2 items, %3 measures).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example takes no file, only -o OUT.yttrande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example needs -o OUT.yttrande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o needs a file name (or &quot;-&quot; for standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement in the auditors&apos; template, as a tagged PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the PDF %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Excel action plan: recommendations, measures, details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the Excel action plan %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      Write the statement in other formats; warnings (such as a text cut to fit
      a cell) go to standard error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes one statement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given for two outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs an output, for example --%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responding board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first or followUp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import takes one report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs --board NAME, the board that answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs -o OUT.yttrande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind is first or followUp, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output would overwrite the report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 recommendations, %2 assessments (not selected), %3 questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1, %2 statement, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 with %2 items for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare takes two files: the older and the newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments takes one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[resolved]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[open]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --pdf: the review copy, open comments as end notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the review copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement as a Word document, every field findable for a review in Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the Word document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --docx: fill the municipality&apos;s own Word template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with --docx: the template&apos;s Handläggare (author)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output would overwrite the template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review-import takes the reviewed Word document and the statement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--accept-changes needs -o OUT.yttrande</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) from Word</source>
        <translation>
            <numerusform>%n new comment from Word</numerusform>
            <numerusform>%n new comments from Word</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) added</source>
        <translation>
            <numerusform>%n reply added</numerusform>
            <numerusform>%n replies added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the statement</source>
        <translation>
            <numerusform>%n already in the statement</numerusform>
            <numerusform>%n already in the statement</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the comment %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposed change(s):</source>
        <translation>
            <numerusform>%n proposed change:</numerusform>
            <numerusform>%n proposed changes:</numerusform>
        </translation>
    </message>
    <message>
        <source>the statement&apos;s text has changed too since the Word document was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the field %1 was deleted in Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the statement with the review from Word to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      --logo IMAGE  with --pdf or --docx: this logo (PNG or SVG) instead of the file&apos;s
      --logo-description TEXT  with --logo: what the logo shows, read out in its place
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--logo needs --pdf OUT.pdf or --docx OUT.docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 The outputs are made without a logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading page %1 of %2 with text recognition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain (read by text recognition), %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offered, not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not taken: addressed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3), %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no board named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remains from an earlier audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read by text recognition: check it against the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) taken into the statement.</source>
        <translation>
            <numerusform>%n item taken into the statement.</numerusform>
            <numerusform>%n items taken into the statement.</numerusform>
        </translation>
    </message>
    <message>
        <source>register takes one folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today is a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state is one of open, onTrack, dueSoon, overdue, done, notFollowedUp, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ics needs OUT.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yttra: deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n statement(s)</source>
        <translation>
            <numerusform>in %n statement</numerusform>
            <numerusform>in %n statements</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: yttra-cli COMMAND [OPTIONS]

Work with Yttra statements (.yttrande files) without a window.

Commands:
  validate FILE [--strict]
      List problems, one per line: &quot;error|warning &lt;pointer&gt;: &lt;message&gt;&quot;.
      --strict makes gaps in the auditors&apos; template errors.
%1  followup FIRST.yttrande [--from DATE] [--to DATE] -o OUT.yttrande
      Start the follow-up statement from a first statement; the period
      reported on runs from DATE (default: the first statement&apos;s date) to DATE.
  example -o OUT.yttrande
      Write the built-in example statement (&quot;-&quot; writes to standard output).
  import REPORT --board NAME [--kind first|followUp] [--all] [--no-ocr] [--explain] -o OUT.yttrande
      Start a statement from the auditors&apos; report (PDF, .txt or .md): the audit&apos;s
      details, the due date and the items addressed to the board (--all: to any
      board). Prints what was found on standard error. Scanned pages are read
      with text recognition (OCR), their items marked uncertain; --no-ocr refuses
      a scanned report instead. --explain prints every item found with its page
      and line, and whether the statement takes it (-o may then be left out).
  register DIR [--board NAME] [--state STATE] [--today DATE] [--json] [--ics OUT.ics] [--xlsx OUT.xlsx] [--pdf OUT.pdf]
      The register of every statement in DIR and its subfolders: each
      recommendation with its board, measures, next deadline and state (open,
      onTrack, dueSoon, overdue, done, notFollowedUp) on DATE (default: today),
      as a table, or as JSON with --json. Files that cannot be used are listed on
      standard error. --ics OUT.ics  also write the deadlines as a calendar file
      --xlsx OUT.xlsx  also write the register as an Excel workbook
      --pdf OUT.pdf  also write the register as a PDF for the board
  compare OLD.yttrande NEW.yttrande [--pdf OUT.pdf]
      Show what changed between two versions, part by part and field by field,
      changed words marked [-removed-] and {+added+}; exit 0 when the same, 1 when not.
      --pdf OUT.pdf  also write the comparison as a PDF to review on paper
  comments FILE
      List the review comments with their replies, open ones first.
  review-import REVIEWED.docx FILE.yttrande [-o OUT.yttrande] [--accept-changes]
      Read a review made in Word on a document exported with --docx: its comments
      (with replies) on the fields they were made on, and the text changed in
      each field as a proposed change, listed as [-removed-] and {+added+}.
      -o OUT.yttrande  write the statement with the comments taken in
      --accept-changes  with -o: take in the proposed changes as well

Options:
  -h, --help      Show this help.
  -v, --version   Show the version.

Exit codes: 0 success; 1 the input is invalid; 2 wrong usage;
3 a file cannot be read or written. No command changes its input file.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--xlsx needs OUT.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf needs OUT.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whichever board answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentMerge</name>
    <message>
        <source>the field it is about no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quoted text has changed since the comment was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommentsPane</name>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the whole statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show r&amp;esolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resol&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Older version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version sent out for review, for example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the older version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Newer version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open statement, as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: moved from place %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: status changed from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>&quot;%1&quot; is not a deadline: use YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Tn, YYYY-Hn, YYYY or &quot;ongoing&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineText</name>
    <message>
        <source>&quot;%1&quot; is not a deadline Yttra can read: write a day (2022-06-07 or 7 juni 2022), a month (juni 2022), a quarter (Q1 2021), a tertial (tertial 1 2023), a half-year (andra halvåret 2022), a year (2022) or &quot;löpande&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day in the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a year has quarters 1-4, tertials 1-3 and half-years 1-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a season, which has no last day: write for example &quot;första halvåret 2022&quot; or &quot;juni 2022&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; says when the work starts or is halfway, not when it is done at the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives no year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailFinder</name>
    <message>
        <source>The audit&apos;s title was taken from the page headers: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 is due %3 by one passage and %4 by another; %3 was used, since that passage names the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2 is due %3 by one passage and %4 by another; %3 was used: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A due date names no board; it was taken for every board addressed: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date on page %1 is written without a year; %2, the first such day after the letter&apos;s date %3, was used: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date is written without a year; %1, the first such day after the letter&apos;s date %2, was used: check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Statement details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kommunstyrelsen (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Stadskontoret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. STK-2021-158</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Revisorskollegiet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left until the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the auditors&apos; registry e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period the follow-up reports on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a first statement the end of the period is optional: deadlines after it are flagged, since the follow-up could not report them done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo on the first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s logo (PNG or SVG) for the header of the first page, in the PDF and in Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement&apos;s own logo goes; the board&apos;s logo from the settings, if any, is used instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Malmö stad (empty: the logo is decoration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud by screen readers instead of the logo. Leave it empty when the logo says nothing the page does not say already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocxExporter</name>
    <message>
        <source>there is no such template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template holds macros (.docm/.dotm), which a .docx cannot carry: save it as a .dotx or .docx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template has no content control or bookmark named Yttrande: the statement is put at the end of its body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Word document could not be packed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the template itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocxPackage</name>
    <message>
        <source>it is protected by a password (Word keeps encrypted documents in an OLE container), or it is an old Word 97–2003 document (.doc/.dot): save it as a .docx or .dotx without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Word document (.docx or .dotx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is encrypted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a damaged Word document: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a zip archive but not a Word document: it has no [Content_Types].xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a zip archive but not a Word document: it has no main document part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Word document: its main part is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of no declared type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its main document part %1 has no body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 is not well-formed XML (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its part %1 is larger than %2 MB; Word documents that large are refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocxTemplateFill</name>
    <message>
        <source>the template&apos;s field %1 is left as it is: no author was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template&apos;s field %1 is left as it is: the statement has no value for it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Yttra statements (*.yttrande);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word templates and documents (*.dotx *.docx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word Template for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the Word template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.svg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>a follow-up is derived from a first statement; this one is already a follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New Follow-up Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up statement keeps every item, its planned measures, expected effect and deadline, and the measure register with each measure&apos;s status. The date, the due date and the summary start empty, as do the measures taken and the effect achieved. The statement open now is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>New Statement from Audit Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responding &amp;board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responding board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items found in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the board was understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items found: tick those to answer (Space), edit a text with F2 or a double-click. Beside them, where the selected item is in the report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemFinder</name>
    <message>
        <source>The recommendation at %1 is marked as done in the report, so it is not selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recommendation at %1 is listed as done in the report, so it is not selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1, section %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the beginning of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same text stands at %1 and at %2 with slightly different wording; the %3 one was kept: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section in the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addressed to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auditors&apos; &amp;text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this board&apos;s, &amp;because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason the item is not this board&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty when the board answers the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected effect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done at the latest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures &amp;taken so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect &amp;achieved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures in the register answering this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Measures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Measure for This &amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required member &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use letters A-Z, digits, &quot;-&quot; and &quot;_&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD, or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time stamp: use YYYY-MM-DDThh:mm:ss+hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by an earlier item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by an earlier measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links to the item &quot;%1&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links to the item &quot;%1&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by an earlier comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Yttra statement (expected &quot;yttra-statement&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was written by a newer version of Yttra (format version %1; this version knows %2). It is opened read-only so that nothing the newer version wrote is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo is left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>the file holds no JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed number: a digit must follow the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed number: a digit must follow the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break inside a string (write it as \n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unpaired UTF-16 surrogate in a \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape sequence \%1 in a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot; in an array but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a member name in quotes but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears twice in the same object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;:&quot; after a member name but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot; in an object but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockFile</name>
    <message>
        <source>someone (the lock file does not say who)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 since %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lock file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was left locked by %2, whose program is no longer running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being edited by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old lock cannot be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program keeps locking it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lock cannot be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone has the file open; the lock file does not say who.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the file open on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the file open on %2 since %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoImage</name>
    <message>
        <source>the logo holds no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo is neither a PNG nor an SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo&apos;s PNG image is %1 × %2 pixels; a logo may have at most %3 pixels on a side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo&apos;s PNG image cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo&apos;s SVG image cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo&apos;s SVG image has no size: its &lt;svg&gt; element needs a viewBox, or a width and height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo&apos;s SVG image cannot be drawn (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo&apos;s image is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo %1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo %1 is %2 MB; a logo may be at most %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo %1 is neither a PNG nor an SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo %1 cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo is left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Yttra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Yttra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the action plan as an Excel workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from the &amp;Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new statement that starts as a copy of the built-in example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Follow-up from This Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the follow-up statement from this first statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the statement as a PDF in the auditors&apos; template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the statement as the preview shows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement &amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Pa&amp;ne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the navigator, the form and the panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Pan&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from Audit &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a statement from the auditors&apos; report (PDF or text): its recommendations, questions and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to &amp;Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the statement as a Word document, in the board&apos;s Word template, for a review in Word or the case system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word &amp;Template for This Board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Word template this board&apos;s documents are made in, or go back to Yttra&apos;s built-in template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Re&amp;view from Word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the comments and the changed text of a Word document exported from this statement and reviewed in Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Rea&amp;d-Only…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a statement to read, print or export without changing it, and without keeping others from editing it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Measures register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by title, responsible, case or comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show measures with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name of the measure (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. STK-2021-1717</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items the measure answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &amp;Items…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PagePrinter</name>
    <message>
        <source>the statement has no pages to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer cannot be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer stopped at page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageRecognizer</name>
    <message>
        <source>text recognition needs Tesseract&apos;s Swedish language data, which is not installed; install the package tesseract-ocr-swe (Debian, Ubuntu) or import a PDF with text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page could not be rendered for text recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text recognition failed on this page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfArchive</name>
    <message>
        <source>the sRGB colour profile is missing from Yttra&apos;s resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be made archive-grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>the document has not been laid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cairo could not draw the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfFontCheck</name>
    <message>
        <source>fontconfig could not be initialised, so no font can be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the font family “%1” (%2) is not installed%3; install it (Debian: fonts-liberation2 for Liberation Serif, fonts-crosextra-carlito for Carlito)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (fontconfig would use “%1” instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the font “%1” (%2) lacks letters a Swedish statement needs (å, ä, ö)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposedChangesDialog</name>
    <message>
        <source>Review from Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes proposed in Word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes proposed in Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change, word by word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this change into the statement (one step that Undo takes back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the statement&apos;s text as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acc&amp;ept All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept every change not yet decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject every change not yet decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What else the document says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could not be taken in, and how comments were placed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterCalendar</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: follow-up statement to the auditors, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: statement to the auditors, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterReader</name>
    <message>
        <source>is a link back to a folder it is in (%1); not followed, so the reading ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the same folder as %1, which is read there; not read twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be read (no permission); the statements in it are missing from the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than %1 MB; statement files that large are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed while it was being read, twice; left out of this register, read the folder again when it is no longer being saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be read (no permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Its items are not in this register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterReport</name>
    <message>
        <source>Register of recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures, responsible and deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 judged on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterStateRules</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language of the register&apos;s words: en or sv</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterWorkbook</name>
    <message>
        <source>Register of recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the text has %4 characters, more than an Excel cell holds; it was cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportImporter</name>
    <message>
        <source>No board to answer was found (no &quot;Till:&quot; list): name the board yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report has no &quot;Till:&quot; list; the boards that must answer were taken from its text: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reference (such as SR-2020-83) was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit&apos;s title was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recommendations or questions were found in the report; add the items yourself, or import the report itself if this was only its cover letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item at %1 does not say which board it is addressed to; it is kept for every board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date was found for %1&apos;s statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These pages have no text (scanned?) and were not read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the board that answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report does not list the boards it addresses; the statement is made for %1, as named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report addresses no board called &quot;%1&quot;; it names: %2. The closest is &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report addresses no board called &quot;%1&quot;; it names: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a committee of %2: the statement is made for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; was read as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report calls the board &quot;%1&quot;; that name is taken for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report calls the board &quot;%1&quot;; that name is taken for &quot;%2&quot;, which differs only in the municipality or region it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These pages are scanned and were read by text recognition (OCR): %1. Check the items found on them, word for word, against the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPageImage</name>
    <message>
        <source>%1 is no longer there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changed since it was read; import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has no page %2 (it has %n page(s))</source>
        <translation>
            <numerusform>%1 has no page %2 (it has %n page)</numerusform>
            <numerusform>%1 has no page %2 (it has %n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 of %2 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a page cannot be drawn at %1 dots per inch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2 cannot be drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>this is not a PDF file (it does not begin with %PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF is protected by a password; open it with the password and save an unprotected copy, or ask the auditors for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, too large for a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yttra cannot read word-processor files; save the report as PDF and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yttra reads reports as PDF (.pdf), text (.txt) or Markdown (.md) files, and this is none of these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no text, it seems to be a scanned image, and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no text: it seems to be a scanned image. Yttra can read it with text recognition (OCR) when --no-ocr is left out, or ask the auditors for the report as a PDF with text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has no text: it seems to be a scanned image, and text recognition found no text in it either (a picture, or a very poor scan); ask the auditors for the report as a PDF with text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has %1 pages; reports longer than %2 pages are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF has more than %1 scanned pages, too many to read with text recognition (OCR); ask the auditors for the report as a PDF with text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewEditing</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment needs some text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a field of this statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply needs some text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no comment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set review state to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import comments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: no free name for a temporary file in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be written to disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes were read back instead of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes read back differ from those written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and the 98 names after it are taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be saved: %1, and the new content could not be read from the temporary file (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be saved: %1, and writing it directly failed too (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written directly, as the drive refused to give the file its name in one step (%1); the new content was read back and checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be saved: %1, and the previous file cannot be read to copy it first (%2); the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be saved: %1, and no copy of the previous file could be made beside it first (%2); the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be saved: %1, and the previous file could not be copied to %2 first (%3); the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be saved: %1, and writing into it directly failed (%2); the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be saved: %1, and writing into it directly failed (%2); the previous version could not be put back (%3) and is kept in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be saved: %1, and writing into it directly failed (%2); the previous version was put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written directly into the file, as the drive refused to replace it in one step (%1); the previous version was kept in %2 until the new one was read back and checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be written: the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New statements start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save unsaved changes for &amp;recovery every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;preview beside the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, on review comments and as the author of Word documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each board&apos;s &amp;Word template (a board not listed gets Yttra&apos;s built-in template):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word templates by board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd Board…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use B&amp;uilt-in Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected board&apos;s Word documents are made in Yttra&apos;s own template again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each board&apos;s &amp;logo, for its statements without a logo of their own:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logos by board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Board&apos;s Lo&amp;go…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange Logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected board&apos;s statements have no logo unless they carry their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of the selected board&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Malmö stad (empty: the logo is decoration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud by screen readers instead of the logo. Leave it empty when the logo says nothing the page does not say already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignaturesPage</name>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ordförande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eservations and separate opinions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>the document has no language to check the spelling in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no spelling dictionary for the language &quot;%1&quot; (%2) in %3; for Swedish, install the package hunspell-sv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spelling dictionary file %1 does not exist or cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spelling dictionary %1 cannot be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the spelling dictionary %1 is in the encoding %2, which Yttra cannot convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the personal word list cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file is set for the personal word list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder of the personal word list cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a single word can be added to the dictionary, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>Parts of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an item, or press Ctrl+Shift+Up or Ctrl+Shift+Down, to move it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementFields</name>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD, or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an editable field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reservations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addressed boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auditors&apos; text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>effect achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason it is not this board&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (item %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (measure %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (signature %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a logo is set as an image, not as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logo description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementFile</name>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a statement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than %1 MB (%2 bytes); statement files that large are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than %1 MB; statement files that large are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be saved until this is mended: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementLimits</name>
    <message>
        <source>the statement has %1 items; statements with more than %2 items are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement has %1 measures; statements with more than %2 measures are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is %1 characters long; texts longer than %2 characters are refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summarising answer to the audit&apos;s conclusion and assessments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reading guide (optional):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>the responding board is not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by an earlier item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by an earlier measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measure has no title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links to the item &quot;%1&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no measures are given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previously decided measure is not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the expected effect is not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deadline is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measures taken so far are not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the effect achieved is not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measure &quot;%1&quot; answers no item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement is dated %1, after it is due (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadline (%1) is after the follow-up period ends (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WordReviewImport</name>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is the statement of %1 on %2, not of %3 on %4: choose the Word document exported from this statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fields of the statement have been deleted from it (%1): Yttra cannot tell which text belongs where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Word document exported by Yttra: it has none of the statement&apos;s fields (content controls tagged &quot;yttra:&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed to “%2”, but its part is no longer in the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed to “%2”, which it cannot hold: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed in two places in two ways: “%2” and “%3”; the first is proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment by %1 (“%2”) was made outside the fields; it is placed on the field after it, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment by %1 is on no field of the statement: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment by %1 on “%2” is on no field of the statement: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply by %1 answers a comment that is not placed: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template&apos;s field %1 was changed to “%2”; it is made from the statement&apos;s details and cannot be taken in: change the details in Yttra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed to “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxArchiveCheck</name>
    <message>
        <source>the workbook came out damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is incomplete (%2); is the disk with the temporary folder %3 full?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxExporter</name>
    <message>
        <source>%1, row %2, column %3 (%4): the text has %5 characters, more than the %6 an Excel cell holds; it was cut and ends with a note saying so.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>writing the text of row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the number of row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the date of row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the width of column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the autofilter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the list of allowed values in column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the rows printed on every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libxlsxwriter could not start a workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add the sheet &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add a cell format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the document properties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the document property %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook was already written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the conditional format of rows %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XmlPart</name>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a document type declaration, which no part of a package has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an unknown entity &amp;%2;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: elements nested deeper than %2 levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipPackage</name>
    <message>
        <source>it is empty, not a zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a damaged zip archive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part %1 cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected by a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it claims to unpack to more than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be unpacked (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is larger than %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Write a board&apos;s statement to its auditors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::AuditPage</name>
    <message>
        <source>Report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit conclusion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::CommentsPane</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved — </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Review: %1 · %n open comment(s)</source>
        <translation>
            <numerusform>Review: %1 · %n open comment</numerusform>
            <numerusform>Review: %1 · %n open comments</numerusform>
        </translation>
    </message>
    <message>
        <source>No comments on this part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No comments on the statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resolved comment(s) not shown.</source>
        <translation>
            <numerusform>%n resolved comment not shown.</numerusform>
            <numerusform>%n resolved comments not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reo&amp;pen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resol&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1 on %2: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click in the field the comment is about, and select the words if it is about some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as it stands on your comments and in the review&apos;s history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment needs your name: set it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part this comment was about has been removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::CompareDialog</name>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Comparison as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the older version, then Compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newer Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the older version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the older version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the newer version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n difference(s)</source>
        <translation>
            <numerusform>From %1 to %2: %n difference</numerusform>
            <numerusform>From %1 to %2: %n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s)</source>
        <translation>
            <numerusform>%n status change</numerusform>
            <numerusform>%n status changes</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved from place %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the comparison to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the comparison, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::CompletenessPanel</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be put right before the statement can be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing from what the auditors&apos; template asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message>
        <source>Every part the template asks for is there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <comment>calendar button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD, for example 2026-05-15, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::DeadlineField</name>
    <message>
        <source>e.g. 2026-06-30, juni 2026, Q4 2026, tertial 1 2027, löpande</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at the latest %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a deadline yet; not saved until it is one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the latest %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::DetailsPage</name>
    <message>
        <source>Date of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period the follow-up will report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up reports the measures taken from the start to the end of this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional in a first statement: deadlines after the end of the period are flagged, since the follow-up could not report them done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Logo of the Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This logo cannot be drawn: %1. The exports leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement&apos;s own logo, kept in its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo of %1 from the settings. Choose one to give this statement its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo of %1 in the settings cannot be drawn: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exports have no logo in the header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::FieldBinder</name>
    <message numerus="yes">
        <source>%n open comment(s):</source>
        <translation>
            <numerusform>%n open comment:</numerusform>
            <numerusform>%n open comments:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yttra::FollowUpDialog</name>
    <message>
        <source>Start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::ImportDialog</name>
    <message>
        <source>Create Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report date: %1 · decided: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For information: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1, %2 statement, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by text recognition (OCR) from a scanned page: check the text against the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recommendation(s)</source>
        <translation>
            <numerusform>%1 of %n recommendation</numerusform>
            <numerusform>%1 of %n recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n assessment(s)</source>
        <translation>
            <numerusform>%1 of %n assessment</numerusform>
            <numerusform>%1 of %n assessments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n question(s)</source>
        <translation>
            <numerusform>%1 of %n question</numerusform>
            <numerusform>%1 of %n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was found to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whichever board answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::ItemPage</name>
    <message>
        <source>The auditors&apos; text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done at the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned &amp;measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previously decided &amp;measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previously decided measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s response (not printed: another board answers this item)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure in the register answers this item yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Measures in the register answering this item (%n)</source>
        <translation>
            <numerusform>Measures in the register answering this item (%n)</numerusform>
            <numerusform>Measures in the register answering this item (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled measure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the measures of the register that answer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link measures to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot link the measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the heading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::LinkDialog</name>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n chosen</numerusform>
            <numerusform>%n chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yttra::MainWindow</name>
    <message>
        <source>Cannot open the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Yttra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Yttra %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Writes a board&apos;s statements to its auditors, from the audit report to the signed PDF and the Excel action plan.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the statement&apos;s own file; choose another name for the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to Excel, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 was written, but:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Completeness Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes could not be kept for recovery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.

Save them before closing it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others cannot see that you have this statement open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is open elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open by %2.

Open it read-only to look at it, or open it anyway to edit it (when you both save, one loses the other&apos;s changes)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened although %1 has it open: agree who saves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new follow-up statement: save it under a name of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Statement As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open by %2; save under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yttra ended without saving the changes to %1 (last kept %2).

Recover them now? Discard removes them for good; Cancel asks again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the recovery file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered. Save the statement to keep the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] (read-only) — Yttra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] — Yttra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer there; it is taken off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the statement&apos;s own file; choose another name for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new statement from the audit report: check the items, then save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Statement from Audit Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit reports (*.pdf *.txt *.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit the Texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Review Copy as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can edit the texts. Comments are still the way to suggest a change to the secretary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft is in review: the texts are read-only so that you comment on them (Review → Comment on This Field, Ctrl+Alt+M).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The statement has %n open comment(s). The PDF for the board and the diarium never shows comments; a review copy lists them as numbered end notes, marked where they are in the text.</source>
        <translation>
            <numerusform>The statement has %n open comment. The PDF for the board and the diarium never shows comments; a review copy lists them as numbered end notes, marked where they are in the text.</numerusform>
            <numerusform>The statement has %n open comments. The PDF for the board and the diarium never shows comments; a review copy lists them as numbered end notes, marked where they are in the text.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Review Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Review Copy as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the Word template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents of %1 are now made in the template %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word Template for This Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yttra keeps a Word template for each board, and this statement names no board yet. Write the board&apos;s name under Statement Details first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word documents of %1 are made in the template %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word documents of %1 are made in the template %2, which is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another template, or go back to Yttra&apos;s built-in template?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use Yttra&apos;s Built-in Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents of %1 are now made in Yttra&apos;s built-in template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Word template chosen for %1, %2, is no longer there: moved, renamed, or on a drive that is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the template again, or export in Yttra&apos;s built-in template this time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to Word in the Template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the statement&apos;s own file; choose another name for the Word document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 in Yttra&apos;s built-in Word template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1 in the template %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to Word, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document %1 was written, but:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Review from Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the review from Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is read-only, so neither its comments nor its texts can change here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no comments or changes that are not here already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review from Word imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review from Word imported, with conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft is in review and its texts are read-only for you, so no change can be accepted here: comment on the text instead, or choose to edit the texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the review from %1. Undo takes back what was taken in, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was opened, but:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to PDF, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF %1 was written, but:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is the one the settings keep for %1: choose another under Edit → Settings, or give the statement a logo of its own in its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement was sent to the printer, but:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It becomes editable here when they close it; Save As makes an editable copy now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other user closed the statement: it is editable now, with the changes they saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other user closed the statement: it is editable now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened with File → Open Read-Only; Save As makes an editable copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Statement Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Audit Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading page %1 of %2 with text recognition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recommendation in a folder of statements, with its state and next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no item %2 any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::MeasureDelegate</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2026-06-30, juni 2026, Q4 2026, tertial 1 2027, löpande</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::MeasureTableModel</name>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the items a measure answers are linked, not typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this part of a measure cannot be edited here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::MeasuresPage</name>
    <message>
        <source>Description of the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline of the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n measure(s) shown</source>
        <translation>
            <numerusform>%1 of %n measure shown</numerusform>
            <numerusform>%1 of %n measures shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items answered by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the items that &quot;%1&quot; answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 to items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot link the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the measure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::NavigatorModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) missing or wrong; see Completeness</source>
        <translation>
            <numerusform>%n thing missing or wrong; see Completeness</numerusform>
            <numerusform>%n things missing or wrong; see Completeness</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Measures register (%n)</source>
        <translation>
            <numerusform>Measures register (%n)</numerusform>
            <numerusform>Measures register (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n open comment</numerusform>
            <numerusform>%n open comments</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no such item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this part of an item cannot be edited here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one item can be moved at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item can only be moved among the items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::PreviewPane</name>
    <message>
        <source>‹</source>
        <comment>previous page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>›</source>
        <comment>next page</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <comment>zoom out</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <comment>zoom in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::ProposedChangesDialog</name>
    <message>
        <source>Review from Word: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text was changed in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) proposed in %1. Nothing in the statement changes until you accept a change; Undo takes back each change you accepted, one by one.</source>
        <translation>
            <numerusform>%n change proposed in %1. Nothing in the statement changes until you accept a change; Undo takes back each change you accepted, one by one.</numerusform>
            <numerusform>%n changes proposed in %1. Nothing in the statement changes until you accept a change; Undo takes back each change you accepted, one by one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot accept the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement is no longer open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the Review from Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are neither accepted nor rejected. They are not taken into the statement; import the Word document again to decide on them later.</source>
        <translation>
            <numerusform>%n change is neither accepted nor rejected. It is not taken into the statement; import the Word document again to decide on it later.</numerusform>
            <numerusform>%n changes are neither accepted nor rejected. They are not taken into the statement; import the Word document again to decide on them later.</numerusform>
        </translation>
    </message>
    <message>
        <source>who is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed here too since the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in Word; the document does not say by whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in Word by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement&apos;s text has changed too since the Word document was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer worked on an older text: accepting replaces the text as it is now, struck through below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: the statement has the new text. Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: the statement keeps its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not taken in: do these by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their text cannot come back from the document; the statement keeps its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields deleted in Word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How comments were placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document does not say what it held when it was exported, so Yttra cannot tell whether the statement&apos;s text changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change was decided on already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::Recovery</name>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large to be a recovery file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a recovery file of Yttra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery file cannot be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::RegisterModel</name>
    <message>
        <source>The follow-up statement was due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::RegisterWindow</name>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder of statements, such as the board&apos;s folder on the shared drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the folder again (F5); it is also read again when files in it change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click (or Enter) opens the statement at the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this board&apos;s items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this audit&apos;s items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items of statements of this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items in this state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items with a measure this person is responsible for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items with all these words, in any column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Register&apos;s Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be used</source>
        <translation>
            <numerusform>%n file could not be used</numerusform>
            <numerusform>%n files could not be used</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All boards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All audits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of the statements with Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n statement(s)</source>
        <translation>
            <numerusform>in %n statement</numerusform>
            <numerusform>in %n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n shown)</source>
        <translation>
            <numerusform>(%n shown)</numerusform>
            <numerusform>(%n shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yttra::ReportPageView</name>
    <message>
        <source>The previous place in the report where this item is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next place in the report where this item is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page was read by text recognition: check the item&apos;s words against the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see where the report has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report does not say where this item was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>where in the report: page and line — section</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not known which file the report was read from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report does not say on which page this item was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>——— page %1 ———</source>
        <comment>between the pages of a text file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s text cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::ReviewMenu</name>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment on This Field…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Comments From…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;Versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change of state needs your name (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement is now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Comments From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the open statement&apos;s own file: choose the copy a reviewer sent back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no comments that are not here already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n new comment</numerusform>
            <numerusform>%n new comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(-ies)</source>
        <translation>
            <numerusform>%n new reply</numerusform>
            <numerusform>%n new replies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) resolved or reopened</source>
        <translation>
            <numerusform>%n comment resolved or reopened</numerusform>
            <numerusform>%n comments resolved or reopened</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1, “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) are about text that has changed since:</source>
        <translation>
            <numerusform>%n comment is about text that has changed since:</numerusform>
            <numerusform>%n comments are about text that has changed since:</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments imported, with conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the comments from %1. Undo takes them away again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the open statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as it is now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement&apos;s comments cannot be changed here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::RichTextEdit</name>
    <message>
        <source>B</source>
        <comment>bold button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <comment>italic button</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the link (empty to remove it):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::Settings</name>
    <message>
        <source>the autosave interval must be between %1 and %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is not acceptable for the setting &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings file is not in the expected format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Word template is kept per board, and the statement names no board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo must be a PNG or SVG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the logo is %1 KB, and the settings keep logos of at most %2 KB: save the image smaller, or give the statement the logo in its details instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a logo is kept per board, and the statement names no board</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::SettingsDialog</name>
    <message>
        <source>Cannot keep the setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word Template for a Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The board&apos;s name, as its statements spell it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(decoration, no description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo for a Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo %1 cannot be kept in the settings: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::SignaturesPage</name>
    <message>
        <source>Reservations and separate opinions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add a signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::SpellCheck</name>
    <message>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::StatementDocument</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement has no file name yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no entry number %1 (there are %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an editable field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item needs an id of its own; &quot;%1&quot; is taken or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use letters A-Z, digits, &quot;-&quot; and &quot;_&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a measure needs an id of its own; &quot;%1&quot; is taken or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no item &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no measure &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measure links to the item &quot;%1&quot;, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measure links to the item &quot;%1&quot; twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::StatementEditor</name>
    <message>
        <source>&amp;Add Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Item &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Item &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Measures to Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &amp;Items to Measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a part that was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot duplicate the item: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yttra::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
