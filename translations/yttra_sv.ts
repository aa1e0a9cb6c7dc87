<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Audit title</source>
        <translation>Granskningens titel</translation>
    </message>
    <message>
        <source>e.g. Granskning av IT-säkerhet</source>
        <translation>t.ex. Granskning av IT-säkerhet</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Referens:</translation>
    </message>
    <message>
        <source>Audit reference</source>
        <translation>Granskningens referens</translation>
    </message>
    <message>
        <source>e.g. SR-2020-83</source>
        <translation>t.ex. SR-2020-83</translation>
    </message>
    <message>
        <source>A&amp;uditor:</source>
        <translation>Re&amp;visor:</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Revisor</translation>
    </message>
    <message>
        <source>e.g. Malmö stadsrevision</source>
        <translation>t.ex. Malmö stadsrevision</translation>
    </message>
    <message>
        <source>Report &amp;date:</source>
        <translation>Rapport&amp;datum:</translation>
    </message>
    <message>
        <source>D&amp;ecision date:</source>
        <translation>&amp;Beslutsdatum:</translation>
    </message>
    <message>
        <source>Addressed &amp;boards:</source>
        <translation>Berörda &amp;nämnder:</translation>
    </message>
    <message>
        <source>Boards the audit is addressed to, one per line</source>
        <translation>Nämnder som granskningen riktar sig till, en per rad</translation>
    </message>
    <message>
        <source>One board per line</source>
        <translation>En nämnd per rad</translation>
    </message>
    <message>
        <source>Audit &amp;conclusion:</source>
        <translation>Granskningens &amp;slutsats:</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>no command given</source>
        <translation>inget kommando angavs</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>okänt kommando &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Try &quot;yttra-cli --help&quot;.</source>
        <translation>Se &quot;yttra-cli --help&quot;.</translation>
    </message>
    <message>
        <source>validate takes one file</source>
        <translation>validate tar exakt en fil</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Utdatafil.</translation>
    </message>
    <message>
        <source>Start of the period.</source>
        <translation>Periodens början.</translation>
    </message>
    <message>
        <source>End of the period.</source>
        <translation>Periodens slut.</translation>
    </message>
    <message>
        <source>followup takes one first statement</source>
        <translation>followup tar exakt ett första yttrande</translation>
    </message>
    <message>
        <source>followup needs -o OUT.yttrande</source>
        <translation>followup kräver -o OUT.yttrande</translation>
    </message>
    <message>
        <source>-o needs a file name</source>
        <translation>-o kräver ett filnamn</translation>
    </message>
    <message>
        <source>the output would overwrite the input file %1</source>
        <translation>utdata skulle skriva över indatafilen %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD</source>
        <translation>&quot;%1&quot; är inte ett datum: använd ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>perioden slutar (%1) innan den börjar (%2)</translation>
    </message>
    <message>
        <source>the period ends (%1) before the first statement&apos;s date (%2); give --from or a later --to</source>
        <translation>perioden slutar (%1) före det första yttrandets datum (%2); ange --from eller ett senare --to</translation>
    </message>
    <message>
        <source>Wrote the follow-up statement %1 (%2 items, %3 measures).</source>
        <translation>Det uppföljande yttrandet har skrivits till %1 (punkter: %2, åtgärder: %3).</translation>
    </message>
    <message>
        <source>example takes no file, only -o OUT.yttrande</source>
        <translation>example tar ingen fil, bara -o OUT.yttrande</translation>
    </message>
    <message>
        <source>example needs -o OUT.yttrande</source>
        <translation>example kräver -o OUT.yttrande</translation>
    </message>
    <message>
        <source>-o needs a file name (or &quot;-&quot; for standard output)</source>
        <translation>-o kräver ett filnamn (eller &quot;-&quot; för standardutdata)</translation>
    </message>
    <message>
        <source>the statement in the auditors&apos; template, as a tagged PDF</source>
        <translation>yttrandet enligt revisorernas mall, som taggad PDF</translation>
    </message>
    <message>
        <source>Wrote the PDF %1.</source>
        <translation>PDF-filen %1 har skrivits.</translation>
    </message>
    <message>
        <source>the Excel action plan: recommendations, measures, details</source>
        <translation>handlingsplanen i Excel: rekommendationer, åtgärder, uppgifter</translation>
    </message>
    <message>
        <source>Wrote the Excel action plan %1.</source>
        <translation>Handlingsplanen i Excel har skrivits till %1.</translation>
    </message>
    <message>
        <source>      Write the statement in other formats; warnings (such as a text cut to fit
      a cell) go to standard error.
</source>
        <translation>      Skriver yttrandet i andra format; varningar (till exempel om en text har
      kortats för att rymmas i en cell) skrivs till standardfel.
</translation>
    </message>
    <message>
        <source>export takes one statement file</source>
        <translation>export tar exakt en yttrandefil</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 anges mer än en gång</translation>
    </message>
    <message>
        <source>%1 needs a file name</source>
        <translation>%1 kräver ett filnamn</translation>
    </message>
    <message>
        <source>%1 is given for two outputs</source>
        <translation>%1 anges för två olika utdata</translation>
    </message>
    <message>
        <source>export needs an output, for example --%1 %2</source>
        <translation>export kräver en utdatafil, till exempel --%1 %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>varning: %1</translation>
    </message>
    <message>
        <source>The responding board.</source>
        <translation>Den svarande nämnden.</translation>
    </message>
    <message>
        <source>first or followUp.</source>
        <translation>first eller followUp.</translation>
    </message>
    <message>
        <source>import takes one report</source>
        <translation>import tar exakt en rapport</translation>
    </message>
    <message>
        <source>import needs --board NAME, the board that answers</source>
        <translation>import kräver --board NAME, den nämnd som svarar</translation>
    </message>
    <message>
        <source>import needs -o OUT.yttrande</source>
        <translation>import kräver -o OUT.yttrande</translation>
    </message>
    <message>
        <source>--kind is first or followUp, not &quot;%1&quot;</source>
        <translation>--kind ska vara first eller followUp, inte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the output would overwrite the report %1</source>
        <translation>utdata skulle skriva över rapporten %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Found %1 recommendations, %2 assessments (not selected), %3 questions.</source>
        <translation>Hittade rekommendationer: %1, bedömningar: %2 (inte valda), frågor: %3.</translation>
    </message>
    <message>
        <source>Due: %1, %2 statement, %3</source>
        <translation>Sista svarsdag: %1, %2 yttrande, %3</translation>
    </message>
    <message>
        <source>first</source>
        <translation>första</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>uppföljande</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Obs! %1</translation>
    </message>
    <message>
        <source>Wrote %1 with %2 items for %3.</source>
        <translation>%1 har skrivits för %3 (punkter: %2).</translation>
    </message>
    <message>
        <source>compare takes two files: the older and the newer version</source>
        <translation>compare tar två filer: den äldre och den nyare versionen</translation>
    </message>
    <message>
        <source>comments takes one file</source>
        <translation>comments tar exakt en fil</translation>
    </message>
    <message>
        <source>[resolved]</source>
        <translation>[löst]</translation>
    </message>
    <message>
        <source>[open]</source>
        <translation>[öppen]</translation>
    </message>
    <message>
        <source>%1: no comments</source>
        <translation>%1: inga kommentarer</translation>
    </message>
    <message>
        <source>with --pdf: the review copy, open comments as end notes</source>
        <translation>med --pdf: granskningsexemplaret, med öppna kommentarer som slutnoter</translation>
    </message>
    <message>
        <source>Wrote the review copy %1.</source>
        <translation>Granskningsexemplaret %1 har skrivits.</translation>
    </message>
    <message>
        <source>--%1 needs %2 %3</source>
        <translation>--%1 kräver %2 %3</translation>
    </message>
    <message>
        <source>the statement as a Word document, every field findable for a review in Word</source>
        <translation>yttrandet som Worddokument, med varje fält spårbart för granskning i Word</translation>
    </message>
    <message>
        <source>Wrote the Word document %1.</source>
        <translation>Skrev Worddokumentet %1.</translation>
    </message>
    <message>
        <source>with --docx: fill the municipality&apos;s own Word template</source>
        <translation>med --docx: fyll i kommunens egen Wordmall</translation>
    </message>
    <message>
        <source>with --docx: the template&apos;s Handläggare (author)</source>
        <translation>med --docx: mallens handläggare</translation>
    </message>
    <message>
        <source>--%1 is given more than once</source>
        <translation>--%1 anges mer än en gång</translation>
    </message>
    <message>
        <source>--%1 needs %2</source>
        <translation>--%1 behöver %2</translation>
    </message>
    <message>
        <source>the output would overwrite the template %1</source>
        <translation>utdata skulle skriva över mallen %1</translation>
    </message>
    <message>
        <source>review-import takes the reviewed Word document and the statement file</source>
        <translation>review-import tar det granskade Worddokumentet och yttrandets fil</translation>
    </message>
    <message>
        <source>--accept-changes needs -o OUT.yttrande</source>
        <translation>--accept-changes behöver -o OUT.yttrande</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s) from Word</source>
        <translation>
            <numerusform>%n ny kommentar från Word</numerusform>
            <numerusform>%n nya kommentarer från Word</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies) added</source>
        <translation>
            <numerusform>%n svar tillagt</numerusform>
            <numerusform>%n svar tillagda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the statement</source>
        <translation>
            <numerusform>%n fanns redan i yttrandet</numerusform>
            <numerusform>%n fanns redan i yttrandet</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: the comment %1 on %2: %3</source>
        <translation>varning: kommentaren %1 på %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n proposed change(s):</source>
        <translation>
            <numerusform>%n ändringsförslag:</numerusform>
            <numerusform>%n ändringsförslag:</numerusform>
        </translation>
    </message>
    <message>
        <source>the statement&apos;s text has changed too since the Word document was exported</source>
        <translation>yttrandets text har också ändrats sedan Worddokumentet exporterades</translation>
    </message>
    <message>
        <source>warning: the field %1 was deleted in Word</source>
        <translation>varning: fältet %1 togs bort i Word</translation>
    </message>
    <message>
        <source>not placed: %1</source>
        <translation>inte placerat: %1</translation>
    </message>
    <message>
        <source>not placed: %1: %2</source>
        <translation>inte placerat: %1: %2</translation>
    </message>
    <message>
        <source>Wrote the statement with the review from Word to %1.</source>
        <translation>Skrev yttrandet med granskningen från Word till %1.</translation>
    </message>
    <message>
        <source>      --logo IMAGE  with --pdf or --docx: this logo (PNG or SVG) instead of the file&apos;s
      --logo-description TEXT  with --logo: what the logo shows, read out in its place
</source>
        <translation>      --logo IMAGE  med --pdf eller --docx: den här logotypen (PNG eller SVG) i stället för filens
      --logo-description TEXT  med --logo: vad logotypen visar, läses upp i dess ställe
</translation>
    </message>
    <message>
        <source>--logo needs --pdf OUT.pdf or --docx OUT.docx</source>
        <translation>--logo kräver --pdf OUT.pdf eller --docx OUT.docx</translation>
    </message>
    <message>
        <source>warning: %1 The outputs are made without a logo.</source>
        <translation>varning: %1 Filerna skrivs utan logotyp.</translation>
    </message>
    <message>
        <source>Reading page %1 of %2 with text recognition…</source>
        <translation>Läser sida %1 av %2 med textigenkänning…</translation>
    </message>
    <message>
        <source>Uncertain (read by text recognition), %1: %2</source>
        <translation>Osäker (läst med textigenkänning), %1: %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>sida %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>rad %1</translation>
    </message>
    <message>
        <source>offered, not taken</source>
        <translation>föreslås, tas inte med</translation>
    </message>
    <message>
        <source>not taken: addressed to %1</source>
        <translation>tas inte med: riktas till %1</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>tas med</translation>
    </message>
    <message>
        <source>%1. %2 (%3), %4: %5</source>
        <translation>%1. %2 (%3), %4: %5</translation>
    </message>
    <message>
        <source>no board named</source>
        <translation>ingen nämnd angiven</translation>
    </message>
    <message>
        <source>also at %1</source>
        <translation>även på %1</translation>
    </message>
    <message>
        <source>remains from an earlier audit</source>
        <translation>kvarstår från en tidigare granskning</translation>
    </message>
    <message>
        <source>read by text recognition: check it against the page</source>
        <translation>läst med textigenkänning: jämför med sidan</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) taken into the statement.</source>
        <translation>
            <numerusform>%n punkt tas med i yttrandet.</numerusform>
            <numerusform>%n punkter tas med i yttrandet.</numerusform>
        </translation>
    </message>
    <message>
        <source>register takes one folder</source>
        <translation>register tar en mapp</translation>
    </message>
    <message>
        <source>--today is a date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--today är ett datum som ÅÅÅÅ-MM-DD, inte ”%1”</translation>
    </message>
    <message>
        <source>--state is one of open, onTrack, dueSoon, overdue, done, notFollowedUp, not &quot;%1&quot;</source>
        <translation>--state är en av open, onTrack, dueSoon, overdue, done, notFollowedUp, inte ”%1”</translation>
    </message>
    <message>
        <source>--ics needs OUT.ics</source>
        <translation>--ics behöver OUT.ics</translation>
    </message>
    <message>
        <source>Yttra: deadlines</source>
        <translation>Yttra: tidpunkter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Nästa datum</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Nämnd</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n punkt</numerusform>
            <numerusform>%n punkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n statement(s)</source>
        <translation>
            <numerusform>i %n yttrande</numerusform>
            <numerusform>i %n yttranden</numerusform>
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
        <translation>Användning: yttra-cli COMMAND [OPTIONS]

Arbeta med yttranden från Yttra (.yttrande-filer) utan fönster.

Kommandon:
  validate FILE [--strict]
      Listar problem, ett per rad: &quot;error|warning &lt;pointer&gt;: &lt;message&gt;&quot;.
      Med --strict blir brister i förhållande till revisorernas mall fel.
%1  followup FIRST.yttrande [--from DATE] [--to DATE] -o OUT.yttrande
      Påbörjar det uppföljande yttrandet utifrån ett första yttrande; perioden
      som redovisas löper från DATE (standard: det första yttrandets datum) till DATE.
  example -o OUT.yttrande
      Skriver det inbyggda exempelyttrandet (&quot;-&quot; skriver till standardutdata).
  import REPORT --board NAME [--kind first|followUp] [--all] [--no-ocr] [--explain] -o OUT.yttrande
      Påbörjar ett yttrande utifrån revisorernas rapport (PDF, .txt eller .md):
      granskningens uppgifter, sista svarsdag och de punkter som riktas till nämnden
      (--all: till alla nämnder). Skriver ut vad som hittades på standardfel. Skannade
      sidor läses med textigenkänning (OCR) och deras punkter markeras som osäkra;
      --no-ocr avvisar i stället en skannad rapport. --explain skriver ut varje punkt
      som hittades med sida och rad, och om yttrandet tar med den (-o kan då utelämnas).
  register DIR [--board NAME] [--state STATE] [--today DATE] [--json] [--ics OUT.ics] [--xlsx OUT.xlsx] [--pdf OUT.pdf]
      Registret över alla yttranden i DIR och dess undermappar: varje
      rekommendation med nämnd, åtgärder, nästa datum och läge (open, onTrack,
      dueSoon, overdue, done, notFollowedUp) den DATE (standard: i dag), som en
      tabell, eller som JSON med --json. Filer som inte kan användas listas på
      standardfel. --ics OUT.ics  skriv också tidpunkterna som en kalenderfil
      --xlsx OUT.xlsx  skriv också registret som Excelarbetsbok
      --pdf OUT.pdf  skriv också registret som PDF för nämnden
  compare OLD.yttrande NEW.yttrande [--pdf OUT.pdf]
      Visar vad som har ändrats mellan två versioner, del för del och fält för fält,
      med ändrade ord markerade [-removed-] och {+added+}; slutstatus 0 om lika, annars 1.
      --pdf OUT.pdf  skriver också jämförelsen som PDF för granskning på papper
  comments FILE
      Listar kommentarerna med sina svar, öppna kommentarer först.
  review-import REVIEWED.docx FILE.yttrande [-o OUT.yttrande] [--accept-changes]
      Läser in en granskning som gjorts i Word i ett dokument som exporterats med --docx:
      kommentarerna (med svar) på de fält de gjordes på, och texten som ändrats i varje
      fält som ett ändringsförslag, listat som [-removed-] och {+added+}.
      -o OUT.yttrande  skriv yttrandet med kommentarerna inlästa
      --accept-changes  med -o: ta också in ändringsförslagen

Alternativ:
  -h, --help      Visa den här hjälpen.
  -v, --version   Visa versionen.

Slutstatus: 0 lyckades; 1 indata är ogiltiga; 2 felaktig användning;
3 en fil kan inte läsas eller skrivas. Inget kommando ändrar sin indatafil.
</translation>
    </message>
    <message>
        <source>--xlsx needs OUT.xlsx</source>
        <translation>--xlsx behöver OUT.xlsx</translation>
    </message>
    <message>
        <source>--pdf needs OUT.pdf</source>
        <translation>--pdf behöver OUT.pdf</translation>
    </message>
    <message>
        <source>whichever board answers</source>
        <translation>den nämnd som svarar</translation>
    </message>
</context>
<context>
    <name>CommentMerge</name>
    <message>
        <source>the field it is about no longer exists</source>
        <translation>fältet som kommentaren gäller finns inte längre</translation>
    </message>
    <message>
        <source>the quoted text has changed since the comment was written</source>
        <translation>den citerade texten har ändrats sedan kommentaren skrevs</translation>
    </message>
</context>
<context>
    <name>CommentsPane</name>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Which comments</source>
        <translation>Vilka kommentarer</translation>
    </message>
    <message>
        <source>On this part</source>
        <translation>På den här delen</translation>
    </message>
    <message>
        <source>On the whole statement</source>
        <translation>På hela yttrandet</translation>
    </message>
    <message>
        <source>Show r&amp;esolved</source>
        <translation>Visa &amp;lösta</translation>
    </message>
    <message>
        <source>&amp;Comment…</source>
        <translation>&amp;Kommentera…</translation>
    </message>
    <message>
        <source>Re&amp;ply…</source>
        <translation>&amp;Svara…</translation>
    </message>
    <message>
        <source>Resol&amp;ve</source>
        <translation>Markera som l&amp;öst</translation>
    </message>
    <message>
        <source>&amp;Go to Field</source>
        <translation>&amp;Gå till fältet</translation>
    </message>
    <message>
        <source>Comment text</source>
        <translation>Kommentarens text</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Granskningens historik</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Versions</source>
        <translation>Jämför versioner</translation>
    </message>
    <message>
        <source>&amp;Older version:</source>
        <translation>&amp;Äldre version:</translation>
    </message>
    <message>
        <source>The version sent out for review, for example</source>
        <translation>Till exempel versionen som skickades ut för granskning</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the older version</source>
        <translation>Välj den äldre versionen</translation>
    </message>
    <message>
        <source>&amp;Newer version:</source>
        <translation>&amp;Nyare version:</translation>
    </message>
    <message>
        <source>The open statement, as it is now</source>
        <translation>Det öppna yttrandet, som det är nu</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Bl&amp;äddra…</translation>
    </message>
    <message>
        <source>Choose the newer version</source>
        <translation>Välj den nyare versionen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Jämför</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Skillnader</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>Audit</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Reading guide</source>
        <translation>Läsanvisningar</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservationer</translation>
    </message>
    <message>
        <source>Statement details</source>
        <translation>Uppgifter om yttrandet</translation>
    </message>
    <message>
        <source>Measure “%1”</source>
        <translation>Åtgärd &quot;%1&quot;</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>avser</translation>
    </message>
    <message>
        <source>Signature %1</source>
        <translation>Underskrift %1</translation>
    </message>
    <message>
        <source>%1: added</source>
        <translation>%1: tillagd</translation>
    </message>
    <message>
        <source>%1: removed</source>
        <translation>%1: borttagen</translation>
    </message>
    <message>
        <source>%1: moved from place %2 to %3</source>
        <translation>%1: flyttad från plats %2 till %3</translation>
    </message>
    <message>
        <source>%1: status changed from %2 to %3</source>
        <translation>%1: status ändrad från %2 till %3</translation>
    </message>
    <message>
        <source>%1: %2 changed</source>
        <translation>%1: %2 har ändrats</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>&quot;%1&quot; is not a deadline: use YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Tn, YYYY-Hn, YYYY or &quot;ongoing&quot;</source>
        <translation>&quot;%1&quot; är ingen giltig tidpunkt: använd ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ-Qn, ÅÅÅÅ-Tn, ÅÅÅÅ-Hn, ÅÅÅÅ eller &quot;ongoing&quot; (löpande)</translation>
    </message>
