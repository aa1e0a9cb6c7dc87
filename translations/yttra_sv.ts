<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
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
        <source>Usage: yttra-cli COMMAND [OPTIONS]

Work with Yttra statements (.yttrande files) without a window.

Commands:
  validate FILE [--strict]
      List problems, one per line: &quot;error|warning &lt;pointer&gt;: &lt;message&gt;&quot;.
      --strict makes gaps in the auditors&apos; template errors.
  followup FIRST.yttrande [--from DATE] [--to DATE] -o OUT.yttrande
      Start the follow-up statement from a first statement; the period
      reported on runs from DATE (default: the first statement&apos;s date) to DATE.
  example -o OUT.yttrande
      Write the built-in example statement (&quot;-&quot; writes to standard output).

Options:
  -h, --help      Show this help.
  -v, --version   Show the version.

Exit codes: 0 success; 1 the input is invalid; 2 wrong usage;
3 a file cannot be read or written. No command changes its input file.
</source>
        <translation>Användning: yttra-cli COMMAND [OPTIONS]

Arbeta med yttranden från Yttra (.yttrande-filer) utan grafiskt gränssnitt.

Kommandon:
  validate FILE [--strict]
      Lista problemen, ett per rad: &quot;error|warning &lt;pointer&gt;: &lt;message&gt;&quot;.
      Med --strict blir det som saknas enligt revisorernas mall fel (error).
  followup FIRST.yttrande [--from DATE] [--to DATE] -o OUT.yttrande
      Skapa det uppföljande yttrandet från ett första yttrande; perioden som
      redovisas löper från DATE (standard: första yttrandets datum) till DATE.
  example -o OUT.yttrande
      Skriv det inbyggda exempelyttrandet (&quot;-&quot; skriver till standardutdata).

Flaggor:
  -h, --help      Visa den här hjälpen.
  -v, --version   Visa versionen.

Returkoder: 0 lyckad körning; 1 ogiltig indata; 2 felaktig användning;
3 en fil kan inte läsas eller skrivas. Inget kommando ändrar sin indatafil.
</translation>
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
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>&quot;%1&quot; is not a deadline: use YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Tn, YYYY-Hn, YYYY or &quot;ongoing&quot;</source>
        <translation>&quot;%1&quot; är ingen giltig tidpunkt: använd ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ-Qn, ÅÅÅÅ-Tn, ÅÅÅÅ-Hn, ÅÅÅÅ eller &quot;ongoing&quot; (löpande)</translation>
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
        <source>Statement</source>
        <translation>Yttrande</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Vald punkt</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
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
        <source>Open the &amp;Example</source>
        <translation>Öppna &amp;exemplet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;About Yttra</source>
        <translation>&amp;Om Yttra</translation>
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
        <source>could not be written completely (%1); the previous file is unchanged</source>
        <translation>kunde inte skrivas helt (%1); den tidigare filen är oförändrad</translation>
    </message>
    <message>
        <source>could not be saved (%1); the previous file is unchanged</source>
        <translation>kunde inte sparas (%1); den tidigare filen är oförändrad</translation>
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
    <name>yttra::MainWindow</name>
    <message>
        <source>Not answered by this board</source>
        <translation>Besvaras inte av nämnden</translation>
    </message>
    <message>
        <source>Planned measures</source>
        <translation>Planerade åtgärder</translation>
    </message>
    <message>
        <source>Previously decided measure</source>
        <translation>Tidigare beslutad åtgärd</translation>
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
        <source>Linked measures</source>
        <translation>Kopplade åtgärder</translation>
    </message>
    <message>
        <source>Cannot open the statement</source>
        <translation>Det gick inte att öppna yttrandet</translation>
    </message>
    <message>
        <source>First statement</source>
        <translation>Första yttrande</translation>
    </message>
    <message>
        <source>Follow-up statement</source>
        <translation>Uppföljande yttrande</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n punkt</numerusform>
            <numerusform>%n punkter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n åtgärd</numerusform>
            <numerusform>%n åtgärder</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
    <message>
        <source>%1 — Yttra</source>
        <translation>%1 — Yttra</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivskyddad</translation>
    </message>
    <message>
        <source>Open Statement</source>
        <translation>Öppna yttrande</translation>
    </message>
    <message>
        <source>Yttra statements (*.yttrande);;All files (*)</source>
        <translation>Yttranden (*.yttrande);;Alla filer (*)</translation>
    </message>
    <message>
        <source>About Yttra</source>
        <translation>Om Yttra</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Yttra %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Writes a board&apos;s statements to its auditors, from the audit report to the signed PDF and the Excel action plan.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Yttra %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Skriver nämndens yttranden till revisorerna – från granskningsrapporten till den undertecknade PDF-filen och handlingsplanen i Excel.&lt;/p&gt;&lt;p&gt;Licensierad under GNU GPL, version 3 eller senare.&lt;/p&gt;</translation>
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
        <source>a measure needs an id of its own; &quot;%1&quot; is taken or empty</source>
        <translation>en åtgärd behöver ett eget id; &quot;%1&quot; används redan eller är tomt</translation>
    </message>
    <message>
        <source>the measure links to the item &quot;%1&quot;, which does not exist</source>
        <translation>åtgärden hänvisar till punkten &quot;%1&quot;, som inte finns</translation>
    </message>
    <message>
        <source>the measure links to the item &quot;%1&quot; twice</source>
        <translation>åtgärden hänvisar två gånger till punkten &quot;%1&quot;</translation>
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
</context>
</TS>
