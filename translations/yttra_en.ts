<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>&quot;%1&quot; is not a deadline: use YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-Tn, YYYY-Hn, YYYY or &quot;ongoing&quot;</source>
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
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
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
        <source>Open the &amp;Example</source>
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
        <source>could not be written completely (%1); the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be saved (%1); the previous file is unchanged</source>
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
    <name>yttra::MainWindow</name>
    <message>
        <source>Not answered by this board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previously decided measure</source>
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
        <source>Linked measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the statement</source>
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
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Yttra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yttra statements (*.yttrande);;All files (*)</source>
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
        <source>a measure needs an id of its own; &quot;%1&quot; is taken or empty</source>
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
</context>
</TS>