</context>
<context>
    <name>DeadlineText</name>
    <message>
        <source>&quot;%1&quot; is not a deadline Yttra can read: write a day (2022-06-07 or 7 juni 2022), a month (juni 2022), a quarter (Q1 2021), a tertial (tertial 1 2023), a half-year (andra halvåret 2022), a year (2022) or &quot;löpande&quot;</source>
        <translation>&quot;%1&quot; är ingen tidpunkt som Yttra kan läsa: skriv en dag (2022-06-07 eller 7 juni 2022), en månad (juni 2022), ett kvartal (Q1 2021), ett tertial (tertial 1 2023), ett halvår (andra halvåret 2022), ett år (2022) eller &quot;löpande&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day in the calendar</source>
        <translation>&quot;%1&quot; finns inte i kalendern</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a year has quarters 1-4, tertials 1-3 and half-years 1-2</source>
        <translation>&quot;%1&quot;: ett år har kvartal 1-4, tertial 1-3 och halvår 1-2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a season, which has no last day: write for example &quot;första halvåret 2022&quot; or &quot;juni 2022&quot;</source>
        <translation>&quot;%1&quot; anger en årstid, som inte har någon sista dag: skriv till exempel &quot;första halvåret 2022&quot; eller &quot;juni 2022&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; says when the work starts or is halfway, not when it is done at the latest</source>
        <translation>&quot;%1&quot; anger när arbetet börjar eller är halvvägs, inte när det senast ska vara genomfört</translation>
    </message>
    <message>
        <source>&quot;%1&quot; gives no year</source>
        <translation>&quot;%1&quot; anger inget år</translation>
    </message>
</context>
<context>
    <name>DetailFinder</name>
    <message>
        <source>The audit&apos;s title was taken from the page headers: check it.</source>
        <translation>Granskningens titel har hämtats från sidhuvudena: kontrollera den.</translation>
    </message>
    <message>
        <source>first statement</source>
        <translation>det första yttrandet</translation>
    </message>
    <message>
        <source>follow-up statement</source>
        <translation>det uppföljande yttrandet</translation>
    </message>
    <message>
        <source>%1&apos;s %2 is due %3 by one passage and %4 by another; %3 was used, since that passage names the board.</source>
        <translation>Enligt ett ställe i rapporten ska %2 från %1 lämnas senast %3, enligt ett annat senast %4; %3 har använts eftersom det stället nämner nämnden.</translation>
    </message>
    <message>
        <source>%1&apos;s %2 is due %3 by one passage and %4 by another; %3 was used: check it.</source>
        <translation>Enligt ett ställe i rapporten ska %2 från %1 lämnas senast %3, enligt ett annat senast %4; %3 har använts: kontrollera det.</translation>
    </message>
    <message>
        <source>A due date names no board; it was taken for every board addressed: check it.</source>
        <translation>En sista svarsdag nämner ingen nämnd; den har använts för alla berörda nämnder: kontrollera det.</translation>
    </message>
    <message>
        <source>The due date on page %1 is written without a year; %2, the first such day after the letter&apos;s date %3, was used: check it.</source>
        <translation>Sista svarsdagen på sidan %1 anges utan år; %2, den första sådana dagen efter missivets datum %3, användes: kontrollera den.</translation>
    </message>
    <message>
        <source>The due date is written without a year; %1, the first such day after the letter&apos;s date %2, was used: check it.</source>
        <translation>Sista svarsdagen anges utan år; %1, den första sådana dagen efter missivets datum %2, användes: kontrollera den.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Statement details</source>
        <translation>Uppgifter om yttrandet</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Yttrande</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Kind of statement</source>
        <translation>Typ av yttrande</translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation>&amp;Nämnd:</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Nämnd</translation>
    </message>
    <message>
        <source>e.g. Kommunstyrelsen (required)</source>
        <translation>t.ex. Kommunstyrelsen (obligatoriskt)</translation>
    </message>
    <message>
        <source>O&amp;ffice:</source>
        <translation>&amp;Förvaltning:</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>e.g. Stadskontoret</source>
        <translation>t.ex. Stadskontoret</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>&amp;Diarienummer:</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Diarienummer</translation>
    </message>
    <message>
        <source>e.g. STK-2021-158</source>
        <translation>t.ex. STK-2021-158</translation>
    </message>
    <message>
        <source>Da&amp;te:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Language of the statement</source>
        <translation>Yttrandets språk</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Utskick</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Mottagare:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>e.g. Revisorskollegiet</source>
        <translation>t.ex. Revisorskollegiet</translation>
    </message>
    <message>
        <source>D&amp;ue date:</source>
        <translation>Sista s&amp;varsdag:</translation>
    </message>
    <message>
        <source>Time left until the due date</source>
        <translation>Tid kvar till sista svarsdag</translation>
    </message>
    <message>
        <source>&amp;Send to:</source>
        <translation>Svarsadr&amp;ess:</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Svarsadress</translation>
    </message>
    <message>
        <source>e.g. the auditors&apos; registry e-mail address</source>
        <translation>t.ex. revisorernas e-postadress till registraturen</translation>
    </message>
    <message>
        <source>Period the follow-up reports on</source>
        <translation>Period som uppföljningen avser</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Fr&amp;ån:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;ill:</translation>
    </message>
    <message>
        <source>In a first statement the end of the period is optional: deadlines after it are flagged, since the follow-up could not report them done.</source>
        <translation>I ett första yttrande är periodens slut valfritt: tidpunkter efter den markeras, eftersom uppföljningen inte skulle kunna redovisa dem som genomförda.</translation>
    </message>
    <message>
        <source>Lo&amp;go:</source>
        <translation>Lo&amp;gotyp:</translation>
    </message>
    <message>
        <source>The logo on the first page</source>
        <translation>Logotypen på första sidan</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>V&amp;älj…</translation>
    </message>
    <message>
        <source>The board&apos;s logo (PNG or SVG) for the header of the first page, in the PDF and in Word</source>
        <translation>Nämndens logotyp (PNG eller SVG) i sidhuvudet på första sidan, i PDF och i Word</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>The statement&apos;s own logo goes; the board&apos;s logo from the settings, if any, is used instead</source>
        <translation>Yttrandets egen logotyp tas bort; nämndens logotyp i inställningarna, om det finns någon, används i stället</translation>
    </message>
    <message>
        <source>Logo descri&amp;ption:</source>
        <translation>Logotypens &amp;beskrivning:</translation>
    </message>
    <message>
        <source>Logo description</source>
        <translation>Logotypens beskrivning</translation>
    </message>
    <message>
        <source>e.g. Malmö stad (empty: the logo is decoration)</source>
        <translation>t.ex. Malmö stad (tom: logotypen är dekoration)</translation>
    </message>
    <message>
        <source>Read aloud by screen readers instead of the logo. Leave it empty when the logo says nothing the page does not say already.</source>
        <translation>Läses upp av skärmläsare i stället för logotypen. Lämna tomt när logotypen inte säger något som inte redan står på sidan.</translation>
    </message>
</context>
<context>
    <name>DocxExporter</name>
    <message>
        <source>there is no such template</source>
        <translation>mallen finns inte</translation>
    </message>
    <message>
        <source>the template cannot be used: %1</source>
        <translation>mallen kan inte användas: %1</translation>
    </message>
    <message>
        <source>the template holds macros (.docm/.dotm), which a .docx cannot carry: save it as a .dotx or .docx</source>
        <translation>mallen innehåller makron (.docm/.dotm), som en .docx inte kan bära: spara den som .dotx eller .docx</translation>
    </message>
    <message>
        <source>the template has no content control or bookmark named Yttrande: the statement is put at the end of its body</source>
        <translation>mallen har ingen innehållskontroll eller bokmärke som heter Yttrande: yttrandet läggs sist i dokumentet</translation>
    </message>
    <message>
        <source>the Word document could not be packed: %1</source>
        <translation>Worddokumentet kunde inte packas: %1</translation>
    </message>
    <message>
        <source>it is the template itself</source>
        <translation>det är själva mallen</translation>
    </message>
</context>
<context>
    <name>DocxPackage</name>
    <message>
        <source>it is protected by a password (Word keeps encrypted documents in an OLE container), or it is an old Word 97–2003 document (.doc/.dot): save it as a .docx or .dotx without a password</source>
        <translation>det är skyddat med lösenord (Word lägger krypterade dokument i en OLE-behållare), eller är ett gammalt Word 97–2003-dokument (.doc/.dot): spara det som .docx eller .dotx utan lösenord</translation>
    </message>
    <message>
        <source>it is not a Word document (.docx or .dotx)</source>
        <translation>det är inget Worddokument (.docx eller .dotx)</translation>
    </message>
    <message>
        <source>it is encrypted: %1</source>
        <translation>det är krypterat: %1</translation>
    </message>
    <message>
        <source>it is a damaged Word document: %1</source>
        <translation>det är ett skadat Worddokument: %1</translation>
    </message>
    <message>
        <source>it is a zip archive but not a Word document: it has no [Content_Types].xml</source>
        <translation>det är ett zip-arkiv men inget Worddokument: det saknar [Content_Types].xml</translation>
    </message>
    <message>
        <source>it is a zip archive but not a Word document: it has no main document part</source>
        <translation>det är ett zip-arkiv men inget Worddokument: det saknar huvuddokument</translation>
    </message>
    <message>
        <source>it is not a Word document: its main part is %1</source>
        <translation>det är inget Worddokument: dess huvuddel är %1</translation>
    </message>
    <message>
        <source>of no declared type</source>
        <translation>utan angiven typ</translation>
    </message>
    <message>
        <source>its main document part %1 has no body</source>
        <translation>dess huvuddokument %1 har ingen brödtext (w:body)</translation>
    </message>
    <message>
        <source>it has no part %1</source>
        <translation>det saknar delen %1</translation>
    </message>
    <message>
        <source>its part %1 is not well-formed XML (%2)</source>
        <translation>dess del %1 är inte välformad XML (%2)</translation>
    </message>
    <message>
        <source>its part %1 is larger than %2 MB; Word documents that large are refused</source>
        <translation>dess del %1 är större än %2 MB; så stora Word-dokument avvisas</translation>
    </message>
</context>
<context>
    <name>DocxTemplateFill</name>
    <message>
        <source>the template&apos;s field %1 is left as it is: no author was given</source>
        <translation>mallens fält %1 lämnas som det är: ingen handläggare angavs</translation>
    </message>
    <message>
        <source>the template&apos;s field %1 is left as it is: the statement has no value for it</source>
        <translation>mallens fält %1 lämnas som det är: yttrandet saknar värde för det</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Yttra statements (*.yttrande);;All files (*)</source>
        <translation>Yttranden från Yttra (*.yttrande);;Alla filer (*)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Worddokument (*.docx)</translation>
    </message>
    <message>
        <source>Word templates and documents (*.dotx *.docx);;All files (*)</source>
        <translation>Wordmallar och Worddokument (*.dotx *.docx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Word Template for %1</source>
        <translation>Wordmall för %1</translation>
    </message>
    <message>
        <source>Cannot use the Word template</source>
        <translation>Wordmallen kan inte användas</translation>
    </message>
    <message>
        <source>Images (*.png *.svg);;All files (*)</source>
        <translation>Bilder (*.png *.svg);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Cannot use the logo</source>
        <translation>Logotypen kan inte användas</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>a follow-up is derived from a first statement; this one is already a follow-up</source>
        <translation>ett uppföljande yttrande utgår från ett första yttrande; detta är redan ett uppföljande yttrande</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD</source>
        <translation>&quot;%1&quot; är inte ett datum: använd ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>perioden slutar (%1) innan den börjar (%2)</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>New Follow-up Statement</source>
        <translation>Nytt uppföljande yttrande</translation>
    </message>
    <message>
        <source>The follow-up statement keeps every item, its planned measures, expected effect and deadline, and the measure register with each measure&apos;s status. The date, the due date and the summary start empty, as do the measures taken and the effect achieved. The statement open now is not changed.</source>
        <translation>Det uppföljande yttrandet behåller varje punkt med dess planerade åtgärder, förväntade effekt och tidpunkt för genomförande, samt åtgärdsregistret med varje åtgärds status. Datum, sista svarsdag och sammanfattning är tomma från början, liksom hittills vidtagna åtgärder och effekt i verksamheten. Yttrandet som är öppet nu ändras inte.</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Period &amp;från:</translation>
    </message>
    <message>
        <source>Period &amp;to:</source>
        <translation>Period &amp;till:</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>New Statement from Audit Report</source>
        <translation>Nytt yttrande från granskningsrapport</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Det som hittades</translation>
    </message>
    <message>
        <source>Responding &amp;board:</source>
        <translation>Svarande &amp;nämnd:</translation>
    </message>
    <message>
        <source>Responding board</source>
        <translation>Svarande nämnd</translation>
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation>&amp;Yttrande:</translation>
    </message>
    <message>
        <source>Kind of statement</source>
        <translation>Typ av yttrande</translation>
    </message>
    <message>
        <source>Items found in the report</source>
        <translation>Punkter som hittades i rapporten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <source>How the board was understood</source>
        <translation>Hur nämnden tolkades</translation>
    </message>
    <message>
        <source>&amp;Items found: tick those to answer (Space), edit a text with F2 or a double-click. Beside them, where the selected item is in the report:</source>
        <translation>&amp;Punkter som hittades: kryssa för dem som ska besvaras (mellanslag), redigera en text med F2 eller ett dubbelklick. Bredvid syns var i rapporten den valda punkten står:</translation>
    </message>
    <message>
        <source>Items chosen</source>
        <translation>Valda punkter</translation>
    </message>
</context>
<context>
    <name>ItemFinder</name>
    <message>
        <source>The recommendation at %1 is marked as done in the report, so it is not selected.</source>
        <translation>Rekommendationen %1 är markerad som genomförd i rapporten och har därför inte valts.</translation>
    </message>
    <message>
        <source>The recommendation at %1 is listed as done in the report, so it is not selected.</source>
        <translation>Rekommendationen %1 anges som genomförd i rapporten och har därför inte valts.</translation>
    </message>
    <message>
        <source>page %1, section %2</source>
        <translation>på sidan %1, i avsnitt %2</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>på sidan %1</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>i avsnitt %1</translation>
    </message>
    <message>
        <source>the beginning of the report</source>
        <translation>i början av rapporten</translation>
    </message>
    <message>
        <source>The same text stands at %1 and at %2 with slightly different wording; the %3 one was kept: check it.</source>
        <translation>Samma text står %1 och %2 med något olika formulering; den %3 behölls: kontrollera den.</translation>
    </message>
    <message>
        <source>second</source>
        <translation>andra</translation>
    </message>
    <message>
        <source>first</source>
        <translation>första</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Typ av punkt</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Nummer:</translation>
    </message>
    <message>
        <source>Number in the report</source>
        <translation>Nummer i rapporten</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>A&amp;vsnitt:</translation>
    </message>
    <message>
        <source>Section in the report</source>
        <translation>Avsnitt i rapporten</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>&amp;Addressed to:</source>
        <translation>&amp;Adressat:</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Adressat</translation>
    </message>
    <message>
        <source>The auditors&apos; &amp;text:</source>
        <translation>Revisorernas te&amp;xt:</translation>
    </message>
    <message>
        <source>The board&apos;s response</source>
        <translation>Nämndens svar</translation>
    </message>
    <message>
        <source>Not this board&apos;s, &amp;because:</source>
        <translation>Besvaras inte av nämnden, &amp;eftersom:</translation>
    </message>
    <message>
        <source>Reason the item is not this board&apos;s</source>
        <translation>Skäl till att nämnden inte besvarar punkten</translation>
    </message>
    <message>
        <source>Leave empty when the board answers the item</source>
        <translation>Lämna tomt när nämnden besvarar punkten</translation>
    </message>
    <message>
        <source>Planned &amp;measures:</source>
        <translation>Planerade &amp;åtgärder:</translation>
    </message>
    <message>
        <source>&amp;Expected effect:</source>
        <translation>&amp;Förväntad effekt:</translation>
    </message>
    <message>
        <source>&amp;Done at the latest:</source>
        <translation>&amp;Genomförs senast:</translation>
    </message>
    <message>
        <source>Measures &amp;taken so far:</source>
        <translation>&amp;Hittills vidtagna åtgärder:</translation>
    </message>
    <message>
        <source>Effect &amp;achieved:</source>
        <translation>Effekt i verk&amp;samheten:</translation>
    </message>
    <message>
        <source>Measures in the register answering this item</source>
        <translation>Åtgärder i registret som besvarar punkten</translation>
    </message>
    <message>
        <source>Linked measures</source>
        <translation>Kopplade åtgärder</translation>
    </message>
    <message>
        <source>&amp;Link Measures…</source>
        <translation>&amp;Koppla åtgärder…</translation>
    </message>
    <message>
        <source>New Measure for This &amp;Item</source>
        <translation>Ny åtgärd för denna &amp;punkt</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>a string</source>
        <translation>en sträng</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>an unknown value</source>
        <translation>ett okänt värde</translation>
    </message>
    <message>
        <source>expected an object but found %1</source>
        <translation>förväntade ett objekt men hittade %1</translation>
    </message>
    <message>
        <source>the required member &quot;%1&quot; is missing</source>
        <translation>det obligatoriska fältet &quot;%1&quot; saknas</translation>
    </message>
    <message>
        <source>expected a string but found %1</source>
        <translation>förväntade en sträng men hittade %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>värdet får inte vara tomt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use letters A-Z, digits, &quot;-&quot; and &quot;_&quot;</source>
        <translation>&quot;%1&quot; är inte ett giltigt id: använd bokstäverna A–Z (utan å, ä, ö), siffror, &quot;-&quot; och &quot;_&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD, or leave it empty</source>
        <translation>&quot;%1&quot; är inte ett datum: använd ÅÅÅÅ-MM-DD eller lämna fältet tomt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time stamp: use YYYY-MM-DDThh:mm:ss+hh:mm</source>
        <translation>&quot;%1&quot; är inte en tidsstämpel: använd ÅÅÅÅ-MM-DDTtt:mm:ss+tt:mm</translation>
    </message>
    <message>
        <source>expected true or false but found %1</source>
        <translation>förväntade true eller false men hittade %1</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of: %2</source>
        <translation>okänt värde &quot;%1&quot;; tillåtna värden är: %2</translation>
    </message>
    <message>
        <source>expected an array but found %1</source>
        <translation>förväntade en lista men hittade %1</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by an earlier item</source>
        <translation>id:t &quot;%1&quot; används redan av en tidigare punkt</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by an earlier measure</source>
        <translation>id:t &quot;%1&quot; används redan av en tidigare åtgärd</translation>
    </message>
    <message>
        <source>links to the item &quot;%1&quot;, which does not exist</source>
        <translation>hänvisar till punkten &quot;%1&quot;, som inte finns</translation>
    </message>
    <message>
        <source>links to the item &quot;%1&quot; twice</source>
        <translation>hänvisar två gånger till punkten &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by an earlier comment</source>
        <translation>id:t &quot;%1&quot; används redan av en tidigare kommentar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Yttra statement (expected &quot;yttra-statement&quot;)</source>
        <translation>&quot;%1&quot; är inte ett yttrande från Yttra (förväntade &quot;yttra-statement&quot;)</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1</source>
        <translation>förväntade ett heltal som är minst 1</translation>
    </message>
    <message>
        <source>This file was written by a newer version of Yttra (format version %1; this version knows %2). It is opened read-only so that nothing the newer version wrote is lost.</source>
        <translation>Filen har skrivits av en nyare version av Yttra (formatversion %1; den här versionen kan version %2). Den öppnas skrivskyddad så att inget som den nyare versionen har skrivit går förlorat.</translation>
    </message>
    <message>
        <source>the image is not valid base64</source>
        <translation>bilden är inte giltig base64</translation>
    </message>
    <message>
        <source>the logo is left out: %1</source>
        <translation>logotypen utelämnas: %1</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>the file holds no JSON value</source>
        <translation>filen innehåller inget JSON-värde</translation>
    </message>
    <message>
        <source>unexpected text after the end of the JSON value</source>
        <translation>oväntad text efter JSON-värdets slut</translation>
    </message>
    <message>
        <source>the end of the file</source>
        <translation>filens slut</translation>
    </message>
    <message>
        <source>a control character</source>
        <translation>ett styrtecken</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>nästlingen är djupare än %1 nivåer</translation>
    </message>
    <message>
        <source>expected a value but found %1</source>
        <translation>förväntade ett värde men hittade %1</translation>
    </message>
    <message>
        <source>malformed number</source>
        <translation>felaktigt tal</translation>
    </message>
    <message>
        <source>malformed number: a digit must follow the decimal point</source>
        <translation>felaktigt tal: en siffra måste följa efter decimalpunkten</translation>
    </message>
    <message>
        <source>malformed number: a digit must follow the exponent</source>
        <translation>felaktigt tal: en siffra måste följa efter exponenttecknet</translation>
    </message>
    <message>
        <source>a string is not closed before the end of the file</source>
        <translation>en sträng avslutas inte före filens slut</translation>
    </message>
    <message>
        <source>a line break inside a string (write it as \n)</source>
        <translation>en radbrytning inuti en sträng (skriv den som \n)</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>ett styrtecken inuti en sträng</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>\u måste följas av fyra hexadecimala siffror</translation>
    </message>
    <message>
        <source>an unpaired UTF-16 surrogate in a \u escape</source>
        <translation>ett oparat UTF-16-surrogat i en \u-sekvens</translation>
    </message>
    <message>
        <source>unknown escape sequence \%1 in a string</source>
        <translation>okänd escape-sekvens \%1 i en sträng</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;]&quot; in an array but found %1</source>
        <translation>förväntade &quot;,&quot; eller &quot;]&quot; i en lista men hittade %1</translation>
    </message>
    <message>
        <source>expected a member name in quotes but found %1</source>
        <translation>förväntade ett fältnamn inom citattecken men hittade %1</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears twice in the same object</source>
        <translation>fältet &quot;%1&quot; förekommer två gånger i samma objekt</translation>
    </message>
    <message>
        <source>expected &quot;:&quot; after a member name but found %1</source>
        <translation>förväntade &quot;:&quot; efter ett fältnamn men hittade %1</translation>
    </message>
    <message>
        <source>expected &quot;,&quot; or &quot;}&quot; in an object but found %1</source>
        <translation>förväntade &quot;,&quot; eller &quot;}&quot; i ett objekt men hittade %1</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (byte 0x%1); save the file as UTF-8</source>
        <translation>texten är inte giltig UTF-8 (byte 0x%1); spara filen som UTF-8</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Filter</source>
        <translation>Filtrera</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Val</translation>
    </message>
</context>
<context>
    <name>LockFile</name>
    <message>
        <source>someone (the lock file does not say who)</source>
        <translation>någon (låsfilen anger inte vem)</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>okänd tidpunkt</translation>
    </message>
    <message>
        <source>%1 on %2 since %3</source>
        <translation>%1 på %2 sedan %3</translation>
    </message>
    <message>
        <source>the lock file %1 cannot be written: %2</source>
        <translation>låsfilen %1 kan inte skrivas: %2</translation>
    </message>
    <message>
        <source>%1 was left locked by %2, whose program is no longer running</source>
        <translation>%1 lämnades låst av %2, vars program inte längre körs</translation>
    </message>
    <message>
        <source>%1 is being edited by %2</source>
        <translation>%1 redigeras av %2</translation>
    </message>
    <message>
        <source>the old lock cannot be removed</source>
        <translation>det gamla låset kan inte tas bort</translation>
    </message>
    <message>
        <source>another program keeps locking it</source>
        <translation>ett annat program låser den hela tiden</translation>
    </message>
    <message>
        <source>the lock cannot be removed: %1</source>
        <translation>låset kan inte tas bort: %1</translation>
    </message>
    <message>
        <source>Someone has the file open; the lock file does not say who.</source>
        <translation>Någon har filen öppen; låsfilen säger inte vem.</translation>
    </message>
    <message>
        <source>%1 has the file open on %2.</source>
        <translation>%1 har filen öppen på %2.</translation>
    </message>
    <message>
        <source>%1 has the file open on %2 since %3.</source>
        <translation>%1 har filen öppen på %2 sedan %3.</translation>
    </message>
</context>
<context>
    <name>LogoImage</name>
    <message>
        <source>the logo holds no image</source>
        <translation>logotypen innehåller ingen bild</translation>
    </message>
    <message>
        <source>the logo is neither a PNG nor an SVG image</source>
        <translation>logotypen är varken en PNG- eller en SVG-bild</translation>
    </message>
    <message>
        <source>the logo&apos;s PNG image is %1 × %2 pixels; a logo may have at most %3 pixels on a side</source>
        <translation>logotypens PNG-bild är %1 × %2 bildpunkter; en logotyp får ha högst %3 bildpunkter per sida</translation>
    </message>
    <message>
        <source>the logo&apos;s PNG image cannot be read (%1)</source>
        <translation>logotypens PNG-bild kan inte läsas (%1)</translation>
    </message>
    <message>
        <source>the logo&apos;s SVG image cannot be read (%1)</source>
        <translation>logotypens SVG-bild kan inte läsas (%1)</translation>
    </message>
    <message>
        <source>the logo&apos;s SVG image has no size: its &lt;svg&gt; element needs a viewBox, or a width and height</source>
        <translation>logotypens SVG-bild saknar storlek: dess &lt;svg&gt;-element behöver en viewBox, eller width och height</translation>
    </message>
    <message>
        <source>the logo&apos;s SVG image cannot be drawn (%1)</source>
        <translation>logotypens SVG-bild kan inte ritas (%1)</translation>
    </message>
    <message>
        <source>the logo&apos;s image is empty</source>
        <translation>logotypens bild är tom</translation>
    </message>
    <message>
        <source>The logo %1 does not exist.</source>
        <translation>Logotypen %1 finns inte.</translation>
    </message>
    <message>
        <source>The logo %1 is not a file.</source>
        <translation>Logotypen %1 är inte en fil.</translation>
    </message>
    <message>
        <source>The logo %1 is %2 MB; a logo may be at most %3 MB.</source>
        <translation>Logotypen %1 är %2 MB; en logotyp får vara högst %3 MB.</translation>
    </message>
    <message>
        <source>The logo %1 cannot be read: %2</source>
        <translation>Logotypen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>The logo %1 is neither a PNG nor an SVG image.</source>
        <translation>Logotypen %1 är varken en PNG- eller en SVG-bild.</translation>
    </message>
    <message>
        <source>The logo %1 cannot be used: %2.</source>
        <translation>Logotypen %1 kan inte användas: %2.</translation>
    </message>
    <message>
        <source>the logo is left out: %1</source>
        <translation>logotypen utelämnas: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Yttra</source>
        <translation>Yttra</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;About Yttra</source>
        <translation>&amp;Om Yttra</translation>
    </message>
    <message>
        <source>Write the action plan as an Excel workbook</source>
        <translation>Skriv handlingsplanen som en Excel-arbetsbok</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Öppna senas&amp;te</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;New Statement</source>
        <translation>&amp;Nytt yttrande</translation>
    </message>
    <message>
        <source>New from the &amp;Example</source>
        <translation>Nytt från &amp;exemplet</translation>
    </message>
    <message>
        <source>A new statement that starts as a copy of the built-in example</source>
        <translation>Ett nytt yttrande som börjar som en kopia av det inbyggda exemplet</translation>
    </message>
    <message>
        <source>New &amp;Follow-up from This Statement…</source>
        <translation>Nytt uppföljande yttrande &amp;från detta yttrande…</translation>
    </message>
    <message>
        <source>Start the follow-up statement from this first statement</source>
        <translation>Påbörja det uppföljande yttrandet utifrån detta första yttrande</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
    <message>
        <source>Export to &amp;PDF…</source>
        <translation>Exportera till &amp;PDF…</translation>
    </message>
    <message>
        <source>Write the statement as a PDF in the auditors&apos; template</source>
        <translation>Skriv yttrandet som PDF enligt revisorernas mall</translation>
    </message>
    <message>
        <source>Export to &amp;Excel…</source>
        <translation>Exportera till E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Print the statement as the preview shows it</source>
        <translation>Skriv ut yttrandet så som förhandsvisningen visar det</translation>
    </message>
    <message>
        <source>&amp;Close Statement</source>
        <translation>Stän&amp;g yttrande</translation>
    </message>
    <message>
        <source>Statement &amp;Details</source>
        <translation>&amp;Uppgifter om yttrandet</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Granskning</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Sammanfattning</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Punkter</translation>
    </message>
    <message>
        <source>&amp;Measures Register</source>
        <translation>&amp;Åtgärdsregister</translation>
    </message>
    <message>
        <source>Si&amp;gnatures</source>
        <translation>U&amp;nderskrifter</translation>
    </message>
    <message>
        <source>&amp;Previous Part</source>
        <translation>Föregående &amp;del</translation>
    </message>
    <message>
        <source>&amp;Next Part</source>
        <translation>Nästa d&amp;el</translation>
    </message>
    <message>
        <source>Next Pa&amp;ne</source>
        <translation>Nästa &amp;ruta</translation>
    </message>
    <message>
        <source>Move between the navigator, the form and the panels</source>
        <translation>Flytta mellan navigatorn, formuläret och panelerna</translation>
    </message>
    <message>
        <source>Previous Pan&amp;e</source>
        <translation>Föregående ru&amp;ta</translation>
    </message>
    <message>
        <source>New from Audit &amp;Report…</source>
        <translation>Nytt från gransknings&amp;rapport…</translation>
    </message>
    <message>
        <source>Start a statement from the auditors&apos; report (PDF or text): its recommendations, questions and details</source>
        <translation>Påbörja ett yttrande utifrån revisorernas rapport (PDF eller text): dess rekommendationer, frågor och uppgifter</translation>
    </message>
    <message>
        <source>Export to &amp;Word…</source>
        <translation>Exportera till &amp;Word…</translation>
    </message>
    <message>
        <source>Write the statement as a Word document, in the board&apos;s Word template, for a review in Word or the case system</source>
        <translation>Skriv yttrandet som Worddokument i nämndens Wordmall, för granskning i Word eller för ärendehanteringssystemet</translation>
    </message>
    <message>
        <source>Word &amp;Template for This Board…</source>
        <translation>Word&amp;mall för den här nämnden…</translation>
    </message>
    <message>
        <source>Choose the Word template this board&apos;s documents are made in, or go back to Yttra&apos;s built-in template</source>
        <translation>Välj den Wordmall som nämndens dokument görs i, eller gå tillbaka till Yttras inbyggda mall</translation>
    </message>
    <message>
        <source>Import Re&amp;view from Word…</source>
        <translation>&amp;Läs in granskning från Word…</translation>
    </message>
    <message>
        <source>Take back the comments and the changed text of a Word document exported from this statement and reviewed in Word</source>
        <translation>Ta tillbaka kommentarerna och den ändrade texten från ett Worddokument som exporterats från det här yttrandet och granskats i Word</translation>
    </message>
    <message>
        <source>Open Rea&amp;d-Only…</source>
        <translation>Öppna s&amp;krivskyddat…</translation>
    </message>
    <message>
        <source>Open a statement to read, print or export without changing it, and without keeping others from editing it</source>
        <translation>Öppna ett yttrande för att läsa, skriva ut eller exportera det utan att ändra det, och utan att hindra andra från att redigera det</translation>
    </message>
</context>
<context>
    <name>MeasuresPage</name>
    <message>
        <source>Measures register</source>
        <translation>Åtgärdsregister</translation>
    </message>
    <message>
        <source>Filter by title, responsible, case or comment</source>
        <translation>Filtrera på titel, ansvarig, ärende eller kommentar</translation>
    </message>
    <message>
        <source>Filter measures</source>
        <translation>Filtrera åtgärder</translation>
    </message>
    <message>
        <source>Show measures with status</source>
        <translation>Visa åtgärder med status</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>&amp;Add Measure</source>
        <translation>&amp;Lägg till åtgärd</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Selected measure</source>
        <translation>Vald åtgärd</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title of the measure</source>
        <translation>Åtgärdens titel</translation>
    </message>
    <message>
        <source>Short name of the measure (required)</source>
        <translation>Kort namn på åtgärden (obligatoriskt)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Senast &amp;genomförd:</translation>
    </message>
    <message>
        <source>Res&amp;ponsible:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>Ä&amp;rende:</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Ärendets diarienummer</translation>
    </message>
    <message>
        <source>e.g. STK-2021-1717</source>
        <translation>t.ex. STK-2021-1717</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Beskri&amp;vning:</translation>
    </message>
    <message>
        <source>Answers:</source>
        <translation>Avser:</translation>
    </message>
    <message>
        <source>Items the measure answers</source>
        <translation>Punkter som åtgärden avser</translation>
    </message>
    <message>
        <source>Link &amp;Items…</source>
        <translation>Koppla &amp;punkter…</translation>
    </message>
</context>
<context>
    <name>PagePrinter</name>
    <message>
        <source>the statement has no pages to print</source>
        <translation>yttrandet har inga sidor att skriva ut</translation>
    </message>
    <message>
        <source>the printer cannot be started</source>
        <translation>skrivaren kan inte startas</translation>
    </message>
    <message>
        <source>the printer stopped at page %1</source>
        <translation>skrivaren stannade vid sidan %1</translation>
    </message>
</context>
<context>
    <name>PageRecognizer</name>
    <message>
        <source>text recognition needs Tesseract&apos;s Swedish language data, which is not installed; install the package tesseract-ocr-swe (Debian, Ubuntu) or import a PDF with text</source>
        <translation>textigenkänningen behöver Tesseracts svenska språkdata, som inte är installerade; installera paketet tesseract-ocr-swe (Debian, Ubuntu) eller läs in en PDF med text</translation>
    </message>
    <message>
        <source>the page could not be rendered for text recognition</source>
        <translation>sidan kunde inte ritas upp för textigenkänning</translation>
    </message>
    <message>
        <source>text recognition failed on this page</source>
        <translation>textigenkänningen misslyckades på den här sidan</translation>
    </message>
</context>
<context>
    <name>PdfArchive</name>
    <message>
        <source>the sRGB colour profile is missing from Yttra&apos;s resources</source>
        <translation>sRGB-färgprofilen saknas i Yttras resurser</translation>
    </message>
    <message>
        <source>the PDF could not be made archive-grade: %1</source>
        <translation>PDF-filen kunde inte göras arkivbeständig: %1</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>the document has not been laid out</source>
        <translation>sidlayouten för dokumentet har inte beräknats</translation>
    </message>
    <message>
        <source>cairo could not draw the PDF: %1</source>
        <translation>cairo kunde inte rita PDF-filen: %1</translation>
    </message>
</context>
<context>
    <name>PdfFontCheck</name>
    <message>
        <source>fontconfig could not be initialised, so no font can be found</source>
        <translation>fontconfig kunde inte initieras, så inget typsnitt kan hittas</translation>
    </message>
    <message>
        <source>the font family “%1” (%2) is not installed%3; install it (Debian: fonts-liberation2 for Liberation Serif, fonts-crosextra-carlito for Carlito)</source>
        <translation>typsnittsfamiljen &quot;%1&quot; (%2) är inte installerad%3; installera den (Debian: fonts-liberation2 för Liberation Serif, fonts-crosextra-carlito för Carlito)</translation>
    </message>
    <message>
        <source> (fontconfig would use “%1” instead)</source>
        <translation> (fontconfig skulle använda &quot;%1&quot; i stället)</translation>
    </message>
    <message>
        <source>the font “%1” (%2) lacks letters a Swedish statement needs (å, ä, ö)</source>
        <translation>typsnittet &quot;%1&quot; (%2) saknar bokstäver som ett svenskt yttrande behöver (å, ä, ö)</translation>
    </message>
</context>
<context>
    <name>ProposedChangesDialog</name>
    <message>
        <source>Review from Word</source>
        <translation>Granskning från Word</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>&amp;Changes proposed in Word:</source>
        <translation>&amp;Ändringar som föreslagits i Word:</translation>
    </message>
    <message>
        <source>Changes proposed in Word</source>
        <translation>Ändringar som föreslagits i Word</translation>
    </message>
    <message>
        <source>The change, word by word</source>
        <translation>Ändringen, ord för ord</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Godta</translation>
    </message>
    <message>
        <source>Take this change into the statement (one step that Undo takes back)</source>
        <translation>För in ändringen i yttrandet (ett steg som Ångra tar tillbaka)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Avvisa</translation>
    </message>
    <message>
        <source>Keep the statement&apos;s text as it is</source>
        <translation>Behåll yttrandets text som den är</translation>
    </message>
    <message>
        <source>Acc&amp;ept All</source>
        <translation>Godta a&amp;lla</translation>
    </message>
    <message>
        <source>Accept every change not yet decided on</source>
        <translation>Godta alla ändringar som ännu inte avgjorts</translation>
    </message>
    <message>
        <source>Re&amp;ject All</source>
        <translation>A&amp;vvisa alla</translation>
    </message>
    <message>
        <source>Reject every change not yet decided on</source>
        <translation>Avvisa alla ändringar som ännu inte avgjorts</translation>
    </message>
    <message>
        <source>&amp;What else the document says:</source>
        <translation>Vad dokumentet &amp;mer säger:</translation>
    </message>
    <message>
        <source>What could not be taken in, and how comments were placed</source>
        <translation>Vad som inte kunde föras in, och hur kommentarer placerades</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
</context>
<context>
    <name>RegisterCalendar</name>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Ansvarig: %1</translation>
    </message>
    <message>
        <source>%1: follow-up statement to the auditors, %2</source>
        <translation>%1: uppföljande yttrande till revisorerna, %2</translation>
    </message>
    <message>
        <source>%1: statement to the auditors, %2</source>
        <translation>%1: yttrande till revisorerna, %2</translation>
    </message>
</context>
<context>
    <name>RegisterReader</name>
    <message>
        <source>is a link back to a folder it is in (%1); not followed, so the reading ends</source>
        <translation>är en länk tillbaka till en mapp den ligger i (%1); den följs inte, så läsningen tar slut</translation>
    </message>
    <message>
        <source>is the same folder as %1, which is read there; not read twice</source>
        <translation>är samma mapp som %1, som läses där; den läses inte två gånger</translation>
    </message>
    <message>
        <source>the folder cannot be read (no permission); the statements in it are missing from the register</source>
        <translation>mappen kan inte läsas (behörighet saknas); yttrandena i den saknas i registret</translation>
    </message>
    <message>
        <source>the folder read</source>
        <translation>mappen som läses</translation>
    </message>
    <message>
        <source>is larger than %1 MB; statement files that large are refused</source>
        <translation>är större än %1 MB; så stora yttrandefiler avvisas</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan inte läsas: %1</translation>
    </message>
    <message>
        <source>changed while it was being read, twice; left out of this register, read the folder again when it is no longer being saved</source>
        <translation>ändrades medan den lästes, två gånger; den är utelämnad ur registret, läs mappen igen när den inte längre sparas</translation>
    </message>
    <message>
        <source>no such folder</source>
        <translation>mappen finns inte</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>är inte en mapp</translation>
    </message>
    <message>
        <source>the folder cannot be read (no permission)</source>
        <translation>mappen kan inte läsas (behörighet saknas)</translation>
    </message>
    <message>
        <source>%1 Its items are not in this register.</source>
        <translation>%1 Dess punkter finns inte i registret.</translation>
    </message>
</context>
<context>
    <name>RegisterReport</name>
    <message>
        <source>Register of recommendations</source>
        <translation>Register över rekommendationer</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>Judged on</source>
        <translation>Bedömt den</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Yttranden</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanställning</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alla punkter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <source>Files not used</source>
        <translation>Filer som inte användes</translation>
    </message>
    <message>
        <source>No items.</source>
        <translation>Inga punkter.</translation>
    </message>
    <message>
        <source>Audit without a name</source>
        <translation>Granskning utan namn</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Nämnd</translation>
    </message>
    <message>
        <source>No measures</source>
        <translation>Inga åtgärder</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Nästa datum</translation>
    </message>
    <message>
        <source>Measures, responsible and deadline</source>
        <translation>Åtgärder, ansvarig och tidpunkt</translation>
    </message>
    <message>
        <source>%1 judged on %2</source>
        <translation>%1 bedömt den %2</translation>
    </message>
</context>
<context>
    <name>RegisterStateRules</name>
    <message>
        <source>Open</source>
        <translation>Öppen</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Enligt plan</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Förfaller snart</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Not followed up</source>
        <translation>Ej uppföljd</translation>
    </message>
    <message>
        <source>en</source>
        <comment>the language of the register&apos;s words: en or sv</comment>
        <translation>sv</translation>
    </message>
</context>
<context>
    <name>RegisterWorkbook</name>
    <message>
        <source>Register of recommendations</source>
        <translation>Register över rekommendationer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 den %2</translation>
    </message>
    <message>
        <source>%1, row %2, column %3: the text has %4 characters, more than an Excel cell holds; it was cut.</source>
        <translation>%1, rad %2, kolumn %3: texten har %4 tecken, fler än en Excelcell rymmer; den kortades.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Nästa datum</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Nämnd</translation>
    </message>
    <message>
        <source>Audit reference</source>
        <translation>Granskningens diarienummer</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Tidpunkter</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>First statement</source>
        <translation>Första yttrande</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljande yttrande</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Var</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>ReportImporter</name>
    <message>
        <source>No board to answer was found (no &quot;Till:&quot; list): name the board yourself.</source>
        <translation>Ingen nämnd som ska svara hittades (ingen &quot;Till:&quot;-lista): ange nämnden själv.</translation>
    </message>
    <message>
        <source>The report has no &quot;Till:&quot; list; the boards that must answer were taken from its text: %1.</source>
        <translation>Rapporten har ingen &quot;Till:&quot;-lista; de nämnder som ska svara har hämtats ur texten: %1.</translation>
    </message>
    <message>
        <source>No reference (such as SR-2020-83) was found.</source>
        <translation>Ingen referens (som SR-2020-83) hittades.</translation>
    </message>
    <message>
        <source>The audit&apos;s title was not found.</source>
        <translation>Granskningens titel hittades inte.</translation>
    </message>
    <message>
        <source>No recommendations or questions were found in the report; add the items yourself, or import the report itself if this was only its cover letter.</source>
        <translation>Inga rekommendationer eller frågor hittades i rapporten; lägg till punkterna själv, eller importera själva rapporten om detta bara var missivet.</translation>
    </message>
    <message>
        <source>The item at %1 does not say which board it is addressed to; it is kept for every board.</source>
        <translation>Punkten %1 anger inte vilken nämnd den riktar sig till; den behålls för alla nämnder.</translation>
    </message>
    <message>
        <source>No due date was found for %1&apos;s statement.</source>
        <translation>Ingen sista svarsdag hittades för yttrandet från %1.</translation>
    </message>
    <message>
        <source>These pages have no text (scanned?) and were not read: %1.</source>
        <translation>De här sidorna saknar text (inskannade?) och lästes inte: %1.</translation>
    </message>
    <message>
        <source>Name the board that answers.</source>
        <translation>Ange nämnden som svarar.</translation>
    </message>
    <message>
        <source>The report does not list the boards it addresses; the statement is made for %1, as named.</source>
        <translation>Rapporten anger inte vilka nämnder den riktar sig till; yttrandet görs för %1, som angetts.</translation>
    </message>
    <message>
        <source>The report addresses no board called &quot;%1&quot;; it names: %2. The closest is &quot;%3&quot;.</source>
        <translation>Rapporten riktar sig inte till någon nämnd som heter ”%1”; den nämner: %2. Närmast är ”%3”.</translation>
    </message>
    <message>
        <source>The report addresses no board called &quot;%1&quot;; it names: %2.</source>
        <translation>Rapporten riktar sig inte till någon nämnd som heter ”%1”; den nämner: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a committee of %2: the statement is made for %2.</source>
        <translation>”%1” är ett utskott till %2: yttrandet görs för %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was read as %2.</source>
        <translation>”%1” tolkades som %2.</translation>
    </message>
    <message>
        <source>The report calls the board &quot;%1&quot;; that name is taken for &quot;%2&quot;.</source>
        <translation>Rapporten kallar nämnden ”%1”; det namnet tas för ”%2”.</translation>
    </message>
    <message>
        <source>The report calls the board &quot;%1&quot;; that name is taken for &quot;%2&quot;, which differs only in the municipality or region it names.</source>
        <translation>Rapporten kallar nämnden ”%1”; det namnet tas för ”%2”, som bara skiljer sig i vilken kommun eller region som nämns.</translation>
    </message>
    <message>
        <source>These pages are scanned and were read by text recognition (OCR): %1. Check the items found on them, word for word, against the report.</source>
        <translation>De här sidorna är skannade och lästes med textigenkänning (OCR): %1. Jämför punkterna som hittades på dem ord för ord med rapporten.</translation>
    </message>
</context>
<context>
    <name>ReportPageImage</name>
    <message>
        <source>%1 is no longer there</source>
        <translation>%1 finns inte längre</translation>
    </message>
    <message>
        <source>%1 has changed since it was read; import it again</source>
        <translation>%1 har ändrats sedan den lästes in; läs in den igen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF</source>
        <translation>%1 är inte en läsbar PDF</translation>
    </message>
    <message>
        <source>%1 is protected by a password</source>
        <translation>%1 är skyddad med lösenord</translation>
    </message>
    <message numerus="yes">
        <source>%1 has no page %2 (it has %n page(s))</source>
        <translation>
            <numerusform>%1 har ingen sida %2 (den har %n sida)</numerusform>
            <numerusform>%1 har ingen sida %2 (den har %n sidor)</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 of %2 cannot be read</source>
        <translation>sida %1 av %2 kan inte läsas</translation>
    </message>
    <message>
        <source>a page cannot be drawn at %1 dots per inch</source>
        <translation>en sida kan inte ritas med %1 punkter per tum</translation>
    </message>
    <message>
        <source>page %1 of %2 cannot be drawn</source>
        <translation>sida %1 av %2 kan inte ritas</translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>this is not a PDF file (it does not begin with %PDF)</source>
        <translation>detta är ingen PDF-fil (den börjar inte med %PDF)</translation>
    </message>
    <message>
        <source>the PDF is damaged and cannot be read</source>
        <translation>PDF-filen är skadad och kan inte läsas</translation>
    </message>
    <message>
        <source>the PDF is protected by a password; open it with the password and save an unprotected copy, or ask the auditors for one</source>
        <translation>PDF-filen är lösenordsskyddad; öppna den med lösenordet och spara en oskyddad kopia, eller be revisorerna om en</translation>
    </message>
    <message>
        <source>the PDF has no pages</source>
        <translation>PDF-filen har inga sidor</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>is a folder, not a report</source>
        <translation>är en mapp, inte en rapport</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB, too large for a report</source>
        <translation>filen är större än %1 MB, för stor för en rapport</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan inte läsas: %1</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>Yttra cannot read word-processor files; save the report as PDF and import that</source>
        <translation>Yttra kan inte läsa ordbehandlingsfiler; spara rapporten som PDF och importera den</translation>
    </message>
    <message>
        <source>Yttra reads reports as PDF (.pdf), text (.txt) or Markdown (.md) files, and this is none of these</source>
        <translation>Yttra läser rapporter som PDF- (.pdf), text- (.txt) eller Markdown-filer (.md), och detta är ingen av dem</translation>
    </message>
    <message>
        <source>this is not a text file (it holds binary data)</source>
        <translation>detta är ingen textfil (den innehåller binärdata)</translation>
    </message>
    <message>
        <source>the PDF has no text, it seems to be a scanned image, and %1</source>
        <translation>PDF:en har ingen text, den verkar vara en skannad bild, och %1</translation>
    </message>
    <message>
        <source>the PDF has no text: it seems to be a scanned image. Yttra can read it with text recognition (OCR) when --no-ocr is left out, or ask the auditors for the report as a PDF with text</source>
        <translation>PDF:en har ingen text: den verkar vara en skannad bild. Yttra kan läsa den med textigenkänning (OCR) om --no-ocr utelämnas, eller be revisorerna om rapporten som PDF med text</translation>
    </message>
    <message>
        <source>the PDF has no text: it seems to be a scanned image, and text recognition found no text in it either (a picture, or a very poor scan); ask the auditors for the report as a PDF with text</source>
        <translation>PDF:en har ingen text: den verkar vara en skannad bild, och textigenkänningen hittade ingen text i den heller (en bild eller en mycket dålig skanning); be revisorerna om rapporten som PDF med text</translation>
    </message>
    <message>
        <source>the PDF has %1 pages; reports longer than %2 pages are refused</source>
        <translation>PDF-filen har %1 sidor; rapporter längre än %2 sidor avvisas</translation>
    </message>
    <message>
        <source>the PDF has more than %1 scanned pages, too many to read with text recognition (OCR); ask the auditors for the report as a PDF with text</source>
        <translation>PDF-filen har fler än %1 skannade sidor, för många för att läsa med textigenkänning (OCR); be revisorerna om rapporten som en PDF med text</translation>
    </message>
</context>
<context>
    <name>ReviewEditing</name>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>Under genomgång</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänt</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>a comment needs some text</source>
        <translation>en kommentar måste innehålla text</translation>
    </message>
    <message>
        <source>%1 is not a field of this statement</source>
        <translation>%1 är inte ett fält i det här yttrandet</translation>
    </message>
    <message>
        <source>Add comment</source>
        <translation>Lägg till kommentar</translation>
    </message>
    <message>
        <source>a reply needs some text</source>
        <translation>ett svar måste innehålla text</translation>
    </message>
    <message>
        <source>there is no comment &quot;%1&quot;</source>
        <translation>det finns ingen kommentar &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Reply to comment</source>
        <translation>Svara på kommentar</translation>
    </message>
    <message>
        <source>Resolve comment</source>
        <translation>Markera kommentar som löst</translation>
    </message>
    <message>
        <source>Reopen comment</source>
        <translation>Öppna kommentar igen</translation>
    </message>
    <message>
        <source>Set review state to %1</source>
        <translation>Ändra handläggningsstatus till %1</translation>
    </message>
    <message>
        <source>Import comments</source>
        <translation>Importera kommentarer</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>är en mapp, inte en fil</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>är inte en vanlig fil</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>mappen %1 finns inte</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>kan inte skrivas: %1</translation>
    </message>
    <message>
        <source>%1; the previous file is unchanged</source>
        <translation>%1; den tidigare filen är oförändrad</translation>
    </message>
    <message>
        <source>cannot be written: no free name for a temporary file in %1</source>
        <translation>kan inte skrivas: inget ledigt namn för en temporär fil i %1</translation>
    </message>
    <message>
        <source>could not be written: %1</source>
        <translation>kunde inte skrivas: %1</translation>
    </message>
    <message>
        <source>could not be written to disk: %1</source>
        <translation>kunde inte skrivas till disk: %1</translation>
    </message>
    <message>
        <source>could not be saved: %1</source>
        <translation>kunde inte sparas: %1</translation>
    </message>
    <message>
        <source>it cannot be read back: %1</source>
        <translation>den kan inte läsas tillbaka: %1</translation>
    </message>
    <message>
        <source>%1 bytes were read back instead of %2</source>
        <translation>%1 byte lästes tillbaka i stället för %2</translation>
    </message>
    <message>
        <source>the bytes read back differ from those written</source>
        <translation>de byte som lästes tillbaka skiljer sig från de som skrevs</translation>
    </message>
    <message>
        <source>%1 and the 98 names after it are taken</source>
        <translation>%1 och de 98 namnen efter det är upptagna</translation>
    </message>
    <message>
        <source>could not be saved: %1, and the new content could not be read from the temporary file (%2)</source>
        <translation>kunde inte sparas: %1, och det nya innehållet kunde inte läsas från den tillfälliga filen (%2)</translation>
    </message>
    <message>
        <source>could not be saved: %1, and writing it directly failed too (%2)</source>
        <translation>kunde inte sparas: %1, och att skriva den direkt misslyckades också (%2)</translation>
    </message>
    <message>
        <source>written directly, as the drive refused to give the file its name in one step (%1); the new content was read back and checked</source>
        <translation>skrevs direkt, eftersom enheten inte lät filen få sitt namn i ett steg (%1); det nya innehållet lästes tillbaka och kontrollerades</translation>
    </message>
    <message>
        <source>could not be saved: %1, and the previous file cannot be read to copy it first (%2); the previous file is unchanged</source>
        <translation>kunde inte sparas: %1, och den tidigare filen kan inte läsas för att först kopieras (%2); den tidigare filen är oförändrad</translation>
    </message>
    <message>
        <source>could not be saved: %1, and no copy of the previous file could be made beside it first (%2); the previous file is unchanged</source>
        <translation>kunde inte sparas: %1, och ingen kopia av den tidigare filen kunde först göras bredvid den (%2); den tidigare filen är oförändrad</translation>
    </message>
    <message>
        <source>could not be saved: %1, and the previous file could not be copied to %2 first (%3); the previous file is unchanged</source>
        <translation>kunde inte sparas: %1, och den tidigare filen kunde inte först kopieras till %2 (%3); den tidigare filen är oförändrad</translation>
    </message>
    <message>
        <source>could not be saved: %1, and writing into it directly failed (%2); the previous file is unchanged</source>
        <translation>kunde inte sparas: %1, och att skriva direkt i den misslyckades (%2); den tidigare filen är oförändrad</translation>
    </message>
    <message>
        <source>could not be saved: %1, and writing into it directly failed (%2); the previous version could not be put back (%3) and is kept in %4</source>
        <translation>kunde inte sparas: %1, och att skriva direkt i den misslyckades (%2); den tidigare versionen kunde inte läggas tillbaka (%3) och finns kvar i %4</translation>
    </message>
    <message>
        <source>could not be saved: %1, and writing into it directly failed (%2); the previous version was put back</source>
        <translation>kunde inte sparas: %1, och att skriva direkt i den misslyckades (%2); den tidigare versionen lades tillbaka</translation>
    </message>
    <message>
        <source>written directly into the file, as the drive refused to replace it in one step (%1); the previous version was kept in %2 until the new one was read back and checked</source>
        <translation>skrevs direkt i filen, eftersom enheten inte lät den ersättas i ett steg (%1); den tidigare versionen fanns kvar i %2 tills den nya hade lästs tillbaka och kontrollerats</translation>
    </message>
    <message>
        <source>cannot be written: the file is read-only</source>
        <translation>kan inte skrivas: filen är skrivskyddad</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <source>New statements start with</source>
        <translation>Nya yttranden får från början</translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation>Nä&amp;mnd:</translation>
    </message>
    <message>
        <source>Default board</source>
        <translation>Förvald nämnd</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Förvaltning:</translation>
    </message>
    <message>
        <source>Default office</source>
        <translation>Förvald förvaltning</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adress:</translation>
    </message>
    <message>
        <source>Default address</source>
        <translation>Förvald adress</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redigering</translation>
    </message>
    <message>
        <source>Save unsaved changes for &amp;recovery every:</source>
        <translation>Spara osparade ändringar för å&amp;terställning var:</translation>
    </message>
    <message>
        <source>Autosave interval in seconds</source>
        <translation>Intervall för automatisk sparning i sekunder</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Show the &amp;preview beside the form</source>
        <translation>Visa förhands&amp;visningen bredvid formuläret</translation>
    </message>
    <message>
        <source>Your name, on review comments and as the author of Word documents</source>
        <translation>Ditt namn, på kommentarer och som handläggare i Worddokument</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Worddokument</translation>
    </message>
    <message>
        <source>Each board&apos;s &amp;Word template (a board not listed gets Yttra&apos;s built-in template):</source>
        <translation>Varje nämnds &amp;Wordmall (en nämnd som inte står här får Yttras inbyggda mall):</translation>
    </message>
    <message>
        <source>Word templates by board</source>
        <translation>Wordmallar per nämnd</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Nämnd</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>A&amp;dd Board…</source>
        <translation>Lägg &amp;till nämnd…</translation>
    </message>
    <message>
        <source>&amp;Change Template…</source>
        <translation>&amp;Byt mall…</translation>
    </message>
    <message>
        <source>Use B&amp;uilt-in Template</source>
        <translation>Använd &amp;inbyggd mall</translation>
    </message>
    <message>
        <source>The selected board&apos;s Word documents are made in Yttra&apos;s own template again</source>
        <translation>Den valda nämndens Worddokument görs åter i Yttras egen mall</translation>
    </message>
    <message>
        <source>Logos</source>
        <translation>Logotyper</translation>
    </message>
    <message>
        <source>Each board&apos;s &amp;logo, for its statements without a logo of their own:</source>
        <translation>Varje nämnds &amp;logotyp, för dess yttranden som saknar en egen logotyp:</translation>
    </message>
    <message>
        <source>Logos by board</source>
        <translation>Logotyper per nämnd</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotyp</translation>
    </message>
    <message>
        <source>Add Board&apos;s Lo&amp;go…</source>
        <translation>Lägg till nämndens lo&amp;gotyp…</translation>
    </message>
    <message>
        <source>C&amp;hange Logo…</source>
        <translation>&amp;Byt logotyp…</translation>
    </message>
    <message>
        <source>Remo&amp;ve Logo</source>
        <translation>Ta &amp;bort logotyp</translation>
    </message>
    <message>
        <source>The selected board&apos;s statements have no logo unless they carry their own</source>
        <translation>Den valda nämndens yttranden får ingen logotyp om de inte har en egen</translation>
    </message>
    <message>
        <source>Logo descri&amp;ption:</source>
        <translation>Logotypens &amp;beskrivning:</translation>
    </message>
    <message>
        <source>Description of the selected board&apos;s logo</source>
        <translation>Beskrivning av den valda nämndens logotyp</translation>
    </message>
    <message>
        <source>e.g. Malmö stad (empty: the logo is decoration)</source>
        <translation>t.ex. Malmö stad (tom: logotypen är dekoration)</translation>
    </message>
    <message>
        <source>Read aloud by screen readers instead of the logo. Leave it empty when the logo says nothing the page does not say already.</source>
        <translation>Läses upp av skärmläsare i stället för logotypen. Lämna tomt när logotypen inte säger något som inte redan står på sidan.</translation>
    </message>
</context>
<context>
    <name>SignaturesPage</name>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message>
        <source>&amp;Add Signature</source>
        <translation>&amp;Lägg till underskrift</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ta &amp;bort</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Selected signature</source>
        <translation>Vald underskrift</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>e.g. Ordförande</source>
        <translation>t.ex. Ordförande</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>N&amp;amn:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>R&amp;eservations and separate opinions:</source>
        <translation>R&amp;eservationer och särskilda yttranden:</translation>
    </message>
</context>
<context>
    <name>SpellChecker</name>
    <message>
        <source>the document has no language to check the spelling in</source>
        <translation>dokumentet har inget språk att kontrollera stavningen i</translation>
    </message>
    <message>
        <source>no spelling dictionary for the language &quot;%1&quot; (%2) in %3; for Swedish, install the package hunspell-sv</source>
        <translation>ingen stavningsordlista för språket &quot;%1&quot; (%2) i %3; för svenska, installera paketet hunspell-sv</translation>
    </message>
    <message>
        <source>the spelling dictionary file %1 does not exist or cannot be read</source>
        <translation>ordlistefilen %1 finns inte eller kan inte läsas</translation>
    </message>
    <message>
        <source>the spelling dictionary %1 cannot be loaded</source>
        <translation>ordlistan %1 kan inte läsas in</translation>
    </message>
    <message>
        <source>the spelling dictionary %1 is in the encoding %2, which Yttra cannot convert</source>
        <translation>ordlistan %1 har teckenkodningen %2, som Yttra inte kan konvertera</translation>
    </message>
    <message>
        <source>the personal word list cannot be read: %1</source>
        <translation>den personliga ordlistan kan inte läsas: %1</translation>
    </message>
    <message>
        <source>no file is set for the personal word list</source>
        <translation>ingen fil har angetts för den personliga ordlistan</translation>
    </message>
    <message>
        <source>the folder of the personal word list cannot be created</source>
        <translation>mappen för den personliga ordlistan kan inte skapas</translation>
    </message>
    <message>
        <source>only a single word can be added to the dictionary, not &quot;%1&quot;</source>
        <translation>bara ett enda ord kan läggas till i ordlistan, inte &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>Parts of the statement</source>
        <translation>Yttrandets delar</translation>
    </message>
    <message>
        <source>Drag an item, or press Ctrl+Shift+Up or Ctrl+Shift+Down, to move it</source>
        <translation>Dra en punkt, eller tryck Ctrl+Skift+Upp eller Ctrl+Skift+Ned, för att flytta den</translation>
    </message>
</context>
<context>
    <name>StatementFields</name>
    <message>
        <source>&quot;%1&quot; is not a date: use YYYY-MM-DD, or leave it empty</source>
        <translation>&quot;%1&quot; är inte ett datum: använd ÅÅÅÅ-MM-DD eller lämna fältet tomt</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;; expected one of: %2</source>
        <translation>okänt värde &quot;%1&quot;; tillåtna värden är: %2</translation>
    </message>
    <message>
        <source>%1 is not an editable field</source>
        <translation>%1 är inte ett redigerbart fält</translation>
    </message>
    <message>
        <source>kind of statement</source>
        <translation>typ av yttrande</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>board</source>
        <translation>nämnd</translation>
    </message>
    <message>
        <source>office</source>
        <translation>förvaltning</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>mottagare</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>diarienummer</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adress</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>sista svarsdag</translation>
    </message>
    <message>
        <source>send to</source>
        <translation>svarsadress</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>sammanfattning</translation>
    </message>
    <message>
        <source>reading guide</source>
        <translation>läsanvisningar</translation>
    </message>
    <message>
        <source>reservations</source>
        <translation>reservationer</translation>
    </message>
    <message>
        <source>start of the period</source>
        <translation>periodens början</translation>
    </message>
    <message>
        <source>end of the period</source>
        <translation>periodens slut</translation>
    </message>
    <message>
        <source>audit title</source>
        <translation>granskningens titel</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>audit reference</source>
        <translation>granskningens referens</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>revisor</translation>
    </message>
    <message>
        <source>report date</source>
        <translation>rapportdatum</translation>
    </message>
    <message>
        <source>decision date</source>
        <translation>beslutsdatum</translation>
    </message>
    <message>
        <source>addressed boards</source>
        <translation>berörda nämnder</translation>
    </message>
    <message>
        <source>audit conclusion</source>
        <translation>granskningens slutsats</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>addressed to</source>
        <translation>adressat</translation>
    </message>
    <message>
        <source>section</source>
        <translation>avsnitt</translation>
    </message>
    <message>
        <source>auditors&apos; text</source>
        <translation>revisorernas text</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>åtgärder</translation>
    </message>
    <message>
        <source>expected effect</source>
        <translation>förväntad effekt</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>tidpunkt för genomförande</translation>
    </message>
    <message>
        <source>measures taken</source>
        <translation>vidtagna åtgärder</translation>
    </message>
    <message>
        <source>effect achieved</source>
        <translation>effekt i verksamheten</translation>
    </message>
    <message>
        <source>reason it is not this board&apos;s</source>
        <translation>skäl till att nämnden inte besvarar punkten</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>ansvarig</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>case</source>
        <translation>ärende</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>kommentar</translation>
    </message>
    <message>
        <source>role</source>
        <translation>roll</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>review state</source>
        <translation>handläggningsstatus</translation>
    </message>
    <message>
        <source>%1 (item %2)</source>
        <translation>%1 (punkt %2)</translation>
    </message>
    <message>
        <source>%1 (measure %2)</source>
        <translation>%1 (åtgärd %2)</translation>
    </message>
    <message>
        <source>%1 (signature %2)</source>
        <translation>%1 (underskrift %2)</translation>
    </message>
    <message>
        <source>a logo is set as an image, not as text</source>
        <translation>en logotyp anges som bild, inte som text</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>logotyp</translation>
    </message>
    <message>
        <source>logo description</source>
        <translation>logotypens beskrivning</translation>
    </message>
</context>
<context>
    <name>StatementFile</name>
    <message>
        <source>no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>is a folder, not a statement file</source>
        <translation>är en mapp, inte en yttrandefil</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>är inte en vanlig fil</translation>
    </message>
    <message>
        <source>is larger than %1 MB (%2 bytes); statement files that large are refused</source>
        <translation>är större än %1 MB (%2 byte); så stora yttrandefiler öppnas inte</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan inte läsas: %1</translation>
    </message>
    <message>
        <source>is larger than %1 MB; statement files that large are refused</source>
        <translation>är större än %1 MB; så stora yttrandefiler öppnas inte</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>cannot be saved until this is mended: %1</source>
        <translation>kan inte sparas förrän detta har rättats: %1</translation>
    </message>
</context>
<context>
    <name>StatementLimits</name>
    <message>
        <source>the statement has %1 items; statements with more than %2 items are refused</source>
        <translation>yttrandet har %1 punkter; yttranden med fler än %2 punkter avvisas</translation>
    </message>
    <message>
        <source>the statement has %1 measures; statements with more than %2 measures are refused</source>
        <translation>yttrandet har %1 åtgärder; yttranden med fler än %2 åtgärder avvisas</translation>
    </message>
    <message>
        <source>the text is %1 characters long; texts longer than %2 characters are refused</source>
        <translation>texten är %1 tecken lång; texter längre än %2 tecken avvisas</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>&amp;Summarising answer to the audit&apos;s conclusion and assessments:</source>
        <translation>&amp;Sammanfattande svar på granskningens slutsats och bedömningar:</translation>
    </message>
    <message>
        <source>&amp;Reading guide (optional):</source>
        <translation>&amp;Läsanvisningar (valfritt):</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>the responding board is not named</source>
        <translation>den svarande nämnden är inte angiven</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id</source>
        <translation>&quot;%1&quot; är inte ett giltigt id</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by an earlier item</source>
        <translation>id:t &quot;%1&quot; används redan av en tidigare punkt</translation>
    </message>
    <message>
        <source>the id &quot;%1&quot; is used by an earlier measure</source>
        <translation>id:t &quot;%1&quot; används redan av en tidigare åtgärd</translation>
    </message>
    <message>
        <source>the measure has no title</source>
        <translation>åtgärden saknar titel</translation>
    </message>
    <message>
        <source>links to the item &quot;%1&quot;, which does not exist</source>
        <translation>hänvisar till punkten &quot;%1&quot;, som inte finns</translation>
    </message>
    <message>
        <source>no measures are given</source>
        <translation>planerade åtgärder saknas</translation>
    </message>
    <message>
        <source>the previously decided measure is not given</source>
        <translation>tidigare beslutad åtgärd saknas</translation>
    </message>
    <message>
        <source>the expected effect is not given</source>
        <translation>förväntad effekt saknas</translation>
    </message>
    <message>
        <source>no deadline is given</source>
        <translation>tidpunkt för genomförande saknas</translation>
    </message>
    <message>
        <source>the measures taken so far are not given</source>
        <translation>hittills vidtagna åtgärder saknas</translation>
    </message>
    <message>
        <source>the effect achieved is not given</source>
        <translation>effekt i verksamheten saknas</translation>
    </message>
    <message>
        <source>the measure &quot;%1&quot; answers no item</source>
        <translation>åtgärden &quot;%1&quot; är inte kopplad till någon punkt</translation>
    </message>
    <message>
        <source>the statement is dated %1, after it is due (%2)</source>
        <translation>yttrandet är daterat %1, efter sista svarsdag (%2)</translation>
    </message>
    <message>
        <source>the deadline (%1) is after the follow-up period ends (%2)</source>
        <translation>tidpunkten för genomförande (%1) ligger efter uppföljningsperiodens slut (%2)</translation>
    </message>
</context>
<context>
    <name>WordReviewImport</name>
    <message>
        <source>there is no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>it is the statement of %1 on %2, not of %3 on %4: choose the Word document exported from this statement</source>
        <translation>det är yttrandet från %1 om %2, inte från %3 om %4: välj Worddokumentet som exporterades från det här yttrandet</translation>
    </message>
    <message>
        <source>no board</source>
        <translation>ingen nämnd</translation>
    </message>
    <message>
        <source>no audit</source>
        <translation>ingen granskning</translation>
    </message>
    <message>
        <source>the fields of the statement have been deleted from it (%1): Yttra cannot tell which text belongs where</source>
        <translation>yttrandets fält har tagits bort ur det (%1): Yttra kan inte avgöra vilken text som hör var</translation>
    </message>
    <message>
        <source>it is not a Word document exported by Yttra: it has none of the statement&apos;s fields (content controls tagged &quot;yttra:&quot;)</source>
        <translation>det är inget Worddokument som Yttra har exporterat: det har inget av yttrandets fält (innehållskontroller taggade &quot;yttra:&quot;)</translation>
    </message>
    <message>
        <source>%1 was changed to “%2”, but its part is no longer in the statement</source>
        <translation>%1 ändrades till ”%2”, men dess del finns inte längre i yttrandet</translation>
    </message>
    <message>
        <source>%1 was changed to “%2”, which it cannot hold: %3</source>
        <translation>%1 ändrades till ”%2”, som fältet inte kan rymma: %3</translation>
    </message>
    <message>
        <source>%1 was changed in two places in two ways: “%2” and “%3”; the first is proposed</source>
        <translation>%1 ändrades på två ställen på två sätt: ”%2” och ”%3”; det första föreslås</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>någon</translation>
    </message>
    <message>
        <source>The comment by %1 (“%2”) was made outside the fields; it is placed on the field after it, %3.</source>
        <translation>Kommentaren av %1 (”%2”) gjordes utanför fälten; den placeras på fältet efter den, %3.</translation>
    </message>
    <message>
        <source>The comment by %1 is on no field of the statement: “%2”</source>
        <translation>Kommentaren av %1 står inte på något av yttrandets fält: ”%2”</translation>
    </message>
    <message>
        <source>The comment by %1 on “%2” is on no field of the statement: “%3”</source>
        <translation>Kommentaren av %1 på ”%2” står inte på något av yttrandets fält: ”%3”</translation>
    </message>
    <message>
        <source>Word reviewer</source>
        <translation>Granskare i Word</translation>
    </message>
    <message>
        <source>The reply by %1 answers a comment that is not placed: “%2”</source>
        <translation>Svaret av %1 hör till en kommentar som inte placerats: ”%2”</translation>
    </message>
    <message>
        <source>the template&apos;s field %1 was changed to “%2”; it is made from the statement&apos;s details and cannot be taken in: change the details in Yttra</source>
        <translation>mallens fält %1 ändrades till ”%2”; det görs av yttrandets uppgifter och kan inte föras in: ändra uppgifterna i Yttra</translation>
    </message>
    <message>
        <source>%1 was changed to “%2”: %3</source>
        <translation>%1 ändrades till ”%2”: %3</translation>
    </message>
</context>
<context>
    <name>XlsxArchiveCheck</name>
    <message>
        <source>the workbook came out damaged: %1</source>
        <translation>arbetsboken blev skadad: %1</translation>
    </message>
    <message>
        <source>%1 is incomplete (%2); is the disk with the temporary folder %3 full?</source>
        <translation>%1 är ofullständig (%2); är disken med den temporära mappen %3 full?</translation>
    </message>
</context>
<context>
    <name>XlsxExporter</name>
    <message>
        <source>%1, row %2, column %3 (%4): the text has %5 characters, more than the %6 an Excel cell holds; it was cut and ends with a note saying so.</source>
        <translation>%1, rad %2, kolumn %3 (%4): texten har %5 tecken, fler än de %6 som ryms i en Excel-cell; den har kortats och slutar med en anmärkning om det.</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>writing the text of row %1, column %2</source>
        <translation>skrivning av texten i rad %1, kolumn %2</translation>
    </message>
    <message>
        <source>writing the number of row %1, column %2</source>
        <translation>skrivning av talet i rad %1, kolumn %2</translation>
    </message>
    <message>
        <source>writing the date of row %1, column %2</source>
        <translation>skrivning av datumet i rad %1, kolumn %2</translation>
    </message>
    <message>
        <source>writing row %1, column %2</source>
        <translation>skrivning av rad %1, kolumn %2</translation>
    </message>
    <message>
        <source>setting the width of column %1</source>
        <translation>inställning av bredden på kolumn %1</translation>
    </message>
    <message>
        <source>setting the autofilter</source>
        <translation>inställning av autofiltret</translation>
    </message>
    <message>
        <source>setting the list of allowed values in column %1</source>
        <translation>inställning av listan med tillåtna värden i kolumn %1</translation>
    </message>
    <message>
        <source>setting the rows printed on every page</source>
        <translation>inställning av raderna som skrivs ut på varje sida</translation>
    </message>
    <message>
        <source>setting the footer</source>
        <translation>inställning av sidfoten</translation>
    </message>
    <message>
        <source>libxlsxwriter could not start a workbook</source>
        <translation>libxlsxwriter kunde inte starta en arbetsbok</translation>
    </message>
    <message>
        <source>cannot add the sheet &quot;%1&quot;</source>
        <translation>bladet &quot;%1&quot; kan inte läggas till</translation>
    </message>
    <message>
        <source>cannot add a cell format</source>
        <translation>ett cellformat kan inte läggas till</translation>
    </message>
    <message>
        <source>setting the document properties: %1</source>
        <translation>inställning av dokumentegenskaperna: %1</translation>
    </message>
    <message>
        <source>setting the document property %1: %2</source>
        <translation>inställning av dokumentegenskapen %1: %2</translation>
    </message>
    <message>
        <source>the workbook was already written</source>
        <translation>arbetsboken har redan skrivits</translation>
    </message>
    <message>
        <source>setting the conditional format of rows %1 to %2</source>
        <translation>när den villkorsstyrda formateringen av rad %1 till %2 sattes</translation>
    </message>
</context>
<context>
    <name>XmlPart</name>
    <message>
        <source>line %1, column %2</source>
        <translation>rad %1, kolumn %2</translation>
    </message>
    <message>
        <source>%1: a document type declaration, which no part of a package has</source>
        <translation>%1: en dokumenttypsdeklaration, som ingen del av ett paket har</translation>
    </message>
    <message>
        <source>%1: an unknown entity &amp;%2;</source>
        <translation>%1: en okänd entitet &amp;%2;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>it has no root element</source>
        <translation>det saknar rotelement</translation>
    </message>
    <message>
        <source>%1: elements nested deeper than %2 levels</source>
        <translation>%1: element nästlade djupare än %2 nivåer</translation>
    </message>
</context>
<context>
    <name>ZipPackage</name>
    <message>
        <source>it is empty, not a zip archive</source>
        <translation>det är tomt, inget zip-arkiv</translation>
    </message>
    <message>
        <source>it is not a zip archive</source>
        <translation>det är inget zip-arkiv</translation>
    </message>
    <message>
        <source>it is a damaged zip archive (%1)</source>
        <translation>det är ett skadat zip-arkiv (%1)</translation>
    </message>
    <message>
        <source>part %1 cannot be read (%2)</source>
        <translation>delen %1 kan inte läsas (%2)</translation>
    </message>
    <message>
        <source>%1 is protected by a password</source>
        <translation>%1 är skyddad med lösenord</translation>
    </message>
    <message>
        <source>it claims to unpack to more than %1 MB</source>
        <translation>det uppger att det packas upp till mer än %1 MB</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked (%2)</source>
        <translation>%1 kan inte packas upp (%2)</translation>
    </message>
    <message>
        <source>it has no parts</source>
        <translation>det har inga delar</translation>
    </message>
    <message>
        <source>it is larger than %1 MB</source>
        <translation>det är större än %1 MB</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Write a board&apos;s statement to its auditors.</source>
        <translation>Skriv en nämnds yttrande till revisorerna.</translation>
    </message>
    <message>
        <source>Open the built-in example.</source>
        <translation>Öppna det inbyggda exemplet.</translation>
    </message>
    <message>
        <source>The statement to open.</source>
        <translation>Yttrandet som ska öppnas.</translation>
    </message>
</context>
<context>
    <name>yttra::AuditPage</name>
    <message>
        <source>Report date</source>
        <translation>Rapportdatum</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Beslutsdatum</translation>
    </message>
    <message>
        <source>Audit conclusion</source>
        <translation>Granskningens slutsats</translation>
    </message>
</context>
<context>
    <name>yttra::CommentsPane</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Om %1</translation>
    </message>
    <message>
        <source>Resolved — </source>
        <translation>Löst – </translation>
    </message>
    <message numerus="yes">
        <source>Review: %1 · %n open comment(s)</source>
        <translation>
            <numerusform>Granskning: %1 · %n öppen kommentar</numerusform>
            <numerusform>Granskning: %1 · %n öppna kommentarer</numerusform>
        </translation>
    </message>
    <message>
        <source>No comments on this part.</source>
        <translation>Inga kommentarer på den här delen.</translation>
    </message>
    <message>
        <source>No comments on the statement.</source>
        <translation>Inga kommentarer på yttrandet.</translation>
    </message>
    <message numerus="yes">
        <source>%n resolved comment(s) not shown.</source>
        <translation>
            <numerusform>%n löst kommentar visas inte.</numerusform>
            <numerusform>%n lösta kommentarer visas inte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Resolved a comment</source>
        <translation>Markerade en kommentar som löst</translation>
    </message>
    <message>
        <source>Reopened a comment</source>
        <translation>Öppnade en kommentar igen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reo&amp;pen</source>
        <translation>Öppna &amp;igen</translation>
    </message>
    <message>
        <source>Resol&amp;ve</source>
        <translation>Markera som l&amp;öst</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Ny kommentar</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>To %1 on %2: “%3”</source>
        <translation>Till %1 om %2: ”%3”</translation>
    </message>
    <message>
        <source>Click in the field the comment is about, and select the words if it is about some.</source>
        <translation>Klicka i fältet som kommentaren gäller, och markera orden om den gäller några av dem.</translation>
    </message>
    <message>
        <source>On %1: “%2”</source>
        <translation>Om %1: ”%2”</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Your name, as it stands on your comments and in the review&apos;s history:</source>
        <translation>Ditt namn, som det ska stå på dina kommentarer och i granskningens historik:</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>Skriv kommentaren först.</translation>
    </message>
    <message>
        <source>A comment needs your name: set it in Settings.</source>
        <translation>En kommentar behöver ditt namn: ange det under Inställningar.</translation>
    </message>
    <message>
        <source>Cannot add the comment</source>
        <translation>Kan inte lägga till kommentaren</translation>
    </message>
    <message>
        <source>Cannot change the comment</source>
        <translation>Kan inte ändra kommentaren</translation>
    </message>
    <message>
        <source>The part this comment was about has been removed.</source>
        <translation>Delen som kommentaren gällde har tagits bort.</translation>
    </message>
</context>
<context>
    <name>yttra::CompareDialog</name>
    <message>
        <source>&amp;Export as PDF…</source>
        <translation>&amp;Exportera som PDF…</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>jämförelse</translation>
    </message>
    <message>
        <source>Export Comparison as PDF</source>
        <translation>Exportera jämförelsen som PDF</translation>
    </message>
    <message>
        <source>Choose the older version, then Compare.</source>
        <translation>Välj den äldre versionen och sedan Jämför.</translation>
    </message>
    <message>
        <source>Older Version</source>
        <translation>Äldre version</translation>
    </message>
    <message>
        <source>Newer Version</source>
        <translation>Nyare version</translation>
    </message>
    <message>
        <source>Choose the older version first.</source>
        <translation>Välj den äldre versionen först.</translation>
    </message>
    <message>
        <source>Cannot read the older version: %1</source>
        <translation>Kan inte läsa den äldre versionen: %1</translation>
    </message>
    <message>
        <source>Cannot read the newer version: %1</source>
        <translation>Kan inte läsa den nyare versionen: %1</translation>
    </message>
    <message>
        <source>%1 and %2 are the same.</source>
        <translation>%1 och %2 är likadana.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Inga skillnader.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n difference(s)</source>
        <translation>
            <numerusform>Från %1 till %2: %n skillnad</numerusform>
            <numerusform>Från %1 till %2: %n skillnader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status change(s)</source>
        <translation>
            <numerusform>%n ändrad status</numerusform>
            <numerusform>%n ändrade statusar</numerusform>
        </translation>
    </message>
    <message>
        <source>added</source>
        <translation>tillagt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>borttaget</translation>
    </message>
    <message>
        <source>moved from place %1 to %2</source>
        <translation>flyttat från plats %1 till %2</translation>
    </message>
    <message>
        <source>Status changed from %1 to %2</source>
        <translation>Status ändrad från %1 till %2</translation>
    </message>
    <message>
        <source>Cannot export the comparison</source>
        <translation>Kan inte exportera jämförelsen</translation>
    </message>
    <message>
        <source>Wrote the comparison to %1.</source>
        <translation>Jämförelsen har skrivits till %1.</translation>
    </message>
    <message>
        <source>Exported the comparison, with warnings</source>
        <translation>Jämförelsen exporterades, med varningar</translation>
    </message>
</context>
<context>
    <name>yttra::CompletenessPanel</name>
    <message>
        <source>Findings</source>
        <translation>Anmärkningar</translation>
    </message>
    <message>
        <source>Must be put right before the statement can be saved</source>
        <translation>Måste rättas innan yttrandet kan sparas</translation>
    </message>
    <message>
        <source>Missing from what the auditors&apos; template asks for</source>
        <translation>Saknas enligt revisorernas mall</translation>
    </message>
    <message>
        <source>Completeness</source>
        <translation>Fullständighet</translation>
    </message>
    <message>
        <source>nothing missing</source>
        <translation>inget saknas</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fel</numerusform>
            <numerusform>%n fel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n brist</numerusform>
            <numerusform>%n brister</numerusform>
        </translation>
    </message>
    <message>
        <source>Every part the template asks for is there.</source>
        <translation>Alla delar som mallen kräver finns med.</translation>
    </message>
</context>
<context>
    <name>yttra::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>…</source>
        <comment>calendar button</comment>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose from a calendar (Alt+Down)</source>
        <translation>Välj i en kalender (Alt+Ned)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Not a date: write it as YYYY-MM-DD, for example 2026-05-15, or leave the field empty.</source>
        <translation>Inte ett datum: skriv det som ÅÅÅÅ-MM-DD, till exempel 2026-05-15, eller lämna fältet tomt.</translation>
    </message>
</context>
<context>
    <name>yttra::DeadlineField</name>
    <message>
        <source>e.g. 2026-06-30, juni 2026, Q4 2026, tertial 1 2027, löpande</source>
        <translation>t.ex. 2026-06-30, juni 2026, Q4 2026, tertial 1 2027, löpande</translation>
    </message>
    <message>
        <source>%1 as read</source>
        <translation>tolkat: %1</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Ingen tidpunkt</translation>
    </message>
    <message>
        <source>%1 (at the latest %2)</source>
        <translation>%1 (senast %2)</translation>
    </message>
    <message>
        <source>Not a deadline yet; not saved until it is one</source>
        <translation>Ännu ingen giltig tidpunkt; sparas inte förrän den är det</translation>
    </message>
    <message>
        <source>at the latest %1</source>
        <translation>senast %1</translation>
    </message>
</context>
<context>
    <name>yttra::DetailsPage</name>
    <message>
        <source>Date of the statement</source>
        <translation>Yttrandets datum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Sista svarsdag</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Periodens början</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Periodens slut</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
    <message>
        <source>Period reported on</source>
        <translation>Period som redovisas</translation>
    </message>
    <message>
        <source>Period the follow-up will report on</source>
        <translation>Period som uppföljningen ska avse</translation>
    </message>
    <message>
        <source>The follow-up reports the measures taken from the start to the end of this period.</source>
        <translation>Uppföljningen redovisar de åtgärder som vidtagits från periodens början till dess slut.</translation>
    </message>
    <message>
        <source>Optional in a first statement: deadlines after the end of the period are flagged, since the follow-up could not report them done.</source>
        <translation>Valfritt i ett första yttrande: tidpunkter efter periodens slut markeras, eftersom uppföljningen inte skulle kunna redovisa dem som genomförda.</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Sista svarsdag i dag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n dag kvar</numerusform>
            <numerusform>%n dagar kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n dag för sent</numerusform>
            <numerusform>%n dagar för sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Logo of the Statement</source>
        <translation>Yttrandets logotyp</translation>
    </message>
    <message>
        <source>Cannot use the logo</source>
        <translation>Logotypen kan inte användas</translation>
    </message>
    <message>
        <source>Cannot remove the logo</source>
        <translation>Logotypen kan inte tas bort</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Ingen logotyp</translation>
    </message>
    <message>
        <source>Cannot be shown</source>
        <translation>Kan inte visas</translation>
    </message>
    <message>
        <source>This logo cannot be drawn: %1. The exports leave it out.</source>
        <translation>Logotypen kan inte ritas: %1. Den utelämnas i de exporterade filerna.</translation>
    </message>
    <message>
        <source>The statement&apos;s own logo, kept in its file.</source>
        <translation>Yttrandets egen logotyp, sparad i filen.</translation>
    </message>
    <message>
        <source>The logo of %1 from the settings. Choose one to give this statement its own.</source>
        <translation>Logotypen för %1 från inställningarna. Välj en för att ge yttrandet en egen.</translation>
    </message>
    <message>
        <source>The logo of %1 in the settings cannot be drawn: %2.</source>
        <translation>Logotypen för %1 i inställningarna kan inte ritas: %2.</translation>
    </message>
    <message>
        <source>The exports have no logo in the header.</source>
        <translation>De exporterade filerna har ingen logotyp i sidhuvudet.</translation>
    </message>
</context>
<context>
    <name>yttra::FieldBinder</name>
    <message numerus="yes">
        <source>%n open comment(s):</source>
        <translation>
            <numerusform>%n öppen kommentar:</numerusform>
            <numerusform>%n öppna kommentarer:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yttra::FollowUpDialog</name>
    <message>
        <source>Start of the period</source>
        <translation>Periodens början</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Periodens slut</translation>
    </message>
</context>
<context>
    <name>yttra::ImportDialog</name>
    <message>
        <source>Create Statement</source>
        <translation>Skapa yttrande</translation>
    </message>
    <message>
        <source>Auditor: %1</source>
        <translation>Revisor: %1</translation>
    </message>
    <message>
        <source>Report date: %1 · decided: %2</source>
        <translation>Rapportdatum: %1 · beslutad: %2</translation>
    </message>
    <message>
        <source>Addressed to: %1</source>
        <translation>Riktad till: %1</translation>
    </message>
    <message>
        <source>For information: %1</source>
        <translation>För kännedom: %1</translation>
    </message>
    <message>
        <source>Due: %1, %2 statement, %3</source>
        <translation>Sista svarsdag: %1, %2 yttrande, %3</translation>
    </message>
    <message>
        <source>first</source>
        <translation>första</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>uppföljande</translation>
    </message>
    <message>
        <source>First statement</source>
        <translation>Första yttrande</translation>
    </message>
    <message>
        <source>Follow-up statement</source>
        <translation>Uppföljande yttrande</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Ta med</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Adressat</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Read by text recognition (OCR) from a scanned page: check the text against the page.</source>
        <translation>Läst med textigenkänning (OCR) från en skannad sida: jämför texten med sidan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n recommendation(s)</source>
        <translation>
            <numerusform>%1 av %n rekommendation</numerusform>
            <numerusform>%1 av %n rekommendationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n assessment(s)</source>
        <translation>
            <numerusform>%1 av %n bedömning</numerusform>
            <numerusform>%1 av %n bedömningar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n question(s)</source>
        <translation>
            <numerusform>%1 av %n fråga</numerusform>
            <numerusform>%1 av %n frågor</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was found to answer.</source>
        <translation>Inget att besvara hittades.</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Valda: %1</translation>
    </message>
    <message>
        <source>whichever board answers</source>
        <translation>den nämnd som svarar</translation>
    </message>
</context>
<context>
    <name>yttra::ItemPage</name>
    <message>
        <source>The auditors&apos; text</source>
        <translation>Revisorernas text</translation>
    </message>
    <message>
        <source>Planned measures</source>
        <translation>Planerade åtgärder</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>Förväntad effekt</translation>
    </message>
    <message>
        <source>Done at the latest</source>
        <translation>Genomförs senast</translation>
    </message>
    <message>
        <source>Measures taken so far</source>
        <translation>Hittills vidtagna åtgärder</translation>
    </message>
    <message>
        <source>Effect achieved</source>
        <translation>Effekt i verksamheten</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Planned &amp;measures:</source>
        <translation>Planerade &amp;åtgärder:</translation>
    </message>
    <message>
        <source>Previously decided &amp;measure:</source>
        <translation>Tidigare beslutad &amp;åtgärd:</translation>
    </message>
    <message>
        <source>Previously decided measure</source>
        <translation>Tidigare beslutad åtgärd</translation>
    </message>
    <message>
        <source>The board&apos;s response (not printed: another board answers this item)</source>
        <translation>Nämndens svar (skrivs inte ut: en annan nämnd besvarar punkten)</translation>
    </message>
    <message>
        <source>The board&apos;s response</source>
        <translation>Nämndens svar</translation>
    </message>
    <message>
        <source>No measure in the register answers this item yet.</source>
        <translation>Ingen åtgärd i registret besvarar punkten än.</translation>
    </message>
    <message numerus="yes">
        <source>Measures in the register answering this item (%n)</source>
        <translation>
            <numerusform>Åtgärder i registret som besvarar punkten (%n)</numerusform>
            <numerusform>Åtgärder i registret som besvarar punkten (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled measure)</source>
        <translation>(namnlös åtgärd)</translation>
    </message>
    <message>
        <source>Measures for %1</source>
        <translation>Åtgärder för %1</translation>
    </message>
    <message>
        <source>Tick the measures of the register that answer %1.</source>
        <translation>Markera de åtgärder i registret som besvarar %1.</translation>
    </message>
    <message>
        <source>Link measures to %1</source>
        <translation>Koppla åtgärder till %1</translation>
    </message>
    <message>
        <source>Cannot link the measures</source>
        <translation>Det gick inte att koppla åtgärderna</translation>
    </message>
    <message>
        <source>Cannot change the heading</source>
        <translation>Rubriken kan inte ändras</translation>
    </message>
</context>
<context>
    <name>yttra::LinkDialog</name>
    <message numerus="yes">
        <source>%n chosen</source>
        <translation>
            <numerusform>%n vald</numerusform>
            <numerusform>%n valda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yttra::MainWindow</name>
    <message>
        <source>Cannot open the statement</source>
        <translation>Det gick inte att öppna yttrandet</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
    <message>
        <source>Open Statement</source>
        <translation>Öppna yttrande</translation>
    </message>
    <message>
        <source>About Yttra</source>
        <translation>Om Yttra</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Yttra %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Writes a board&apos;s statements to its auditors, from the audit report to the signed PDF and the Excel action plan.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Yttra %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Skriver nämndens yttranden till revisorerna – från granskningsrapporten till den undertecknade PDF-filen och handlingsplanen i Excel.&lt;/p&gt;&lt;p&gt;Licensierad under GNU GPL, version 3 eller senare.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Exportera till Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>Cannot export to Excel</source>
        <translation>Det gick inte att exportera till Excel</translation>
    </message>
    <message>
        <source>%1 is the statement&apos;s own file; choose another name for the workbook.</source>
        <translation>%1 är yttrandets egen fil; välj ett annat namn för arbetsboken.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporterades till %1</translation>
    </message>
    <message>
        <source>Exported to Excel, with warnings</source>
        <translation>Exporterades till Excel, med varningar</translation>
    </message>
    <message>
        <source>The workbook %1 was written, but:

%2</source>
        <translation>Arbetsboken %1 har skrivits, men:

%2</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsvisning</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Inst&amp;ällningar…</translation>
    </message>
    <message>
        <source>&amp;Completeness Panel</source>
        <translation>&amp;Fullständighetspanel</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Förhands&amp;visning</translation>
    </message>
    <message>
        <source>Unsaved changes could not be kept for recovery: %1</source>
        <translation>Osparade ändringar kunde inte sparas för återställning: %1</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Spara ändringarna?</translation>
    </message>
    <message>
        <source>%1 has changes that are not saved.

Save them before closing it?</source>
        <translation>%1 har ändringar som inte har sparats.

Vill du spara dem innan yttrandet stängs?</translation>
    </message>
    <message>
        <source>Close Without Saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
    <message>
        <source>Others cannot see that you have this statement open: %1</source>
        <translation>Andra kan inte se att du har yttrandet öppet: %1</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>någon annan</translation>
    </message>
    <message>
        <source>The statement is open elsewhere</source>
        <translation>Yttrandet är öppet någon annanstans</translation>
    </message>
    <message>
        <source>%1 is open by %2.

Open it read-only to look at it, or open it anyway to edit it (when you both save, one loses the other&apos;s changes)?</source>
        <translation>%1 är öppnat av %2.

Vill du öppna det skrivskyddat för att läsa det, eller öppna det ändå för att redigera det (om ni båda sparar går den enas ändringar förlorade)?</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Öppna skrivskyddat</translation>
    </message>
    <message>
        <source>Open Anyway</source>
        <translation>Öppna ändå</translation>
    </message>
    <message>
        <source>Opened although %1 has it open: agree who saves.</source>
        <translation>Öppnat trots att %1 har det öppet: kom överens om vem som sparar.</translation>
    </message>
    <message>
        <source>Cannot start the follow-up</source>
        <translation>Det gick inte att påbörja uppföljningen</translation>
    </message>
    <message>
        <source>A new follow-up statement: save it under a name of its own.</source>
        <translation>Ett nytt uppföljande yttrande: spara det under ett eget namn.</translation>
    </message>
    <message>
        <source>Cannot save the statement</source>
        <translation>Det gick inte att spara yttrandet</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 har sparats</translation>
    </message>
    <message>
        <source>Save Statement As</source>
        <translation>Spara yttrande som</translation>
    </message>
    <message>
        <source>%1 is open by %2; save under another name.</source>
        <translation>%1 är öppnat av %2; spara under ett annat namn.</translation>
    </message>
    <message>
        <source>an untitled statement</source>
        <translation>ett namnlöst yttrande</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Återställa osparade ändringar?</translation>
    </message>
    <message>
        <source>Yttra ended without saving the changes to %1 (last kept %2).

Recover them now? Discard removes them for good; Cancel asks again at the next start.</source>
        <translation>Yttra avslutades utan att ändringarna i %1 sparades (senast bevarade %2).

Vill du återställa dem nu? Förkasta tar bort dem för gott; Avbryt frågar igen vid nästa start.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Cannot remove the recovery file</source>
        <translation>Det gick inte att ta bort återställningsfilen</translation>
    </message>
    <message>
        <source>Cannot recover the statement</source>
        <translation>Det gick inte att återställa yttrandet</translation>
    </message>
    <message>
        <source>Recovered. Save the statement to keep the changes.</source>
        <translation>Återställt. Spara yttrandet för att behålla ändringarna.</translation>
    </message>
    <message>
        <source>%1[*] (read-only) — Yttra</source>
        <translation>%1[*] (skrivskyddat) — Yttra</translation>
    </message>
    <message>
        <source>%1[*] — Yttra</source>
        <translation>%1[*] — Yttra</translation>
    </message>
    <message>
        <source>%1 is no longer there; it is taken off the list.</source>
        <translation>%1 finns inte längre; det tas bort från listan.</translation>
    </message>
    <message>
        <source>No recent statements</source>
        <translation>Inga senaste yttranden</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exportera till PDF</translation>
    </message>
    <message>
        <source>Cannot export to PDF</source>
        <translation>Det gick inte att exportera till PDF</translation>
    </message>
    <message>
        <source>%1 is the statement&apos;s own file; choose another name for the PDF.</source>
        <translation>%1 är yttrandets egen fil; välj ett annat namn för PDF-filen.</translation>
    </message>
    <message>
        <source>Cannot print the statement</source>
        <translation>Det gick inte att skriva ut yttrandet</translation>
    </message>
    <message>
        <source>Sent to the printer</source>
        <translation>Skickat till skrivaren</translation>
    </message>
    <message>
        <source>Cannot read the audit report</source>
        <translation>Det gick inte att läsa granskningsrapporten</translation>
    </message>
    <message>
        <source>A new statement from the audit report: check the items, then save it.</source>
        <translation>Ett nytt yttrande från granskningsrapporten: kontrollera punkterna och spara det sedan.</translation>
    </message>
    <message>
        <source>New Statement from Audit Report</source>
        <translation>Nytt yttrande från granskningsrapport</translation>
    </message>
    <message>
        <source>Audit reports (*.pdf *.txt *.md);;All files (*)</source>
        <translation>Granskningsrapporter (*.pdf *.txt *.md);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Co&amp;mments</source>
        <translation>Ko&amp;mmentarer</translation>
    </message>
    <message>
        <source>&amp;Edit the Texts</source>
        <translation>&amp;Redigera texterna</translation>
    </message>
    <message>
        <source>Export Review Copy as &amp;PDF…</source>
        <translation>Exportera granskningsexemplar som &amp;PDF…</translation>
    </message>
    <message>
        <source>You can edit the texts. Comments are still the way to suggest a change to the secretary.</source>
        <translation>Du kan redigera texterna. Kommentarer är fortfarande sättet att föreslå ändringar för sekreteraren.</translation>
    </message>
    <message>
        <source>This draft is in review: the texts are read-only so that you comment on them (Review → Comment on This Field, Ctrl+Alt+M).</source>
        <translation>Utkastet är under genomgång: texterna är skrivskyddade så att du kommenterar dem (Granskning → Kommentera det här fältet, Ctrl+Alt+M).</translation>
    </message>
    <message>
        <source>Edit the texts</source>
        <translation>Redigera texterna</translation>
    </message>
    <message numerus="yes">
        <source>The statement has %n open comment(s). The PDF for the board and the diarium never shows comments; a review copy lists them as numbered end notes, marked where they are in the text.</source>
        <translation>
            <numerusform>Yttrandet har %n öppen kommentar. PDF:en till nämnden och diariet visar aldrig kommentarer; ett granskningsexemplar listar dem som numrerade slutnoter, markerade där de står i texten.</numerusform>
            <numerusform>Yttrandet har %n öppna kommentarer. PDF:en till nämnden och diariet visar aldrig kommentarer; ett granskningsexemplar listar dem som numrerade slutnoter, markerade där de står i texten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Statement</source>
        <translation>Yttrandet</translation>
    </message>
    <message>
        <source>A Review Copy</source>
        <translation>Ett granskningsexemplar</translation>
    </message>
    <message>
        <source>review-copy</source>
        <translation>granskningsexemplar</translation>
    </message>
    <message>
        <source>Export Review Copy as PDF</source>
        <translation>Exportera granskningsexemplar som PDF</translation>
    </message>
    <message>
        <source>Cannot use the Word template</source>
        <translation>Wordmallen kan inte användas</translation>
    </message>
    <message>
        <source>Word documents of %1 are now made in the template %2.</source>
        <translation>Worddokument från %1 görs nu i mallen %2.</translation>
    </message>
    <message>
        <source>Word Template for This Board</source>
        <translation>Wordmall för den här nämnden</translation>
    </message>
    <message>
        <source>Yttra keeps a Word template for each board, and this statement names no board yet. Write the board&apos;s name under Statement Details first.</source>
        <translation>Yttra har en Wordmall för varje nämnd, och det här yttrandet anger ännu ingen nämnd. Skriv först nämndens namn under Uppgifter om yttrandet.</translation>
    </message>
    <message>
        <source>The Word documents of %1 are made in the template %2.</source>
        <translation>Worddokument från %1 görs i mallen %2.</translation>
    </message>
    <message>
        <source>The Word documents of %1 are made in the template %2, which is no longer there.</source>
        <translation>Worddokument från %1 görs i mallen %2, som inte längre finns.</translation>
    </message>
    <message>
        <source>Choose another template, or go back to Yttra&apos;s built-in template?</source>
        <translation>Välja en annan mall, eller gå tillbaka till Yttras inbyggda mall?</translation>
    </message>
    <message>
        <source>Choose Another…</source>
        <translation>Välj en annan…</translation>
    </message>
    <message>
        <source>Use Yttra&apos;s Built-in Template</source>
        <translation>Använd Yttras inbyggda mall</translation>
    </message>
    <message>
        <source>Word documents of %1 are now made in Yttra&apos;s built-in template.</source>
        <translation>Worddokument från %1 görs nu i Yttras inbyggda mall.</translation>
    </message>
    <message>
        <source>Export to Word</source>
        <translation>Exportera till Word</translation>
    </message>
    <message>
        <source>The Word template chosen for %1, %2, is no longer there: moved, renamed, or on a drive that is not connected.</source>
        <translation>Wordmallen som valts för %1, %2, finns inte längre: flyttad, omdöpt eller på en enhet som inte är ansluten.</translation>
    </message>
    <message>
        <source>Choose the template again, or export in Yttra&apos;s built-in template this time?</source>
        <translation>Välja mallen igen, eller exportera i Yttras inbyggda mall den här gången?</translation>
    </message>
    <message>
        <source>Choose the Template…</source>
        <translation>Välj mallen…</translation>
    </message>
    <message>
        <source>Export to Word in the Template %1</source>
        <translation>Exportera till Word i mallen %1</translation>
    </message>
    <message>
        <source>Cannot export to Word</source>
        <translation>Kan inte exportera till Word</translation>
    </message>
    <message>
        <source>%1 is the statement&apos;s own file; choose another name for the Word document.</source>
        <translation>%1 är yttrandets egen fil; välj ett annat namn för Worddokumentet.</translation>
    </message>
    <message>
        <source>Exported to %1 in Yttra&apos;s built-in Word template</source>
        <translation>Exporterade till %1 i Yttras inbyggda Wordmall</translation>
    </message>
    <message>
        <source>Exported to %1 in the template %2</source>
        <translation>Exporterade till %1 i mallen %2</translation>
    </message>
    <message>
        <source>Exported to Word, with warnings</source>
        <translation>Exporterat till Word, med varningar</translation>
    </message>
    <message>
        <source>The document %1 was written, but:

%2</source>
        <translation>Dokumentet %1 skrevs, men:

%2</translation>
    </message>
    <message>
        <source>Import Review from Word</source>
        <translation>Läs in granskning från Word</translation>
    </message>
    <message>
        <source>Cannot import the review from Word</source>
        <translation>Kan inte läsa in granskningen från Word</translation>
    </message>
    <message>
        <source>The statement is read-only, so neither its comments nor its texts can change here.</source>
        <translation>Yttrandet är skrivskyddat, så varken dess kommentarer eller dess texter kan ändras här.</translation>
    </message>
    <message>
        <source>%1 has no comments or changes that are not here already.</source>
        <translation>%1 har inga kommentarer eller ändringar som inte redan finns här.</translation>
    </message>
    <message>
        <source>Review from Word imported</source>
        <translation>Granskningen från Word är inläst</translation>
    </message>
    <message>
        <source>Review from Word imported, with conflicts</source>
        <translation>Granskningen från Word är inläst, med konflikter</translation>
    </message>
    <message>
        <source>This draft is in review and its texts are read-only for you, so no change can be accepted here: comment on the text instead, or choose to edit the texts.</source>
        <translation>Utkastet är under granskning och texterna är skrivskyddade för dig, så ingen ändring kan godtas här: kommentera texten i stället, eller välj att redigera texterna.</translation>
    </message>
    <message>
        <source>Imported the review from %1. Undo takes back what was taken in, step by step.</source>
        <translation>Läste in granskningen från %1. Ångra tar tillbaka det som fördes in, steg för steg.</translation>
    </message>
    <message>
        <source>Opened, with warnings</source>
        <translation>Öppnad, med varningar</translation>
    </message>
    <message>
        <source>%1 was opened, but:

%2</source>
        <translation>%1 öppnades, men:

%2</translation>
    </message>
    <message>
        <source>Exported to PDF, with warnings</source>
        <translation>Exporterad till PDF, med varningar</translation>
    </message>
    <message>
        <source>The PDF %1 was written, but:

%2</source>
        <translation>PDF-filen %1 skrevs, men:

%2</translation>
    </message>
    <message>
        <source>The logo is the one the settings keep for %1: choose another under Edit → Settings, or give the statement a logo of its own in its details.</source>
        <translation>Logotypen är den som inställningarna har för %1: välj en annan under Redigera → Inställningar, eller ge yttrandet en egen logotyp under dess uppgifter.</translation>
    </message>
    <message>
        <source>Printed, with warnings</source>
        <translation>Utskriven, med varningar</translation>
    </message>
    <message>
        <source>The statement was sent to the printer, but:

%1</source>
        <translation>Yttrandet skickades till skrivaren, men:

%1</translation>
    </message>
    <message>
        <source>Saved %1, %2</source>
        <translation>%1 sparades, %2</translation>
    </message>
    <message>
        <source>It becomes editable here when they close it; Save As makes an editable copy now.</source>
        <translation>Den går att redigera här när den andra stänger den; Spara som gör en redigerbar kopia nu.</translation>
    </message>
    <message>
        <source>The other user closed the statement: it is editable now, with the changes they saved.</source>
        <translation>Den andra användaren har stängt yttrandet: det går att redigera nu, med de ändringar hen sparade.</translation>
    </message>
    <message>
        <source>The other user closed the statement: it is editable now.</source>
        <translation>Den andra användaren har stängt yttrandet: det går att redigera nu.</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Skrivskyddat: %1</translation>
    </message>
    <message>
        <source>opened with File → Open Read-Only; Save As makes an editable copy.</source>
        <translation>öppnat med Arkiv → Öppna skrivskyddat; Spara som gör en redigerbar kopia.</translation>
    </message>
    <message>
        <source>Open Statement Read-Only</source>
        <translation>Öppna yttrande skrivskyddat</translation>
    </message>
    <message>
        <source>Reading the Audit Report</source>
        <translation>Läser revisionsrapporten</translation>
    </message>
    <message>
        <source>Reading page %1 of %2 with text recognition…</source>
        <translation>Läser sida %1 av %2 med textigenkänning…</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Register…</translation>
    </message>
    <message>
        <source>Every recommendation in a folder of statements, with its state and next date</source>
        <translation>Alla rekommendationer i en mapp med yttranden, med läge och nästa datum</translation>
    </message>
    <message>
        <source>%1 has no item %2 any more.</source>
        <translation>%1 har inte längre punkten %2.</translation>
    </message>
</context>
<context>
    <name>yttra::MeasureDelegate</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>e.g. 2026-06-30, juni 2026, Q4 2026, tertial 1 2027, löpande</source>
        <translation>t.ex. 2026-06-30, juni 2026, Q4 2026, tertial 1 2027, löpande</translation>
    </message>
</context>
<context>
    <name>yttra::MeasureTableModel</name>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Avser</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Senast genomförd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>there is no such measure</source>
        <translation>det finns ingen sådan åtgärd</translation>
    </message>
    <message>
        <source>no value was given</source>
        <translation>inget värde angavs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a status of a measure</source>
        <translation>&quot;%1&quot; är ingen status för en åtgärd</translation>
    </message>
    <message>
        <source>the items a measure answers are linked, not typed</source>
        <translation>punkterna som en åtgärd avser kopplas, de skrivs inte in</translation>
    </message>
    <message>
        <source>this part of a measure cannot be edited here</source>
        <translation>den här delen av en åtgärd kan inte redigeras här</translation>
    </message>
</context>
<context>
    <name>yttra::MeasuresPage</name>
    <message>
        <source>Description of the measure</source>
        <translation>Åtgärdens beskrivning</translation>
    </message>
    <message>
        <source>Deadline of the measure</source>
        <translation>När åtgärden senast ska vara genomförd</translation>
    </message>
    <message>
        <source>Filter measures</source>
        <translation>Filtrera åtgärder</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>No item yet</source>
        <translation>Ingen punkt än</translation>
    </message>
    <message>
        <source>Measure %1 of %2</source>
        <translation>Åtgärd %1 av %2</translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n measure(s) shown</source>
        <translation>
            <numerusform>%1 av %n åtgärd visas</numerusform>
            <numerusform>%1 av %n åtgärder visas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the measure</source>
        <translation>Det gick inte att lägga till åtgärden</translation>
    </message>
    <message>
        <source>Cannot remove the measure</source>
        <translation>Det gick inte att ta bort åtgärden</translation>
    </message>
    <message>
        <source>the measure</source>
        <translation>åtgärden</translation>
    </message>
    <message>
        <source>Items answered by %1</source>
        <translation>Punkter som %1 avser</translation>
    </message>
    <message>
        <source>Tick the items that &quot;%1&quot; answers.</source>
        <translation>Markera de punkter som &quot;%1&quot; avser.</translation>
    </message>
    <message>
        <source>Link %1 to items</source>
        <translation>Koppla %1 till punkter</translation>
    </message>
    <message>
        <source>Cannot link the items</source>
        <translation>Det gick inte att koppla punkterna</translation>
    </message>
    <message>
        <source>Cannot move the measure</source>
        <translation>Åtgärden kan inte flyttas</translation>
    </message>
</context>
<context>
    <name>yttra::NavigatorModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>komplett</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n brist</numerusform>
            <numerusform>%n brister</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Komplett</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) missing or wrong; see Completeness</source>
        <translation>
            <numerusform>%n sak saknas eller är fel; se Fullständighet</numerusform>
            <numerusform>%n saker saknas eller är fel; se Fullständighet</numerusform>
        </translation>
    </message>
    <message>
        <source>Statement details</source>
        <translation>Uppgifter om yttrandet</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message numerus="yes">
        <source>Measures register (%n)</source>
        <translation>
            <numerusform>Åtgärdsregister (%n)</numerusform>
            <numerusform>Åtgärdsregister (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Underskrifter</translation>
    </message>
    <message numerus="yes">
        <source>%n open comment(s)</source>
        <translation>
            <numerusform>%n öppen kommentar</numerusform>
            <numerusform>%n öppna kommentarer</numerusform>
        </translation>
    </message>
    <message>
        <source>there is no such item</source>
        <translation>det finns ingen sådan punkt</translation>
    </message>
    <message>
        <source>no value was given</source>
        <translation>inget värde angavs</translation>
    </message>
    <message>
        <source>the statement is open read-only</source>
        <translation>yttrandet är öppnat skrivskyddat</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of item</source>
        <translation>&quot;%1&quot; är ingen typ av punkt</translation>
    </message>
    <message>
        <source>this part of an item cannot be edited here</source>
        <translation>den här delen av en punkt kan inte redigeras här</translation>
    </message>
    <message>
        <source>only one item can be moved at a time</source>
        <translation>bara en punkt i taget kan flyttas</translation>
    </message>
    <message>
        <source>an item can only be moved among the items</source>
        <translation>en punkt kan bara flyttas bland punkterna</translation>
    </message>
</context>
<context>
    <name>yttra::PreviewPane</name>
    <message>
        <source>‹</source>
        <comment>previous page</comment>
        <translation>‹</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <source>›</source>
        <comment>next page</comment>
        <translation>›</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <source>−</source>
        <comment>zoom out</comment>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>+</source>
        <comment>zoom in</comment>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Sida</translation>
    </message>
    <message>
        <source>The preview cannot be shown: %1</source>
        <translation>Förhandsgranskningen kan inte visas: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Beräknar sidlayout…</translation>
    </message>
</context>
<context>
    <name>yttra::ProposedChangesDialog</name>
    <message>
        <source>Review from Word: %1</source>
        <translation>Granskning från Word: %1</translation>
    </message>
    <message>
        <source>No text was changed in %1.</source>
        <translation>Ingen text ändrades i %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) proposed in %1. Nothing in the statement changes until you accept a change; Undo takes back each change you accepted, one by one.</source>
        <translation>
            <numerusform>%n ändring föreslås i %1. Inget i yttrandet ändras förrän du godtar en ändring; Ångra tar tillbaka varje ändring du godtagit, en i taget.</numerusform>
            <numerusform>%n ändringar föreslås i %1. Inget i yttrandet ändras förrän du godtar en ändring; Ångra tar tillbaka varje ändring du godtagit, en i taget.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the texts</source>
        <translation>Redigera texterna</translation>
    </message>
    <message>
        <source>Cannot accept the change</source>
        <translation>Kan inte godta ändringen</translation>
    </message>
    <message>
        <source>the statement is no longer open</source>
        <translation>yttrandet är inte längre öppet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Close the Review from Word</source>
        <translation>Stäng granskningen från Word</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) are neither accepted nor rejected. They are not taken into the statement; import the Word document again to decide on them later.</source>
        <translation>
            <numerusform>%n ändring är varken godtagen eller avvisad. Den förs inte in i yttrandet; läs in Worddokumentet igen för att avgöra den senare.</numerusform>
            <numerusform>%n ändringar är varken godtagna eller avvisade. De förs inte in i yttrandet; läs in Worddokumentet igen för att avgöra dem senare.</numerusform>
        </translation>
    </message>
    <message>
        <source>who is not recorded</source>
        <translation>av okänd</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>av %1</translation>
    </message>
    <message>
        <source>changed here too since the export</source>
        <translation>ändrat här också sedan exporten</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>godtagen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avvisad</translation>
    </message>
    <message>
        <source>Changed in Word; the document does not say by whom.</source>
        <translation>Ändrat i Word; dokumentet säger inte av vem.</translation>
    </message>
    <message>
        <source>Changed in Word by %1.</source>
        <translation>Ändrat i Word av %1.</translation>
    </message>
    <message>
        <source>The statement&apos;s text has changed too since the Word document was exported.</source>
        <translation>Yttrandets text har också ändrats sedan Worddokumentet exporterades.</translation>
    </message>
    <message>
        <source>The reviewer worked on an older text: accepting replaces the text as it is now, struck through below.</source>
        <translation>Granskaren arbetade med en äldre text: att godta ersätter texten som den är nu, överstruken nedan.</translation>
    </message>
    <message>
        <source>Accepted: the statement has the new text. Undo takes it back.</source>
        <translation>Godtagen: yttrandet har den nya texten. Ångra tar tillbaka den.</translation>
    </message>
    <message>
        <source>Rejected: the statement keeps its text.</source>
        <translation>Avvisad: yttrandet behåller sin text.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Not taken in: do these by hand</source>
        <translation>Inte införda: gör dessa för hand</translation>
    </message>
    <message>
        <source>Their text cannot come back from the document; the statement keeps its own.</source>
        <translation>Deras text kan inte komma tillbaka från dokumentet; yttrandet behåller sin egen.</translation>
    </message>
    <message>
        <source>Fields deleted in Word</source>
        <translation>Fält som tagits bort i Word</translation>
    </message>
    <message>
        <source>How comments were placed</source>
        <translation>Hur kommentarer placerades</translation>
    </message>
    <message>
        <source>The document does not say what it held when it was exported, so Yttra cannot tell whether the statement&apos;s text changed since.</source>
        <translation>Dokumentet säger inte vad det innehöll när det exporterades, så Yttra kan inte avgöra om yttrandets text har ändrats sedan dess.</translation>
    </message>
    <message>
        <source>there is no such change</source>
        <translation>det finns ingen sådan ändring</translation>
    </message>
    <message>
        <source>the change was decided on already</source>
        <translation>ändringen är redan avgjord</translation>
    </message>
</context>
<context>
    <name>yttra::Recovery</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan inte läsas: %1</translation>
    </message>
    <message>
        <source>is too large to be a recovery file</source>
        <translation>är för stor för att vara en återställningsfil</translation>
    </message>
    <message>
        <source>is not a recovery file of Yttra</source>
        <translation>är inte en återställningsfil från Yttra</translation>
    </message>
    <message>
        <source>the recovery folder cannot be created</source>
        <translation>mappen för återställningsfiler kan inte skapas</translation>
    </message>
    <message>
        <source>the recovery file cannot be removed: %1</source>
        <translation>återställningsfilen kan inte tas bort: %1</translation>
    </message>
</context>
<context>
    <name>yttra::RegisterModel</name>
    <message>
        <source>The follow-up statement was due on %1.</source>
        <translation>Det uppföljande yttrandet skulle ha lämnats senast %1.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Next date</source>
        <translation>Nästa datum</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Nämnd</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Tidpunkter</translation>
    </message>
</context>
<context>
    <name>yttra::RegisterWindow</name>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <source>A folder of statements, such as the board&apos;s folder on the shared drive</source>
        <translation>En mapp med yttranden, till exempel nämndens mapp på den gemensamma enheten</translation>
    </message>
    <message>
        <source>F&amp;older…</source>
        <translation>Väl&amp;j mapp…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Read the folder again (F5); it is also read again when files in it change</source>
        <translation>Läs mappen igen (F5); den läses också igen när filer i den ändras</translation>
    </message>
    <message>
        <source>Double-click (or Enter) opens the statement at the item</source>
        <translation>Dubbelklicka (eller tryck Retur) för att öppna yttrandet vid punkten</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Läser…</translation>
    </message>
    <message>
        <source>Only this board&apos;s items</source>
        <translation>Bara den här nämndens punkter</translation>
    </message>
    <message>
        <source>Only this audit&apos;s items</source>
        <translation>Bara den här granskningens punkter</translation>
    </message>
    <message>
        <source>Only the items of statements of this year</source>
        <translation>Bara punkterna i årets yttranden</translation>
    </message>
    <message>
        <source>Only the items in this state</source>
        <translation>Bara punkterna i det här läget</translation>
    </message>
    <message>
        <source>Only the items with a measure this person is responsible for</source>
        <translation>Bara punkterna med en åtgärd som den här personen ansvarar för</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Only the items with all these words, in any column</source>
        <translation>Bara punkterna med alla de här orden, i vilken kolumn som helst</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alla lägen</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>V&amp;isa:</translation>
    </message>
    <message>
        <source>Register – %1</source>
        <translation>Register – %1</translation>
    </message>
    <message>
        <source>The Register&apos;s Folder</source>
        <translation>Registrets mapp</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be used</source>
        <translation>
            <numerusform>%n fil kunde inte användas</numerusform>
            <numerusform>%n filer kunde inte användas</numerusform>
        </translation>
    </message>
    <message>
        <source>The folder cannot be read: %1</source>
        <translation>Mappen kan inte läsas: %1</translation>
    </message>
    <message>
        <source>All boards</source>
        <translation>Alla nämnder</translation>
    </message>
    <message>
        <source>All audits</source>
        <translation>Alla granskningar</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alla år</translation>
    </message>
    <message>
        <source>Everyone responsible</source>
        <translation>Alla ansvariga</translation>
    </message>
    <message>
        <source>Choose the folder of the statements with Folder…</source>
        <translation>Välj mappen med yttrandena med Välj mapp…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n punkt</numerusform>
            <numerusform>%n punkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n statement(s)</source>
        <translation>
            <numerusform>i %n yttrande</numerusform>
            <numerusform>i %n yttranden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n shown)</source>
        <translation>
            <numerusform>(%n visas)</numerusform>
            <numerusform>(%n visas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yttra::ReportPageView</name>
    <message>
        <source>The previous place in the report where this item is</source>
        <translation>Det föregående stället i rapporten där punkten står</translation>
    </message>
    <message>
        <source>Previous place</source>
        <translation>Föregående ställe</translation>
    </message>
    <message>
        <source>The next place in the report where this item is</source>
        <translation>Nästa ställe i rapporten där punkten står</translation>
    </message>
    <message>
        <source>Next place</source>
        <translation>Nästa ställe</translation>
    </message>
    <message>
        <source>This page was read by text recognition: check the item&apos;s words against the page.</source>
        <translation>Sidan lästes med textigenkänning: jämför punktens ord med sidan.</translation>
    </message>
    <message>
        <source>The report&apos;s text</source>
        <translation>Rapportens text</translation>
    </message>
    <message>
        <source>Select an item to see where the report has it.</source>
        <translation>Välj en punkt för att se var den står i rapporten.</translation>
    </message>
    <message>
        <source>Place %1 of %2</source>
        <translation>Ställe %1 av %2</translation>
    </message>
    <message>
        <source>The report does not say where this item was found.</source>
        <translation>Det är inte känt var i rapporten punkten hittades.</translation>
    </message>
    <message>
        <source>Page %1, line %2</source>
        <translation>Sida %1, rad %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Sida %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Rad %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>where in the report: page and line — section</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>It is not known which file the report was read from.</source>
        <translation>Det är inte känt vilken fil rapporten lästes från.</translation>
    </message>
    <message>
        <source>The report does not say on which page this item was found.</source>
        <translation>Det är inte känt på vilken sida punkten hittades.</translation>
    </message>
    <message>
        <source>The page cannot be shown: %1</source>
        <translation>Sidan kan inte visas: %1</translation>
    </message>
    <message>
        <source>Page %1 of the report</source>
        <translation>Sida %1 i rapporten</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>——— page %1 ———</source>
        <comment>between the pages of a text file</comment>
        <translation>——— sida %1 ———</translation>
    </message>
    <message>
        <source>The report&apos;s text cannot be shown: %1</source>
        <translation>Rapportens text kan inte visas: %1</translation>
    </message>
</context>
<context>
    <name>yttra::ReviewMenu</name>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Granskning</translation>
    </message>
    <message>
        <source>&amp;Comment on This Field…</source>
        <translation>&amp;Kommentera det här fältet…</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Import Comments From…</source>
        <translation>&amp;Hämta kommentarer från…</translation>
    </message>
    <message>
        <source>Compare &amp;Versions…</source>
        <translation>Jämför &amp;versioner…</translation>
    </message>
    <message>
        <source>&amp;State: %1</source>
        <translation>&amp;Status: %1</translation>
    </message>
    <message>
        <source>a change of state needs your name (Settings)</source>
        <translation>ett byte av status behöver ditt namn (Inställningar)</translation>
    </message>
    <message>
        <source>Cannot change the review state</source>
        <translation>Kan inte ändra granskningsstatus</translation>
    </message>
    <message>
        <source>The statement is now: %1</source>
        <translation>Yttrandet är nu: %1</translation>
    </message>
    <message>
        <source>Import Comments From</source>
        <translation>Hämta kommentarer från</translation>
    </message>
    <message>
        <source>Cannot import comments</source>
        <translation>Kan inte hämta kommentarer</translation>
    </message>
    <message>
        <source>%1 is the open statement&apos;s own file: choose the copy a reviewer sent back.</source>
        <translation>%1 är det öppna yttrandets egen fil: välj kopian som en granskare skickade tillbaka.</translation>
    </message>
    <message>
        <source>Import Comments</source>
        <translation>Hämta kommentarer</translation>
    </message>
    <message>
        <source>%1 has no comments that are not here already.</source>
        <translation>%1 har inga kommentarer som inte redan finns här.</translation>
    </message>
    <message numerus="yes">
        <source>%n new comment(s)</source>
        <translation>
            <numerusform>%n ny kommentar</numerusform>
            <numerusform>%n nya kommentarer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new reply(-ies)</source>
        <translation>
            <numerusform>%n nytt svar</numerusform>
            <numerusform>%n nya svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) resolved or reopened</source>
        <translation>
            <numerusform>%n kommentar löst eller öppnad igen</numerusform>
            <numerusform>%n kommentarer lösta eller öppnade igen</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1: %2.</source>
        <translation>Från %1: %2.</translation>
    </message>
    <message>
        <source>• %1: %2</source>
        <translation>• %1: %2</translation>
    </message>
    <message>
        <source>• %1, “%2”: %3</source>
        <translation>• %1, ”%2”: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s) are about text that has changed since:</source>
        <translation>
            <numerusform>%n kommentar gäller text som har ändrats sedan dess:</numerusform>
            <numerusform>%n kommentarer gäller text som har ändrats sedan dess:</numerusform>
        </translation>
    </message>
    <message>
        <source>Comments imported, with conflicts</source>
        <translation>Kommentarerna hämtades, med konflikter</translation>
    </message>
    <message>
        <source>Comments imported</source>
        <translation>Kommentarerna hämtades</translation>
    </message>
    <message>
        <source>Imported the comments from %1. Undo takes them away again.</source>
        <translation>Kommentarerna från %1 har hämtats. Ångra tar bort dem igen.</translation>
    </message>
    <message>
        <source>the open statement</source>
        <translation>det öppna yttrandet</translation>
    </message>
    <message>
        <source>%1 (as it is now)</source>
        <translation>%1 (som det är nu)</translation>
    </message>
    <message>
        <source>the statement&apos;s comments cannot be changed here</source>
        <translation>yttrandets kommentarer kan inte ändras här</translation>
    </message>
</context>
<context>
    <name>yttra::RichTextEdit</name>
    <message>
        <source>B</source>
        <comment>bold button</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Fetstil</translation>
    </message>
    <message>
        <source>I</source>
        <comment>italic button</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Punktlista</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Lista</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Numrerad lista</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Länk…</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Formatting of %1</source>
        <translation>Formatering av %1</translation>
    </message>
    <message>
        <source>Address of the link (empty to remove it):</source>
        <translation>Länkens adress (tom för att ta bort länken):</translation>
    </message>
</context>
<context>
    <name>yttra::Settings</name>
    <message>
        <source>the autosave interval must be between %1 and %2 seconds</source>
        <translation>intervallet för automatisk sparning måste vara mellan %1 och %2 sekunder</translation>
    </message>
    <message>
        <source>the value is not acceptable for the setting &quot;%1&quot;</source>
        <translation>värdet är inte godtagbart för inställningen &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the settings cannot be written</source>
        <translation>inställningarna kan inte skrivas</translation>
    </message>
    <message>
        <source>the settings file is not in the expected format</source>
        <translation>inställningsfilen har inte det förväntade formatet</translation>
    </message>
    <message>
        <source>a Word template is kept per board, and the statement names no board</source>
        <translation>en Wordmall sparas per nämnd, och yttrandet anger ingen nämnd</translation>
    </message>
    <message>
        <source>the logo must be a PNG or SVG image</source>
        <translation>logotypen måste vara en PNG- eller SVG-bild</translation>
    </message>
    <message>
        <source>the logo is %1 KB, and the settings keep logos of at most %2 KB: save the image smaller, or give the statement the logo in its details instead</source>
        <translation>logotypen är %1 kB, och inställningarna sparar logotyper på högst %2 kB: spara bilden mindre, eller ge i stället yttrandet logotypen under dess uppgifter</translation>
    </message>
    <message>
        <source>a logo is kept per board, and the statement names no board</source>
        <translation>en logotyp sparas per nämnd, och yttrandet anger ingen nämnd</translation>
    </message>
</context>
<context>
    <name>yttra::SettingsDialog</name>
    <message>
        <source>Cannot keep the setting</source>
        <translation>Det gick inte att behålla inställningen</translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation>Det gick inte att spara inställningarna</translation>
    </message>
    <message>
        <source>%1 (no longer there)</source>
        <translation>%1 (finns inte längre)</translation>
    </message>
    <message>
        <source>Word Template for a Board</source>
        <translation>Wordmall för en nämnd</translation>
    </message>
    <message>
        <source>The board&apos;s name, as its statements spell it:</source>
        <translation>Nämndens namn, som dess yttranden stavar det:</translation>
    </message>
    <message>
        <source>(decoration, no description)</source>
        <translation>(dekoration, ingen beskrivning)</translation>
    </message>
    <message>
        <source>cannot be drawn: %1</source>
        <translation>kan inte ritas: %1</translation>
    </message>
    <message>
        <source>Logo for a Board</source>
        <translation>Logotyp för en nämnd</translation>
    </message>
    <message>
        <source>Logo of %1</source>
        <translation>Logotypen för %1</translation>
    </message>
    <message>
        <source>Cannot use the logo</source>
        <translation>Logotypen kan inte användas</translation>
    </message>
    <message>
        <source>The logo %1 cannot be kept in the settings: %2.</source>
        <translation>Logotypen %1 kan inte sparas i inställningarna: %2.</translation>
    </message>
</context>
<context>
    <name>yttra::SignaturesPage</name>
    <message>
        <source>Reservations and separate opinions</source>
        <translation>Reservationer och särskilda yttranden</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(inget namn än)</translation>
    </message>
    <message>
        <source>Cannot add a signature</source>
        <translation>Underskriften kan inte läggas till</translation>
    </message>
    <message>
        <source>Cannot remove the signature</source>
        <translation>Underskriften kan inte tas bort</translation>
    </message>
    <message>
        <source>Cannot move the signature</source>
        <translation>Underskriften kan inte flyttas</translation>
    </message>
</context>
<context>
    <name>yttra::SpellCheck</name>
    <message>
        <source>No suggestions</source>
        <translation>Inga förslag</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to Dictionary</source>
        <translation>Lägg till &quot;%1&quot; i ordlistan</translation>
    </message>
</context>
<context>
    <name>yttra::StatementDocument</name>
    <message>
        <source>Edit %1</source>
        <translation>Redigera %1</translation>
    </message>
    <message>
        <source>the statement has no file name yet</source>
        <translation>yttrandet har inget filnamn än</translation>
    </message>
    <message>
        <source>there is no entry number %1 (there are %2)</source>
        <translation>det finns ingen post med nummer %1 (antal poster: %2)</translation>
    </message>
    <message>
        <source>%1 is not an editable field</source>
        <translation>%1 är inte ett redigerbart fält</translation>
    </message>
    <message>
        <source>an item needs an id of its own; &quot;%1&quot; is taken or empty</source>
        <translation>en punkt behöver ett eget id; &quot;%1&quot; används redan eller är tomt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use letters A-Z, digits, &quot;-&quot; and &quot;_&quot;</source>
        <translation>&quot;%1&quot; är inte ett giltigt id: använd bokstäverna A–Z (utan å, ä, ö), siffror, &quot;-&quot; och &quot;_&quot;</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Lägg till punkt</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Ta bort punkt</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Flytta punkt</translation>
    </message>
    <message>
        <source>Duplicate item</source>
        <translation>Duplicera punkt</translation>
    </message>
    <message>
        <source>a measure needs an id of its own; &quot;%1&quot; is taken or empty</source>
        <translation>en åtgärd behöver ett eget id; &quot;%1&quot; används redan eller är tomt</translation>
    </message>
    <message>
        <source>Add measure</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <source>Remove measure</source>
        <translation>Ta bort åtgärd</translation>
    </message>
    <message>
        <source>Move measure</source>
        <translation>Flytta åtgärd</translation>
    </message>
    <message>
        <source>Add signature</source>
        <translation>Lägg till underskrift</translation>
    </message>
    <message>
        <source>Remove signature</source>
        <translation>Ta bort underskrift</translation>
    </message>
    <message>
        <source>Move signature</source>
        <translation>Flytta underskrift</translation>
    </message>
    <message>
        <source>there is no item &quot;%1&quot;</source>
        <translation>det finns ingen punkt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Link measure</source>
        <translation>Koppla åtgärd</translation>
    </message>
    <message>
        <source>Unlink measure</source>
        <translation>Ta bort koppling till åtgärd</translation>
    </message>
    <message>
        <source>there is no measure &quot;%1&quot;</source>
        <translation>det finns ingen åtgärd &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Link measures</source>
        <translation>Koppla åtgärder</translation>
    </message>
    <message>
        <source>the measure links to the item &quot;%1&quot;, which does not exist</source>
        <translation>åtgärden hänvisar till punkten &quot;%1&quot;, som inte finns</translation>
    </message>
    <message>
        <source>the measure links to the item &quot;%1&quot; twice</source>
        <translation>åtgärden hänvisar två gånger till punkten &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>yttra::StatementEditor</name>
    <message>
        <source>&amp;Add Item</source>
        <translation>&amp;Lägg till punkt</translation>
    </message>
    <message>
        <source>D&amp;uplicate Item</source>
        <translation>&amp;Duplicera punkt</translation>
    </message>
    <message>
        <source>&amp;Remove Item</source>
        <translation>&amp;Ta bort punkt</translation>
    </message>
    <message>
        <source>Move Item &amp;Up</source>
        <translation>Flytta punkt &amp;uppåt</translation>
    </message>
    <message>
        <source>Move Item &amp;Down</source>
        <translation>Flytta punkt &amp;nedåt</translation>
    </message>
    <message>
        <source>&amp;Link Measures to Item…</source>
        <translation>&amp;Koppla åtgärder till punkt…</translation>
    </message>
    <message>
        <source>Add &amp;Measure</source>
        <translation>Lägg t&amp;ill åtgärd</translation>
    </message>
    <message>
        <source>Remo&amp;ve Measure</source>
        <translation>Ta &amp;bort åtgärd</translation>
    </message>
    <message>
        <source>Link &amp;Items to Measure…</source>
        <translation>Koppla &amp;punkter till åtgärd…</translation>
    </message>
    <message>
        <source>Measure %1</source>
        <translation>Åtgärd %1</translation>
    </message>
    <message>
        <source>Measure %1 (%2)</source>
        <translation>Åtgärd %1 (%2)</translation>
    </message>
    <message>
        <source>Removed %1. Undo brings it back.</source>
        <translation>%1 har tagits bort. Ångra för att få tillbaka den.</translation>
    </message>
    <message>
        <source>a part that was removed</source>
        <translation>en del som har tagits bort</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Cannot duplicate the item: %1</source>
        <translation>Punkten kan inte dupliceras: %1</translation>
    </message>
</context>
<context>
    <name>yttra::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Reading guide</source>
        <translation>Läsanvisningar</translation>
    </message>
</context>
</TS>
