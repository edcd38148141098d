<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessChangesModel</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Change: added, removed, or a role changed</source>
        <translation>Änderung: hinzugefügt, entfernt oder Rolle geändert</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project: where the access changed</source>
        <translation>Projekt: wo sich der Zugriff geändert hat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Type: a person, a service account, or a group granted to the project</source>
        <translation>Typ: eine Person, ein Dienstkonto oder eine Gruppe mit Zugriff auf das Projekt</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Member: the person&apos;s, service account&apos;s or group&apos;s name</source>
        <translation>Mitglied: der Name der Person, des Dienstkontos oder der Gruppe</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Email: the person&apos;s address</source>
        <translation>E-Mail: die Adresse der Person</translation>
    </message>
    <message>
        <source>Via group</source>
        <translation>Über Gruppe</translation>
    </message>
    <message>
        <source>Via group: the group through which a person has access; empty for a direct member</source>
        <translation>Über Gruppe: die Gruppe, über die eine Person Zugriff hat; leer bei einem direkten Mitglied</translation>
    </message>
    <message>
        <source>Old role</source>
        <translation>Alte Rolle</translation>
    </message>
    <message>
        <source>Old role: the role before; empty for an added row</source>
        <translation>Alte Rolle: die Rolle vorher; leer bei einer hinzugefügten Zeile</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>New role: the role after; empty for a removed row</source>
        <translation>Neue Rolle: die Rolle nachher; leer bei einer entfernten Zeile</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Project ID: the identifier the API uses for the project</source>
        <translation>Projekt-ID: die Kennung, die die API für das Projekt verwendet</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>Mitglieds-ID</translation>
    </message>
    <message>
        <source>Member ID: the identifier the API uses for the member</source>
        <translation>Mitglieds-ID: die Kennung, die die API für das Mitglied verwendet</translation>
    </message>
    <message>
        <source>Via group ID</source>
        <translation>Über Gruppe (ID)</translation>
    </message>
    <message>
        <source>Via group ID: the identifier of the group</source>
        <translation>Über Gruppe (ID): die Kennung der Gruppe</translation>
    </message>
    <message>
        <source>Every change</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Role changes</source>
        <translation>Rollenänderungen</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rolle geändert</translation>
    </message>
</context>
<context>
    <name>AccessDiff</name>
    <message>
        <source>incomplete in the earlier snapshot: %1</source>
        <translation>unvollständig in der früheren Momentaufnahme: %1</translation>
    </message>
    <message>
        <source>incomplete in the later snapshot: %1</source>
        <translation>unvollständig in der späteren Momentaufnahme: %1</translation>
    </message>
    <message>
        <source>not listed in the later snapshot (its project listing stopped early)</source>
        <translation>nicht in der späteren Momentaufnahme aufgeführt (die Auflistung des Projekts brach vorzeitig ab)</translation>
    </message>
    <message>
        <source>not listed in the earlier snapshot (its project listing stopped early)</source>
        <translation>nicht in der früheren Momentaufnahme aufgeführt (die Auflistung des Projekts brach vorzeitig ab)</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 role changes in 1 project</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 Rollenänderungen in 1 Projekt</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 role changes in %4 projects</source>
        <translation>%1 hinzugefügt, %2 entfernt, %3 Rollenänderungen in %4 Projekten</translation>
    </message>
</context>
<context>
    <name>AccessListModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project: the project the member can use</source>
        <translation>Projekt: das Projekt, das das Mitglied nutzen kann</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Type: a person, a service account, or a group granted to the project</source>
        <translation>Typ: eine Person, ein Dienstkonto oder eine Gruppe mit Zugriff auf das Projekt</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Member: the person&apos;s, service account&apos;s or group&apos;s name</source>
        <translation>Mitglied: der Name der Person, des Dienstkontos oder der Gruppe</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Email: the person&apos;s address</source>
        <translation>E-Mail: die Adresse der Person</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role: the project role of a direct member or service account</source>
        <translation>Rolle: die Projektrolle eines direkten Mitglieds oder Dienstkontos</translation>
    </message>
    <message>
        <source>Via group</source>
        <translation>Über Gruppe</translation>
    </message>
    <message>
        <source>Via group: the group through which a person has access; empty for a direct member</source>
        <translation>Über Gruppe: die Gruppe, über die eine Person Zugriff hat; leer bei einem direkten Mitglied</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Since: when the member was added, or the group granted (your local time)</source>
        <translation>Seit: wann das Mitglied hinzugefügt oder der Gruppe Zugriff erteilt wurde (Ihre Ortszeit)</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Project ID: the identifier the API uses for the project</source>
        <translation>Projekt-ID: die Kennung, die die API für das Projekt verwendet</translation>
    </message>
    <message>
        <source>Member ID</source>
        <translation>Mitglieds-ID</translation>
    </message>
    <message>
        <source>Member ID: the identifier the API uses for the member</source>
        <translation>Mitglieds-ID: die Kennung, die die API für das Mitglied verwendet</translation>
    </message>
    <message>
        <source>Via group ID</source>
        <translation>Über Gruppe (ID)</translation>
    </message>
    <message>
        <source>Via group ID: the identifier of the group</source>
        <translation>Über Gruppe (ID): die Kennung der Gruppe</translation>
    </message>
    <message>
        <source>Every member</source>
        <translation>Alle Mitglieder</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Service accounts</source>
        <translation>Dienstkonten</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
</context>
<context>
    <name>AccessMatrixModel</name>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Other role</source>
        <translation>Andere Rolle</translation>
    </message>
    <message>
        <source>Through a group</source>
        <translation>Über eine Gruppe</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>Kein Zugriff</translation>
    </message>
    <message>
        <source>%1, and through a group</source>
        <translation>%1 und über eine Gruppe</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <source>(via %1)</source>
        <translation>(über %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The API address &quot;%1&quot; is not a valid URL.</source>
        <translation>Die API-Adresse „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password.</source>
        <translation>Die API-Adresse darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>Plain http:// is allowed only to this computer (localhost); use https:// so the admin key is encrypted.</source>
        <translation>Unverschlüsseltes http:// ist nur zu diesem Rechner (localhost) erlaubt; verwenden Sie https://, damit der Admin-Schlüssel verschlüsselt wird.</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>Die API-Adresse muss mit https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>CommandConnection</name>
    <message>
        <source>could not start the demo server on 127.0.0.1.</source>
        <translation>Der Demo-Server kann auf 127.0.0.1 nicht gestartet werden.</translation>
    </message>
    <message>
        <source>no admin key: set the environment variable %1 to an organization admin key (sk-admin-…), or try --demo.</source>
        <translation>kein Admin-Schlüssel: Setzen Sie die Umgebungsvariable %1 auf einen Admin-Schlüssel der Organisation (sk-admin-…) oder versuchen Sie --demo.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection settings</source>
        <translation>Verbindungseinstellungen</translation>
    </message>
    <message>
        <source>Admin &amp;key:</source>
        <translation>Admin-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the key as you type it</source>
        <translation>Den Schlüssel beim Eingeben anzeigen</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>https://api.openai.com/v1</source>
        <translation>https://api.openai.com/v1</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Set by %1</source>
        <translation>Festgelegt durch %1</translation>
    </message>
    <message>
        <source>The demo server&apos;s built-in key</source>
        <translation>Der eingebaute Schlüssel des Demo-Servers</translation>
    </message>
    <message>
        <source>A key is set; type a new one to replace it</source>
        <translation>Ein Schlüssel ist festgelegt; geben Sie einen neuen ein, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>sk-admin-…</source>
        <translation>sk-admin-…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Enter an admin key first.</source>
        <translation>Geben Sie zuerst einen Admin-Schlüssel ein.</translation>
    </message>
    <message>
        <source>Listing projects…</source>
        <translation>Projekte werden abgerufen …</translation>
    </message>
    <message>
        <source>Listing projects… (attempt %1)</source>
        <translation>Projekte werden abgerufen … (Versuch %1)</translation>
    </message>
    <message>
        <source>Connected: %1 projects on the first page, and more.</source>
        <translation>Verbunden: %1 Projekte auf der ersten Seite, und weitere.</translation>
    </message>
    <message>
        <source>Connected: %1 projects.</source>
        <translation>Verbunden: %1 Projekte.</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Roster was built without keychain support.</source>
        <translation>Roster wurde ohne Unterstützung für den Schlüsselbund erstellt.</translation>
    </message>
    <message>
        <source>The key comes from the environment variable %1. It is used as it is and never stored.</source>
        <translation>Der Schlüssel stammt aus der Umgebungsvariablen %1. Er wird unverändert verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain.</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>The key is being stored in the system keychain…</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems gespeichert …</translation>
    </message>
    <message>
        <source>No system keychain is available, so the key is kept for this session only (%1).</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher wird der Schlüssel nur für diese Sitzung aufbewahrt (%1).</translation>
    </message>
    <message>
        <source>Connected to the built-in demo server; its key is built in and never stored.</source>
        <translation>Mit dem eingebauten Demo-Server verbunden; sein Schlüssel ist eingebaut und wird nie gespeichert.</translation>
    </message>
    <message>
        <source>No key yet. A key entered here is kept in the system keychain where one is available, otherwise only for this session.</source>
        <translation>Noch kein Schlüssel. Ein hier eingegebener Schlüssel wird im Schlüsselbund des Systems aufbewahrt, sofern einer verfügbar ist, sonst nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>CsvTableWriter</name>
    <message>
        <source>a CSV file holds one table.</source>
        <translation>Eine CSV-Datei enthält nur eine Tabelle.</translation>
    </message>
    <message>
        <source>the file is not open.</source>
        <translation>Die Datei ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>DiffCommand</name>
    <message>
        <source>Writes what changed between FROM and TO as CSV (RFC 4180, UTF-8): rows added, removed and role changes. FROM and TO are snapshot ids, labels, or live (the organization now; the admin key comes from OPENAI_ADMIN_KEY). Projects incomplete on either side are not compared; they are named on stderr.
Exit codes: 0 no changes, 1 changes written, 2 bad usage, 3 the live organization could not be read, 4 the store or the file could not be read or written.</source>
        <translation>Schreibt, was sich zwischen FROM und TO geändert hat, als CSV (RFC 4180, UTF-8): hinzugefügte und entfernte Zeilen sowie Rollenänderungen. FROM und TO sind IDs oder Bezeichnungen von Momentaufnahmen oder live (die Organisation jetzt; der Admin-Schlüssel stammt aus OPENAI_ADMIN_KEY). Projekte, die auf einer der beiden Seiten unvollständig sind, werden nicht verglichen; sie werden auf stderr genannt.
Exit-Codes: 0 keine Änderungen, 1 Änderungen geschrieben, 2 falscher Aufruf, 3 die Live-Organisation konnte nicht gelesen werden, 4 der Speicher oder die Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>Usage: roster diff [--db FILE] FROM TO --output FILE</source>
        <translation>Aufruf: roster diff [--db DATEI] FROM TO --output DATEI</translation>
    </message>
    <message>
        <source>The earlier snapshot: an id, a label, or live.</source>
        <translation>Die frühere Momentaufnahme: eine ID, eine Bezeichnung oder live.</translation>
    </message>
    <message>
        <source>The later snapshot: an id, a label, or live.</source>
        <translation>Die spätere Momentaufnahme: eine ID, eine Bezeichnung oder live.</translation>
    </message>
    <message>
        <source>Write the CSV to FILE (- for standard output).</source>
        <translation>Die CSV in DATEI schreiben (- für die Standardausgabe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte-order mark (for Excel on Windows).</source>
        <translation>Mit UTF-8-BOM (Byte Order Mark) beginnen (für Excel unter Windows).</translation>
    </message>
    <message>
        <source>Do not put &apos; before fields starting with = + - @ (spreadsheet formulas).</source>
        <translation>Kein &apos; vor Feldern setzen, die mit = + - @ beginnen (Tabellenkalkulationsformeln).</translation>
    </message>
    <message>
        <source>give two snapshots to compare: FROM and TO (ids, labels or live).</source>
        <translation>geben Sie zwei Momentaufnahmen zum Vergleichen an: FROM und TO (IDs, Bezeichnungen oder live).</translation>
    </message>
    <message>
        <source>--output FILE is required.</source>
        <translation>--output DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>the organization could not be read.</source>
        <translation>Die Organisation konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>project %1 (%2) not compared: %3</source>
        <translation>Projekt %1 (%2) nicht verglichen: %3</translation>
    </message>
    <message>
        <source>could not write to standard output.</source>
        <translation>Die Standardausgabe kann nicht beschrieben werden.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation>&amp;Verbindungseinstellungen …</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>(“roster export --help” lists the options)</source>
        <translation>(„roster export --help“ zeigt die Optionen)</translation>
    </message>
    <message>
        <source>Loading the %1 of %2: %3 rows…</source>
        <translation>Die %1 von %2 werden geladen: %3 Zeilen …</translation>
    </message>
    <message>
        <source>%1 Trying again (attempt %2) in %3 s.</source>
        <translation>%1 Erneuter Versuch (Nr. %2) in %3 s.</translation>
    </message>
    <message>
        <source>The listing stopped before its end.</source>
        <translation>Die Auflistung wurde vor ihrem Ende abgebrochen.</translation>
    </message>
    <message>
        <source>The project to export (proj_…).</source>
        <translation>Das zu exportierende Projekt (proj_…).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only rows where a text column contains TEXT (ignoring case).</source>
        <translation>Nur Zeilen, in denen eine Textspalte TEXT enthält (ohne Beachtung der Groß-/Kleinschreibung).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Only users with this role (owner, member, or other).</source>
        <translation>Nur Benutzer mit dieser Rolle (owner: Eigentümer, member: Mitglied, other: andere).</translation>
    </message>
    <message>
        <source>owner|member|other</source>
        <translation>owner|member|other</translation>
    </message>
    <message>
        <source>Sort by a column, given by its title or API field name (name, email, role, added_at, id, group_name, group_type, created_at, group_id).</source>
        <translation>Nach einer Spalte sortieren, angegeben durch ihren Titel oder den Feldnamen der API (name, email, role, added_at, id, group_name, group_type, created_at, group_id).</translation>
    </message>
    <message>
        <source>COLUMN[:asc|desc]</source>
        <translation>SPALTE[:asc|desc]</translation>
    </message>
    <message>
        <source>Write to FILE (replaced only once complete) instead of standard output.</source>
        <translation>In DATEI schreiben (erst ersetzt, wenn sie vollständig ist) statt in die Standardausgabe.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Start with a UTF-8 byte-order mark (for Excel on Windows).</source>
        <translation>Mit UTF-8-BOM (Byte Order Mark) beginnen (für Excel unter Windows).</translation>
    </message>
    <message>
        <source>Do not put &apos; before fields starting with = + - @ (spreadsheet formulas).</source>
        <translation>Kein &apos; vor Feldern setzen, die mit = + - @ beginnen (Tabellenkalkulationsformeln).</translation>
    </message>
    <message>
        <source>The Admin API&apos;s address (default %1).</source>
        <translation>Die Adresse der Admin-API (Voreinstellung %1).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Export from the built-in demo organization: no key and no network needed.</source>
        <translation>Aus der eingebauten Demo-Organisation exportieren: kein Schlüssel und kein Netzwerk nötig.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--project ID is required (for example --project proj_abc123).</source>
        <translation>--project ID ist erforderlich (zum Beispiel --project proj_abc123).</translation>
    </message>
    <message>
        <source>--role applies to users, not groups.</source>
        <translation>--role gilt für Benutzer, nicht für Gruppen.</translation>
    </message>
    <message>
        <source>--role takes owner, member or other, not “%1”.</source>
        <translation>--role erwartet owner, member oder other, nicht „%1“.</translation>
    </message>
    <message>
        <source>--sort takes COLUMN, COLUMN:asc or COLUMN:desc, not “%1”.</source>
        <translation>--sort erwartet SPALTE, SPALTE:asc oder SPALTE:desc, nicht „%1“.</translation>
    </message>
    <message>
        <source>--output needs a file name (or - for standard output).</source>
        <translation>--output braucht einen Dateinamen (oder - für die Standardausgabe).</translation>
    </message>
    <message>
        <source>--demo and --base-url cannot be used together.</source>
        <translation>--demo und --base-url können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <source>could not write to standard output.</source>
        <translation>Die Standardausgabe kann nicht beschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%n Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>--sort: there is no column “%1”; use one of %2 (or a column title).</source>
        <translation>--sort: Es gibt keine Spalte „%1“; verwenden Sie eine von %2 (oder einen Spaltentitel).</translation>
    </message>
    <message>
        <source>could not start the demo server on 127.0.0.1.</source>
        <translation>Der Demo-Server kann auf 127.0.0.1 nicht gestartet werden.</translation>
    </message>
    <message>
        <source>no admin key: set the environment variable %1 to an organization admin key (sk-admin-…), or try --demo.</source>
        <translation>kein Admin-Schlüssel: Setzen Sie die Umgebungsvariable %1 auf einen Admin-Schlüssel der Organisation (sk-admin-…) oder versuchen Sie --demo.</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n row(s) could not be read and were left out.</source>
        <translation>
            <numerusform>Warnung: %n Zeile konnte nicht gelesen werden und wurde ausgelassen.</numerusform>
            <numerusform>Warnung: %n Zeilen konnten nicht gelesen werden und wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: roster export [options]</source>
        <translation>Aufruf: roster export [Optionen]</translation>
    </message>
    <message>
        <source>What to export: a project&apos;s users (the default) or groups; or, across the whole organization, every access row (access) or every person (people).</source>
        <translation>Was exportiert wird: die Benutzer (Voreinstellung) oder Gruppen eines Projekts; oder, über die ganze Organisation, jede Zugriffszeile (access) oder jede Person (people).</translation>
    </message>
    <message>
        <source>users|groups|access|people</source>
        <translation>users|groups|access|people</translation>
    </message>
    <message>
        <source>With access or people: when some projects cannot be read, write the others&apos; rows anyway and exit with 5.</source>
        <translation>Mit access oder people: Wenn einige Projekte nicht gelesen werden können, trotzdem die Zeilen der übrigen schreiben und mit 5 beenden.</translation>
    </message>
    <message>
        <source>With access or people: read archived projects too.</source>
        <translation>Mit access oder people: auch archivierte Projekte lesen.</translation>
    </message>
    <message>
        <source>With access or people: listings read at once (default 4).</source>
        <translation>Mit access oder people: gleichzeitig gelesene Auflistungen (Voreinstellung 4).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The file format: csv (the default) or xlsx (an Excel workbook; needs --output FILE). Without --format, an --output name ending in .xlsx means xlsx. --bom and --no-formula-guard apply to CSV only.</source>
        <translation>Das Dateiformat: csv (Voreinstellung) oder xlsx (eine Excel-Arbeitsmappe; erfordert --output DATEI). Ohne --format bedeutet ein --output-Name mit der Endung .xlsx xlsx. --bom und --no-formula-guard gelten nur für CSV.</translation>
    </message>
    <message>
        <source>csv|xlsx</source>
        <translation>csv|xlsx</translation>
    </message>
    <message>
        <source>Writes the users or groups of an OpenAI project as CSV (RFC 4180, UTF-8) or as an
XLSX workbook (exact text in text cells, times as date cells in UTC).
The admin key comes from the environment variable %1.
Exit codes: 0 done, 2 bad usage, 3 the API refused or failed (for access and people: a project could not be read, and nothing was written), 4 the file could not be written, 5 written with --allow-partial while some projects could not be read.</source>
        <translation>Schreibt die Benutzer oder Gruppen eines OpenAI-Projekts als CSV (RFC 4180, UTF-8) oder als
XLSX-Arbeitsmappe (exakter Text in Textzellen, Zeiten als Datumszellen in UTC).
Der Admin-Schlüssel stammt aus der Umgebungsvariablen %1.
Exit-Codes: 0 erledigt, 2 falscher Aufruf, 3 die API hat abgelehnt oder ist fehlgeschlagen (bei access und people: ein Projekt konnte nicht gelesen werden, und es wurde nichts geschrieben), 4 die Datei konnte nicht geschrieben werden, 5 mit --allow-partial geschrieben, obwohl einige Projekte nicht gelesen werden konnten.</translation>
    </message>
    <message>
        <source>--what takes users, groups, access or people, not “%1”.</source>
        <translation>--what erwartet users, groups, access oder people, nicht „%1“.</translation>
    </message>
    <message>
        <source>--%1 applies to a project&apos;s users or groups, not to --what %2.</source>
        <translation>--%1 gilt für die Benutzer oder Gruppen eines Projekts, nicht für --what %2.</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 16, not “%1”.</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis 16, nicht „%1“.</translation>
    </message>
    <message>
        <source>--%1 applies to --what access or people.</source>
        <translation>--%1 gilt für --what access oder people.</translation>
    </message>
    <message>
        <source>--format takes csv or xlsx, not “%1”.</source>
        <translation>--format erwartet csv oder xlsx, nicht „%1“.</translation>
    </message>
    <message>
        <source>an XLSX workbook is not written to standard output; give --output FILE.xlsx.</source>
        <translation>Eine XLSX-Arbeitsmappe wird nicht in die Standardausgabe geschrieben; geben Sie --output DATEI.xlsx an.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Nothing selected to copy.</source>
        <translation>Zum Kopieren ist nichts ausgewählt.</translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>No rows are selected, so the %1 shown in the table will be exported.</source>
        <translation>Es sind keine Zeilen ausgewählt, daher werden die in der Tabelle angezeigten %1 exportiert.</translation>
    </message>
    <message>
        <source>The %1 selected will be exported.</source>
        <translation>Die ausgewählten %1 werden exportiert.</translation>
    </message>
    <message>
        <source>There are no rows to export.</source>
        <translation>Es gibt keine Zeilen zum Exportieren.</translation>
    </message>
    <message>
        <source>More rows are on the server; use Export all to include them.</source>
        <translation>Weitere Zeilen liegen auf dem Server; mit „Alle exportieren“ werden sie einbezogen.</translation>
    </message>
    <message>
        <source>Choose a project first.</source>
        <translation>Wählen Sie zuerst ein Projekt.</translation>
    </message>
    <message>
        <source>All %1 that match the filter will be exported.</source>
        <translation>Alle %1, die zum Filter passen, werden exportiert.</translation>
    </message>
    <message>
        <source>All %1 will be exported.</source>
        <translation>Alle %1 werden exportiert.</translation>
    </message>
    <message>
        <source>Loading every row before the export…</source>
        <translation>Vor dem Export werden alle Zeilen geladen …</translation>
    </message>
    <message>
        <source>Export cancelled: not every row could be loaded.</source>
        <translation>Export abgebrochen: Nicht alle Zeilen konnten geladen werden.</translation>
    </message>
    <message>
        <source>Writing %1 to %2…</source>
        <translation>%1 werden nach %2 geschrieben …</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2. %3</source>
        <translation>%1 nach %2 exportiert. %3</translation>
    </message>
    <message>
        <source>Export cancelled; %1 was not written.</source>
        <translation>Export abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 werden exportiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 werden gespeichert …</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen …</translation>
    </message>
    <message>
        <source>&amp;Guard against spreadsheet formulas (prefix = + - @ with &apos;)</source>
        <translation>Vor Tabellenkalkulations&amp;formeln schützen (= + - @ ein &apos; voranstellen)</translation>
    </message>
    <message>
        <source>Start with a UTF-8 &amp;byte-order mark (for Excel on Windows)</source>
        <translation>Mit UTF-8-&amp;BOM (Byte Order Mark) beginnen (für Excel unter Windows)</translation>
    </message>
    <message>
        <source>A field that begins with = + - @, a tab or a carriage return gets a leading &apos; so that a spreadsheet shows it as text instead of running it. Turn off for a plain data file.</source>
        <translation>Ein Feld, das mit = + - @, einem Tabulator oder einem Wagenrücklauf beginnt, erhält ein vorangestelltes &apos;, damit eine Tabellenkalkulation es als Text anzeigt, statt es auszuführen. Für eine reine Datendatei ausschalten.</translation>
    </message>
    <message>
        <source>“%1” is a folder. Choose a file name.</source>
        <translation>„%1“ ist ein Ordner. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>“%1” exists. Replace it?</source>
        <translation>„%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>CSV (comma-separated text)</source>
        <translation>CSV (kommagetrennter Text)</translation>
    </message>
    <message>
        <source>XLSX (Excel workbook)</source>
        <translation>XLSX (Excel-Arbeitsmappe)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>FailedProjectsPanel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Why it could not be read</source>
        <translation>Warum es nicht gelesen werden konnte</translation>
    </message>
    <message>
        <source>Projects that could not be read</source>
        <translation>Projekte, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>The organization</source>
        <translation>Die Organisation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Retry %1</source>
        <translation>%1 erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the organization could not be read. Their members are left out of every table below, and of exports, until a Retry succeeds.</source>
        <translation>
            <numerusform>%n Teil der Organisation konnte nicht gelesen werden. Seine Mitglieder fehlen in allen Tabellen unten und in Exporten, bis ein erneuter Versuch gelingt.</numerusform>
            <numerusform>%n Teile der Organisation konnten nicht gelesen werden. Ihre Mitglieder fehlen in allen Tabellen unten und in Exporten, bis ein erneuter Versuch gelingt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileWriteError</name>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no file name was given.</source>
        <translation>Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>that is a folder, not a file.</source>
        <translation>Das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>the folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>„%1“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>you may not write in the folder “%1”.</source>
        <translation>Sie haben keine Schreibrechte im Ordner „%1“.</translation>
    </message>
    <message>
        <source>the system gave no reason.</source>
        <translation>Das System hat keinen Grund genannt.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Load &amp;all</source>
        <translation>Alle &amp;laden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>Wildcard</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>How the filter text is matched</source>
        <translation>Wie der Filtertext verglichen wird</translation>
    </message>
    <message>
        <source>Load every row from the server, so that sorting and filtering cover the whole list</source>
        <translation>Alle Zeilen vom Server laden, damit Sortieren und Filtern die ganze Liste erfassen</translation>
    </message>
    <message>
        <source>Shows only the rows with this text in one of their text columns</source>
        <translation>Zeigt nur die Zeilen, die diesen Text in einer ihrer Textspalten enthalten</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Vergleichsart</translation>
    </message>
    <message>
        <source>Loading every row</source>
        <translation>Alle Zeilen werden geladen</translation>
    </message>
</context>
<context>
    <name>FilteredTablePane</name>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation>%1 filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Row count</source>
        <translation>Zeilenanzahl</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 %3 match the filter</source>
        <translation>%1 von %2 %3 passen zum Filter</translation>
    </message>
</context>
<context>
    <name>GroupMembersDialog</name>
    <message>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Export &amp;selection…</source>
        <translation>&amp;Auswahl exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;all…</source>
        <translation>A&amp;lle exportieren …</translation>
    </message>
</context>
<context>
    <name>GroupUsersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name: the member&apos;s name</source>
        <translation>Name: der Name des Mitglieds</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Email: the member&apos;s address, or — when there is none</source>
        <translation>E-Mail: die Adresse des Mitglieds, oder —, wenn es keine gibt</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>User ID: the identifier the API uses for this user</source>
        <translation>Benutzer-ID: die Kennung, die die API für diesen Benutzer verwendet</translation>
    </message>
</context>
<context>
    <name>HeadlessAccessLoad</name>
    <message>
        <source>Reading the organization: %1 projects…</source>
        <translation>Die Organisation wird gelesen: %1 Projekte …</translation>
    </message>
    <message>
        <source>Reading the organization: %1 of %2 projects…</source>
        <translation>Die Organisation wird gelesen: %1 von %2 Projekten …</translation>
    </message>
    <message>
        <source>project %1 (%2) could not be read: %3</source>
        <translation>Projekt %1 (%2) konnte nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>ListingTab</name>
    <message>
        <source>Filter %1 (Ctrl+F)</source>
        <translation>%1 filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>%1 %2…</source>
        <translation>%1 %2 …</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2+</source>
        <translation>%1 %2+</translation>
    </message>
    <message>
        <source>%1 of %2 %3 shown</source>
        <translation>%2 %3, davon %1 angezeigt</translation>
    </message>
    <message>
        <source>all loaded</source>
        <translation>alle geladen</translation>
    </message>
    <message>
        <source>stopped by an error</source>
        <translation>durch einen Fehler abgebrochen</translation>
    </message>
    <message>
        <source>more on the server</source>
        <translation>weitere auf dem Server</translation>
    </message>
    <message>
        <source>%1 %2 · all loaded</source>
        <translation>%1 %2 · alle geladen</translation>
    </message>
    <message>
        <source>%1 %2 loaded · stopped by an error</source>
        <translation>%1 %2 geladen · durch einen Fehler abgebrochen</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 werden geladen …</translation>
    </message>
    <message>
        <source>%1 %2 loaded · more available</source>
        <translation>%1 %2 geladen · weitere verfügbar</translation>
    </message>
    <message>
        <source>1 row could not be read</source>
        <translation>1 Zeile konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 rows could not be read</source>
        <translation>%1 Zeilen konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>1 repeated row left out</source>
        <translation>1 doppelte Zeile ausgelassen</translation>
    </message>
    <message>
        <source>%1 repeated rows left out</source>
        <translation>%1 doppelte Zeilen ausgelassen</translation>
    </message>
    <message>
        <source>The filter is not a valid pattern: %1</source>
        <translation>Der Filter ist kein gültiges Muster: %1</translation>
    </message>
    <message>
        <source>Filtered and sorted over %1 loaded %2; more on the server.</source>
        <translation>Gefiltert und sortiert wurden nur die %1 geladenen %2; weitere liegen auf dem Server.</translation>
    </message>
    <message>
        <source>Sorted over %1 loaded %2; more on the server.</source>
        <translation>Sortiert wurden nur die %1 geladenen %2; weitere liegen auf dem Server.</translation>
    </message>
    <message>
        <source>Filtered over %1 loaded %2; more on the server.</source>
        <translation>Gefiltert wurden nur die %1 geladenen %2; weitere liegen auf dem Server.</translation>
    </message>
    <message>
        <source>Load all</source>
        <translation>Alle laden</translation>
    </message>
    <message>
        <source>Choose a project above.</source>
        <translation>Wählen Sie oben ein Projekt.</translation>
    </message>
    <message>
        <source>This project has no %1.</source>
        <translation>Dieses Projekt hat keine %1.</translation>
    </message>
    <message>
        <source>No %1 could be loaded.</source>
        <translation>Es konnten keine %1 geladen werden.</translation>
    </message>
    <message>
        <source>No %1 match “%2”.</source>
        <translation>Keine %1 passen zu „%2“.</translation>
    </message>
    <message>
        <source>No %1 match the filter.</source>
        <translation>Keine %1 passen zum Filter.</translation>
    </message>
    <message>
        <source>The %1 listed; more pages load as you scroll</source>
        <translation>Die aufgelisteten %1; weitere Seiten werden beim Blättern geladen</translation>
    </message>
</context>
<context>
    <name>ListingTableView</name>
    <message>
        <source>Server order (no sorting)</source>
        <translation>Reihenfolge des Servers (nicht sortiert)</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Browse the users and groups of an OpenAI project.</source>
        <translation>Die Benutzer und Gruppen eines OpenAI-Projekts durchsehen.</translation>
    </message>
    <message>
        <source>Start on the built-in demo server.</source>
        <translation>Mit dem eingebauten Demo-Server starten.</translation>
    </message>
    <message>
        <source>The Admin API&apos;s base URL (default %1).</source>
        <translation>Die Basis-URL der Admin-API (Voreinstellung %1).</translation>
    </message>
    <message>
        <source>Open this project id.</source>
        <translation>Dieses Projekt (ID) öffnen.</translation>
    </message>
    <message>
        <source>Show this tab first: users or groups.</source>
        <translation>Diese Registerkarte zuerst zeigen: users (Benutzer) oder groups (Gruppen).</translation>
    </message>
    <message>
        <source>Try &apos;roster --help&apos;.</source>
        <translation>Versuchen Sie „roster --help“.</translation>
    </message>
    <message>
        <source>roster: unexpected argument &apos;%1&apos;. Try &apos;roster --help&apos;.</source>
        <translation>roster: unerwartetes Argument „%1“. Versuchen Sie „roster --help“.</translation>
    </message>
    <message>
        <source>roster: --tab takes users or groups.</source>
        <translation>roster: --tab erwartet users oder groups.</translation>
    </message>
    <message>
        <source>roster: --base-url: %1</source>
        <translation>roster: --base-url: %1</translation>
    </message>
    <message>
        <source>roster: no display found (DISPLAY and WAYLAND_DISPLAY are not set).
For a CSV without a window, run: roster export --demo --project proj_roster_demo</source>
        <translation>roster: keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt).
Für eine CSV-Datei ohne Fenster: roster export --demo --project proj_roster_demo</translation>
    </message>
    <message>
        <source>roster: the demo server could not listen on 127.0.0.1.</source>
        <translation>roster: Der Demo-Server kann nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>Keep access-review snapshots in FILE (default: roster.sqlite in your data folder).</source>
        <translation>Momentaufnahmen für Zugriffsprüfungen in DATEI aufbewahren (Voreinstellung: roster.sqlite in Ihrem Datenordner).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Export &amp;selection…</source>
        <translation>&amp;Auswahl exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;all…</source>
        <translation>A&amp;lle exportieren …</translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation>&amp;Verbindungseinstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text with a header row</source>
        <translation>Die ausgewählten Zeilen als tabulatorgetrennten Text mit Kopfzeile kopieren</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtern …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Load all</source>
        <translation>Alle &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>Ben&amp;utzer</translation>
    </message>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Gruppen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Roster</source>
        <translation>Ü&amp;ber Roster</translation>
    </message>
    <message>
        <source>The demo server could not start on 127.0.0.1.</source>
        <translation>Der Demo-Server kann auf 127.0.0.1 nicht starten.</translation>
    </message>
    <message>
        <source>Roster — demo server</source>
        <translation>Roster — Demo-Server</translation>
    </message>
    <message>
        <source>No admin key</source>
        <translation>Kein Admin-Schlüssel</translation>
    </message>
    <message>
        <source>Roster needs an OpenAI admin key to list your organization&apos;s projects.</source>
        <translation>Roster braucht einen OpenAI-Admin-Schlüssel, um die Projekte Ihrer Organisation aufzulisten.</translation>
    </message>
    <message>
        <source>Enter a key in the connection settings, or look around with the built-in demo server and its made-up organization.</source>
        <translation>Geben Sie einen Schlüssel in den Verbindungseinstellungen ein oder sehen Sie sich mit dem eingebauten Demo-Server und seiner erfundenen Organisation um.</translation>
    </message>
    <message>
        <source>Use the &amp;demo server</source>
        <translation>&amp;Demo-Server verwenden</translation>
    </message>
    <message>
        <source>Enter a &amp;key…</source>
        <translation>&amp;Schlüssel eingeben …</translation>
    </message>
    <message>
        <source>About Roster</source>
        <translation>Über Roster</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Roster %1&lt;/h3&gt;&lt;p&gt;Browse who has access to an OpenAI project: its users and groups, from the OpenAI Admin API.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Roster %1&lt;/h3&gt;&lt;p&gt;Sehen Sie, wer Zugriff auf ein OpenAI-Projekt hat: seine Benutzer und Gruppen, aus der OpenAI-Admin-API.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Double-click a group, or press Enter, to see its members</source>
        <translation>Doppelklicken Sie auf eine Gruppe oder drücken Sie die Eingabetaste, um ihre Mitglieder zu sehen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Sort by</source>
        <translation>&amp;Sortieren nach</translation>
    </message>
    <message>
        <source>Pro&amp;ject</source>
        <translation>Pro&amp;jekt</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>One project&apos;s users and groups</source>
        <translation>Die Benutzer und Gruppen eines Projekts</translation>
    </message>
    <message>
        <source>Who has access to what, across every project</source>
        <translation>Wer worauf Zugriff hat, über alle Projekte</translation>
    </message>
    <message>
        <source>Click a column&apos;s title to sort the organization&apos;s tables</source>
        <translation>Klicken Sie auf einen Spaltentitel, um die Tabellen der Organisation zu sortieren</translation>
    </message>
    <message>
        <source>All %1 %2 shown will be exported.</source>
        <translation>Alle %1 angezeigten %2 werden exportiert.</translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation>Zugriffs&amp;prüfungen</translation>
    </message>
    <message>
        <source>Dated snapshots of who had access, and what changed between two</source>
        <translation>Datierte Momentaufnahmen, wer Zugriff hatte, und was sich zwischen zweien geändert hat</translation>
    </message>
</context>
<context>
    <name>OrganizationAccess</name>
    <message>
        <source>The organization&apos;s users could not all be read: %1</source>
        <translation>Nicht alle Benutzer der Organisation konnten gelesen werden: %1</translation>
    </message>
    <message>
        <source>The projects could not all be listed: %1</source>
        <translation>Nicht alle Projekte konnten aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>OrganizationAccessLoader</name>
    <message>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>service accounts</source>
        <translation>Dienstkonten</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>the members of group “%1” could not be read: %2</source>
        <translation>Die Mitglieder der Gruppe „%1“ konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>its %1 could not be read: %2</source>
        <translation>Die %1 des Projekts konnten nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>OrganizationExport</name>
    <message>
        <source>the organization could not be read.</source>
        <translation>Die Organisation konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>nothing was written: %n part(s) of the organization could not be read (--allow-partial writes the projects that were).</source>
        <translation>
            <numerusform>Es wurde nichts geschrieben: %n Teil der Organisation konnte nicht gelesen werden (--allow-partial schreibt die gelesenen Projekte).</numerusform>
            <numerusform>Es wurde nichts geschrieben: %n Teile der Organisation konnten nicht gelesen werden (--allow-partial schreibt die gelesenen Projekte).</numerusform>
        </translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>could not write to standard output.</source>
        <translation>Die Standardausgabe kann nicht beschrieben werden.</translation>
    </message>
</context>
<context>
    <name>OrganizationView</name>
    <message>
        <source>&amp;Load organization</source>
        <translation>Organisation &amp;laden</translation>
    </message>
    <message>
        <source>Include archived projects</source>
        <translation>Archivierte Projekte einbeziehen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>access rows</source>
        <translation>Zugriffszeilen</translation>
    </message>
    <message>
        <source>Read every project&apos;s members, service accounts and groups, and the organization&apos;s users</source>
        <translation>Die Mitglieder, Dienstkonten und Gruppen aller Projekte sowie die Benutzer der Organisation lesen</translation>
    </message>
    <message>
        <source>Archived projects list no members: they are shown as projects that could not be read</source>
        <translation>Archivierte Projekte listen keine Mitglieder auf: Sie werden als Projekte angezeigt, die nicht gelesen werden konnten</translation>
    </message>
    <message>
        <source>Organization load progress</source>
        <translation>Fortschritt beim Laden der Organisation</translation>
    </message>
    <message>
        <source>Stop reading; the tables keep what the last complete load showed</source>
        <translation>Lesen beenden; die Tabellen behalten den Stand des letzten vollständigen Ladevorgangs</translation>
    </message>
    <message>
        <source>Who has access to what, across every project: load the organization to see each person&apos;s projects, the flat access list and the access matrix.</source>
        <translation>Wer worauf Zugriff hat, über alle Projekte: Laden Sie die Organisation, um die Projekte jeder Person, die flache Zugriffsliste und die Zugriffsmatrix zu sehen.</translation>
    </message>
    <message>
        <source>Select a person to see every project they can use, and how.</source>
        <translation>Wählen Sie eine Person aus, um alle Projekte zu sehen, die sie nutzen kann, und auf welche Weise.</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>&amp;Access list</source>
        <translation>&amp;Zugriffsliste</translation>
    </message>
    <message>
        <source>Access &amp;matrix</source>
        <translation>Zugriffs&amp;matrix</translation>
    </message>
    <message>
        <source>Organization load cancelled; the tables show the last complete load.</source>
        <translation>Laden der Organisation abgebrochen; die Tabellen zeigen den letzten vollständigen Ladevorgang.</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Other role</source>
        <translation>Andere Rolle</translation>
    </message>
    <message>
        <source>Through a group only</source>
        <translation>Nur über eine Gruppe</translation>
    </message>
    <message>
        <source>Access matrix: people by projects</source>
        <translation>Zugriffsmatrix: Personen nach Projekten</translation>
    </message>
    <message>
        <source>Each cell says how a person can use a project: owner, member, another role, or through a group.</source>
        <translation>Jede Zelle zeigt, wie eine Person ein Projekt nutzen kann: als Eigentümer, als Mitglied, mit einer anderen Rolle oder über eine Gruppe.</translation>
    </message>
    <message>
        <source>%1 people · %2 projects · %3 access rows · read %4</source>
        <translation>%1 Personen · %2 Projekte · %3 Zugriffszeilen · gelesen am %4</translation>
    </message>
    <message>
        <source>%1 projects read, listing more…</source>
        <translation>%1 Projekte gelesen, weitere werden abgerufen …</translation>
    </message>
    <message>
        <source>%1 of %2 projects</source>
        <translation>%1 von %2 Projekten</translation>
    </message>
    <message>
        <source>Re&amp;load organization</source>
        <translation>Organisation &amp;neu laden</translation>
    </message>
    <message>
        <source>Joining the listings…</source>
        <translation>Die Auflistungen werden zusammengeführt …</translation>
    </message>
    <message>
        <source>%1 is in the organization but can use no project.</source>
        <translation>%1 gehört zur Organisation, kann aber kein Projekt nutzen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 can use %n project(s):</source>
        <translation>
            <numerusform>%1 kann %n Projekt nutzen:</numerusform>
            <numerusform>%1 kann %n Projekte nutzen:</numerusform>
        </translation>
    </message>
    <message>
        <source>The organization has not been loaded yet.</source>
        <translation>Die Organisation wurde noch nicht geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s) of the organization could not be read; the tables leave them out.</source>
        <translation>
            <numerusform>%n Teil der Organisation konnte nicht gelesen werden; die Tabellen lassen ihn aus.</numerusform>
            <numerusform>%n Teile der Organisation konnten nicht gelesen werden; die Tabellen lassen sie aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every project was read.</source>
        <translation>Alle Projekte wurden gelesen.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>access row</source>
        <translation>Zugriffszeile</translation>
    </message>
    <message>
        <source>Organization load cancelled.</source>
        <translation>Laden der Organisation abgebrochen.</translation>
    </message>
    <message>
        <source>A marked corner: a group grants access too. Hover a cell for the details; double-click it to see the person&apos;s access.</source>
        <translation>Eine markierte Ecke: Auch eine Gruppe gewährt Zugriff. Zeigen Sie auf eine Zelle für Einzelheiten; ein Doppelklick zeigt den Zugriff der Person.</translation>
    </message>
</context>
<context>
    <name>PageFetch</name>
    <message>
        <source>No admin key is set. Enter one in the connection settings.</source>
        <translation>Es ist kein Admin-Schlüssel festgelegt. Geben Sie einen in den Verbindungseinstellungen ein.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1; Roster stopped reading it.</source>
        <translation>Die Antwort des Servers war größer als %1; Roster hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <source>The server redirected to %1. Roster sends the admin key only to %2, so it did not follow.</source>
        <translation>Der Server hat nach %1 umgeleitet. Roster sendet den Admin-Schlüssel nur an %2 und ist der Umleitung daher nicht gefolgt.</translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation>Zu viele Umleitungen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>PagedListing</name>
    <message>
        <source>The server sent the same page cursor twice (%1), so listing stopped instead of looping. The rows shown are all that could be read.</source>
        <translation>Der Server hat denselben Seiten-Cursor zweimal gesendet (%1), daher wurde die Auflistung beendet statt endlos zu wiederholen. Die angezeigten Zeilen sind alle, die gelesen werden konnten.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name: the person&apos;s name</source>
        <translation>Name: der Name der Person</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Email: the address the person signs in with</source>
        <translation>E-Mail: die Adresse, mit der sich die Person anmeldet</translation>
    </message>
    <message>
        <source>Organization role</source>
        <translation>Rolle in der Organisation</translation>
    </message>
    <message>
        <source>Organization role: owner or reader of the whole organization</source>
        <translation>Rolle in der Organisation: Eigentümer oder Leser der ganzen Organisation</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>Projects: how many projects the person can use, directly or through groups</source>
        <translation>Projekte: wie viele Projekte die Person nutzen kann, direkt oder über Gruppen</translation>
    </message>
    <message>
        <source>Owner of</source>
        <translation>Eigentümer von</translation>
    </message>
    <message>
        <source>Owner of: how many projects the person owns as a direct member</source>
        <translation>Eigentümer von: bei wie vielen Projekten die Person als direktes Mitglied Eigentümer ist</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Access: directly, through groups, both, or no project at all</source>
        <translation>Zugriff: direkt, über Gruppen, beides oder auf gar kein Projekt</translation>
    </message>
    <message>
        <source>Earliest access</source>
        <translation>Frühester Zugriff</translation>
    </message>
    <message>
        <source>Earliest access: when the person first had access to any project (your local time)</source>
        <translation>Frühester Zugriff: wann die Person erstmals Zugriff auf irgendein Projekt hatte (Ihre Ortszeit)</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>User ID: the identifier the API uses for this person</source>
        <translation>Benutzer-ID: die Kennung, die die API für diese Person verwendet</translation>
    </message>
    <message>
        <source>Any access</source>
        <translation>Alle Zugriffsarten</translation>
    </message>
    <message>
        <source>Direct only</source>
        <translation>Nur direkt</translation>
    </message>
    <message>
        <source>Through groups only</source>
        <translation>Nur über Gruppen</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beides</translation>
    </message>
    <message>
        <source>In no project</source>
        <translation>In keinem Projekt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Leser</translation>
    </message>
    <message>
        <source>not in the organization listing</source>
        <translation>nicht in der Auflistung der Organisation</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Through groups</source>
        <translation>Über Gruppen</translation>
    </message>
    <message>
        <source>Direct and through groups</source>
        <translation>Direkt und über Gruppen</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Kein Projekt</translation>
    </message>
</context>
<context>
    <name>PersonAccessModel</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project: a project this person can use</source>
        <translation>Projekt: ein Projekt, das diese Person nutzen kann</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role: the person&apos;s project role as a direct member; empty through a group</source>
        <translation>Rolle: die Projektrolle der Person als direktes Mitglied; leer bei Zugriff über eine Gruppe</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Zugriffsweg</translation>
    </message>
    <message>
        <source>Path: a direct membership, or the group that grants the access</source>
        <translation>Zugriffsweg: eine direkte Mitgliedschaft oder die Gruppe, die den Zugriff gewährt</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Since: when the access began (your local time)</source>
        <translation>Seit: wann der Zugriff begann (Ihre Ortszeit)</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Project ID: the identifier the API uses for the project</source>
        <translation>Projekt-ID: die Kennung, die die API für das Projekt verwendet</translation>
    </message>
    <message>
        <source>Via group ID</source>
        <translation>Über Gruppe (ID)</translation>
    </message>
    <message>
        <source>Via group ID: the identifier of the group</source>
        <translation>Über Gruppe (ID): die Kennung der Gruppe</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Via group %1</source>
        <translation>Über Gruppe %1</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
</context>
<context>
    <name>ProjectGroupsModel</name>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Group: the group&apos;s display name</source>
        <translation>Gruppe: der Anzeigename der Gruppe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Type: a group of the organization, or a tenant group</source>
        <translation>Typ: eine Gruppe der Organisation oder eine Mandantengruppe</translation>
    </message>
    <message>
        <source>Access granted</source>
        <translation>Zugriff erteilt</translation>
    </message>
    <message>
        <source>Access granted: when the group was given access to the project (your local time)</source>
        <translation>Zugriff erteilt: wann die Gruppe Zugriff auf das Projekt erhielt (Ihre Ortszeit)</translation>
    </message>
    <message>
        <source>Group ID</source>
        <translation>Gruppen-ID</translation>
    </message>
    <message>
        <source>Group ID: the identifier the API uses for this group</source>
        <translation>Gruppen-ID: die Kennung, die die API für diese Gruppe verwendet</translation>
    </message>
    <message>
        <source>Tenant group</source>
        <translation>Mandantengruppe</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Alle Typen</translation>
    </message>
</context>
<context>
    <name>ProjectPicker</name>
    <message>
        <source>Show &amp;archived</source>
        <translation>Archivierte an&amp;zeigen</translation>
    </message>
    <message>
        <source>Choose a project; typing filters the loaded projects, and Enter accepts a project id</source>
        <translation>Wählen Sie ein Projekt; Tippen filtert die geladenen Projekte, und die Eingabetaste übernimmt eine Projekt-ID</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Type a project name or id, or paste a project id</source>
        <translation>Geben Sie einen Projektnamen oder eine Projekt-ID ein, oder fügen Sie eine Projekt-ID ein</translation>
    </message>
</context>
<context>
    <name>ProjectUsersModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name: the user&apos;s name, or — when the account has none</source>
        <translation>Name: der Name des Benutzers, oder —, wenn das Konto keinen hat</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Email: the address the user signs in with</source>
        <translation>E-Mail: die Adresse, mit der sich der Benutzer anmeldet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role: an owner manages the project; a member uses it</source>
        <translation>Rolle: Ein Eigentümer verwaltet das Projekt, ein Mitglied nutzt es</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Added: when the user was added to the project (your local time)</source>
        <translation>Hinzugefügt: wann der Benutzer dem Projekt hinzugefügt wurde (Ihre Ortszeit)</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>User ID: the identifier the API uses for this user</source>
        <translation>Benutzer-ID: die Kennung, die die API für diesen Benutzer verwendet</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Any role</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Other roles</source>
        <translation>Andere Rollen</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name: the project&apos;s name</source>
        <translation>Name: der Name des Projekts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Status: active, or archived (archived projects list no users)</source>
        <translation>Status: aktiv oder archiviert (archivierte Projekte listen keine Benutzer auf)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created: when the project was created (your local time)</source>
        <translation>Erstellt: wann das Projekt erstellt wurde (Ihre Ortszeit)</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <source>Project ID: the identifier the API uses for this project</source>
        <translation>Projekt-ID: die Kennung, die die API für dieses Projekt verwendet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project: its name and identifier</source>
        <translation>Projekt: sein Name und seine Kennung</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The request was refused as invalid.</source>
        <translation>Die Anfrage wurde als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The admin key was rejected. Check the key in the connection settings.</source>
        <translation>Der Admin-Schlüssel wurde abgelehnt. Prüfen Sie den Schlüssel in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>This key lacks admin rights. An admin key starts with sk-admin-.</source>
        <translation>Diesem Schlüssel fehlen Admin-Rechte. Ein Admin-Schlüssel beginnt mit sk-admin-.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>No %1 was found.</source>
        <translation>%1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>Too many requests: the API is rate limiting this key.</source>
        <translation>Zu viele Anfragen: Die API drosselt diesen Schlüssel.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Der Server hatte ein Problem (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The API host could not be found. Check the address and your network.</source>
        <translation>Der API-Rechner wurde nicht gefunden. Prüfen Sie die Adresse und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>A secure connection could not be made: %1</source>
        <translation>Es konnte keine sichere Verbindung hergestellt werden: %1</translation>
    </message>
    <message>
        <source>The server refused the connection.</source>
        <translation>Der Server hat die Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>The connection was closed before the answer was complete.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a list.</source>
        <translation>Die Antwort des Servers ist keine Liste.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a list of the expected shape.</source>
        <translation>Die Antwort des Servers ist keine Liste in der erwarteten Form.</translation>
    </message>
</context>
<context>
    <name>ReviewWorkbook</name>
    <message>
        <source>field</source>
        <translation>field</translation>
    </message>
    <message>
        <source>value</source>
        <translation>value</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Datum der Prüfung</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Momentaufnahme</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Notiz des Prüfers</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no: some projects could not be read</source>
        <translation>nein: einige Projekte konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Access rows</source>
        <translation>Zugriffszeilen</translation>
    </message>
    <message>
        <source>Projects read</source>
        <translation>Gelesene Projekte</translation>
    </message>
    <message>
        <source>Projects not read</source>
        <translation>Nicht gelesene Projekte</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>snapshot %1 of %2</source>
        <translation>Momentaufnahme %1 vom %2</translation>
    </message>
    <message>
        <source>nothing: the first snapshot</source>
        <translation>nichts: die erste Momentaufnahme</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Role changes</source>
        <translation>Rollenänderungen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Incomplete in this snapshot</source>
        <translation>Unvollständig in dieser Momentaufnahme</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Not compared</source>
        <translation>Nicht verglichen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
</context>
<context>
    <name>ReviewsView</name>
    <message>
        <source>&amp;Take snapshot…</source>
        <translation>Momentaufnahme &amp;erstellen …</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Review &amp;workbook…</source>
        <translation>Prüfungs-&amp;Arbeitsmappe …</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Snapshots are kept in %1</source>
        <translation>Momentaufnahmen werden in %1 aufbewahrt</translation>
    </message>
    <message>
        <source>Store the organization as last loaded, with a label and the reviewer&apos;s note</source>
        <translation>Die Organisation im zuletzt geladenen Stand speichern, mit einer Bezeichnung und der Notiz des Prüfers</translation>
    </message>
    <message>
        <source>Two snapshots selected: what changed from the older to the newer. One selected: what changed from it to the organization as loaded now.</source>
        <translation>Zwei Momentaufnahmen ausgewählt: was sich von der älteren zur neueren geändert hat. Eine ausgewählt: was sich von ihr zur jetzt geladenen Organisation geändert hat.</translation>
    </message>
    <message>
        <source>One XLSX file for the auditor (Summary, Access, Changes since the previous snapshot) and the same as CSV files</source>
        <translation>Eine XLSX-Datei für die Prüfer (Zusammenfassung, Zugriff, Änderungen seit der vorigen Momentaufnahme) und dasselbe als CSV-Dateien</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Momentaufnahmen</translation>
    </message>
    <message>
        <source>Select two snapshots and Compare to see what changed between them; select one to compare it with the organization as loaded now.</source>
        <translation>Wählen Sie zwei Momentaufnahmen aus und klicken Sie auf Vergleichen, um zu sehen, was sich zwischen ihnen geändert hat; wählen Sie eine aus, um sie mit der jetzt geladenen Organisation zu vergleichen.</translation>
    </message>
    <message>
        <source>Reading the snapshots…</source>
        <translation>Momentaufnahmen werden gelesen …</translation>
    </message>
    <message>
        <source>Load the organization first: a snapshot stores the organization as last loaded.</source>
        <translation>Laden Sie zuerst die Organisation: Eine Momentaufnahme speichert die Organisation im zuletzt geladenen Stand.</translation>
    </message>
    <message>
        <source>Storing the snapshot…</source>
        <translation>Momentaufnahme wird gespeichert …</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot stored: %n access row(s).</source>
        <translation>
            <numerusform>Momentaufnahme gespeichert: %n Zugriffszeile.</numerusform>
            <numerusform>Momentaufnahme gespeichert: %n Zugriffszeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Partial snapshot stored: %n part(s) of the organization could not be read and are marked as such.</source>
        <translation>
            <numerusform>Unvollständige Momentaufnahme gespeichert: %n Teil der Organisation konnte nicht gelesen werden und ist entsprechend markiert.</numerusform>
            <numerusform>Unvollständige Momentaufnahme gespeichert: %n Teile der Organisation konnten nicht gelesen werden und sind entsprechend markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renaming…</source>
        <translation>Wird umbenannt …</translation>
    </message>
    <message>
        <source>Snapshot renamed to “%1”.</source>
        <translation>Momentaufnahme umbenannt in „%1“.</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <source>Snapshot deleted.</source>
        <translation>Momentaufnahme gelöscht.</translation>
    </message>
    <message>
        <source>Load the organization first to compare a snapshot with what is live now.</source>
        <translation>Laden Sie zuerst die Organisation, um eine Momentaufnahme mit dem aktuellen Live-Stand zu vergleichen.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen …</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <source>Writing the review workbook…</source>
        <translation>Die Prüfungs-Arbeitsmappe wird geschrieben …</translation>
    </message>
    <message>
        <source>Review workbook written: %1</source>
        <translation>Prüfungs-Arbeitsmappe geschrieben: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not compared, because they were incomplete in one of the two: %1</source>
        <translation>Nicht verglichen, weil sie in einer der beiden unvollständig waren: %1</translation>
    </message>
    <message>
        <source>Load the organization first (the Organization tab)</source>
        <translation>Laden Sie zuerst die Organisation (Registerkarte Organisation)</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Momentaufnahme erstellen</translation>
    </message>
    <message>
        <source>e.g. Q4 access review</source>
        <translation>z. B. Zugriffsprüfung Q4</translation>
    </message>
    <message>
        <source>The reviewer&apos;s words: who looked, what was found, what was done</source>
        <translation>Die Worte des Prüfers: wer geprüft hat, was gefunden wurde, was getan wurde</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Some projects could not be read: the snapshot is stored as partial, and they are never reported as removed when it is compared.</source>
        <translation>Einige Projekte konnten nicht gelesen werden: Die Momentaufnahme wird als unvollständig gespeichert, und diese Projekte werden beim Vergleichen nie als entfernt gemeldet.</translation>
    </message>
    <message>
        <source>Rename snapshot</source>
        <translation>Momentaufnahme umbenennen</translation>
    </message>
    <message>
        <source>Delete snapshots</source>
        <translation>Momentaufnahmen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n snapshot(s)? This cannot be undone.</source>
        <translation>
            <numerusform>%n Momentaufnahme löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Momentaufnahmen löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) deleted.</source>
        <translation>
            <numerusform>%n Momentaufnahme gelöscht.</numerusform>
            <numerusform>%n Momentaufnahmen gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Review workbook</source>
        <translation>Prüfungs-Arbeitsmappe</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>Reads who has access to what across the organization and stores it as a dated snapshot.
Exit codes: 0 stored complete, 2 bad usage, 3 nothing stored (the API failed or a project could not be read), 4 the store could not be written, 5 stored partial with --allow-partial.</source>
        <translation>Liest, wer in der ganzen Organisation worauf Zugriff hat, und speichert dies als datierte Momentaufnahme.
Exit-Codes: 0 vollständig gespeichert, 2 falscher Aufruf, 3 nichts gespeichert (die API ist fehlgeschlagen oder ein Projekt konnte nicht gelesen werden), 4 der Speicher konnte nicht geschrieben werden, 5 mit --allow-partial unvollständig gespeichert.</translation>
    </message>
    <message>
        <source>Usage: roster snapshot [--db FILE] [--label TEXT] [--note TEXT] [--allow-partial] [--base-url URL]</source>
        <translation>Aufruf: roster snapshot [--db DATEI] [--label TEXT] [--note TEXT] [--allow-partial] [--base-url URL]</translation>
    </message>
    <message>
        <source>A label for the snapshot (&quot;Q3 review&quot;).</source>
        <translation>Eine Bezeichnung für die Momentaufnahme („Prüfung Q3“).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The reviewer&apos;s note.</source>
        <translation>Die Notiz des Prüfers.</translation>
    </message>
    <message>
        <source>When some projects cannot be read, store the others&apos; rows anyway (a partial snapshot) and exit with 5.</source>
        <translation>Wenn einige Projekte nicht gelesen werden können, trotzdem die Zeilen der übrigen speichern (eine unvollständige Momentaufnahme) und mit 5 beenden.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>the organization could not be read.</source>
        <translation>Die Organisation konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>no snapshot was stored: %n part(s) of the organization could not be read (--allow-partial stores the projects that were).</source>
        <translation>
            <numerusform>es wurde keine Momentaufnahme gespeichert: %n Teil der Organisation konnte nicht gelesen werden (--allow-partial speichert die Projekte, die gelesen wurden).</numerusform>
            <numerusform>es wurde keine Momentaufnahme gespeichert: %n Teile der Organisation konnten nicht gelesen werden (--allow-partial speichert die Projekte, die gelesen wurden).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stored snapshot %1: %2 access rows in %3 projects%4.
</source>
        <translation>Momentaufnahme %1 gespeichert: %2 Zugriffszeilen in %3 Projekten%4.
</translation>
    </message>
    <message>
        <source> (partial)</source>
        <translation> (unvollständig)</translation>
    </message>
</context>
<context>
    <name>SnapshotListCommand</name>
    <message>
        <source>%1	%2	%3	%4 rows	%5 projects	%6 failed</source>
        <translation>%1	%2	%3	%4 Zeilen	%5 Projekte	%6 fehlgeschlagen</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partial</translation>
    </message>
    <message>
        <source>Lists the stored snapshots, oldest first, one line each: id, time taken (UTC), complete or partial, access rows, complete projects, failed projects, label.
With --review ID --output FILE.xlsx, writes that snapshot&apos;s access review instead: a workbook with a Summary, an Access and a Changes sheet (changes since the snapshot before it), and the same tables beside it as FILE-summary.csv, FILE-access.csv and FILE-changes.csv.
Exit codes: 0 done, 2 bad usage, 4 the store or a file could not be read or written.</source>
        <translation>Listet die gespeicherten Momentaufnahmen auf, älteste zuerst, je eine Zeile: ID, Aufnahmezeit (UTC), complete oder partial, Zugriffszeilen, vollständige Projekte, fehlgeschlagene Projekte, Bezeichnung.
Mit --review ID --output DATEI.xlsx wird stattdessen die Zugriffsprüfung dieser Momentaufnahme geschrieben: eine Arbeitsmappe mit den Blättern Zusammenfassung, Zugriff und Änderungen (Änderungen seit der Momentaufnahme davor) und daneben dieselben Tabellen als DATEI-summary.csv, DATEI-access.csv und DATEI-changes.csv.
Exit-Codes: 0 erledigt, 2 falscher Aufruf, 4 der Speicher oder eine Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>Usage: roster snapshots [--db FILE] [--review ID|LABEL --output FILE.xlsx]</source>
        <translation>Aufruf: roster snapshots [--db DATEI] [--review ID|BEZEICHNUNG --output DATEI.xlsx]</translation>
    </message>
    <message>
        <source>Write the access review of this snapshot.</source>
        <translation>Die Zugriffsprüfung dieser Momentaufnahme schreiben.</translation>
    </message>
    <message>
        <source>ID|LABEL</source>
        <translation>ID|BEZEICHNUNG</translation>
    </message>
    <message>
        <source>With --review: the workbook to write.</source>
        <translation>Mit --review: die zu schreibende Arbeitsmappe.</translation>
    </message>
    <message>
        <source>FILE.xlsx</source>
        <translation>DATEI.xlsx</translation>
    </message>
    <message>
        <source>--review ID and --output FILE.xlsx go together.</source>
        <translation>--review ID und --output DATEI.xlsx gehören zusammen.</translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
</context>
<context>
    <name>SnapshotListModel</name>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message numerus="yes">
        <source>Partial: %n part(s) not read</source>
        <translation>
            <numerusform>Unvollständig: %n Teil nicht gelesen</numerusform>
            <numerusform>Unvollständig: %n Teile nicht gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Access rows</source>
        <translation>Zugriffszeilen</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projekte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file or its folder cannot be written</source>
        <translation>die Datei oder ihr Ordner kann nicht beschrieben werden</translation>
    </message>
    <message>
        <source>another program kept the store busy for too long</source>
        <translation>ein anderes Programm hat den Speicher zu lange belegt</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>der Datenträger hat einen Fehler gemeldet</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1 “%2”: %3.</source>
        <translation>%1 „%2“: %3.</translation>
    </message>
    <message>
        <source>Could not open the snapshot store</source>
        <translation>Fehler beim Öffnen des Speichers für Momentaufnahmen</translation>
    </message>
    <message>
        <source>Could not create the folder “%1” for the snapshot store.</source>
        <translation>Der Ordner „%1“ für den Speicher für Momentaufnahmen konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not create the snapshot store “%1”: %2.</source>
        <translation>Der Speicher für Momentaufnahmen „%1“ konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>The snapshot store “%1” cannot be read.</source>
        <translation>Der Speicher für Momentaufnahmen „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>“%1” is an empty file, not a Roster snapshot store; it was left as it is.</source>
        <translation>„%1“ ist eine leere Datei, kein Roster-Speicher für Momentaufnahmen; sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>“%1” is not a Roster snapshot store (not an SQLite database); it was left as it is.</source>
        <translation>„%1“ ist kein Roster-Speicher für Momentaufnahmen (keine SQLite-Datenbank); die Datei wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>“%1” is another program&apos;s SQLite database, not a Roster snapshot store; it was left as it is.</source>
        <translation>„%1“ ist die SQLite-Datenbank eines anderen Programms, kein Roster-Speicher für Momentaufnahmen; sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The snapshot store “%1” is from a newer Roster (store version %2; this Roster reads up to %3); it was left as it is.</source>
        <translation>Der Speicher für Momentaufnahmen „%1“ stammt von einem neueren Roster (Speicherversion %2; dieses Roster liest bis Version %3); er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>Could not read the snapshot store</source>
        <translation>Fehler beim Lesen des Speichers für Momentaufnahmen</translation>
    </message>
    <message>
        <source>Could not update the snapshot store “%1”: %2.</source>
        <translation>Der Speicher für Momentaufnahmen „%1“ konnte nicht aktualisiert werden: %2.</translation>
    </message>
    <message>
        <source>Could not store the snapshot in</source>
        <translation>Fehler beim Speichern der Momentaufnahme in</translation>
    </message>
    <message>
        <source>There is no snapshot %1 in “%2”.</source>
        <translation>In „%2“ gibt es keine Momentaufnahme %1.</translation>
    </message>
    <message>
        <source>The snapshot store “%1” is damaged: snapshot %2 has an impossible row count.</source>
        <translation>Der Speicher für Momentaufnahmen „%1“ ist beschädigt: Momentaufnahme %2 hat eine unmögliche Zeilenzahl.</translation>
    </message>
    <message>
        <source>The snapshot store “%1” is damaged: snapshot %2 names a project it does not list.</source>
        <translation>Der Speicher für Momentaufnahmen „%1“ ist beschädigt: Momentaufnahme %2 nennt ein Projekt, das sie nicht aufführt.</translation>
    </message>
    <message>
        <source>The snapshot store “%1” is damaged: snapshot %2 has %3 of its %4 rows.</source>
        <translation>Der Speicher für Momentaufnahmen „%1“ ist beschädigt: Momentaufnahme %2 hat %3 ihrer %4 Zeilen.</translation>
    </message>
    <message>
        <source>Could not rename the snapshot in</source>
        <translation>Fehler beim Umbenennen der Momentaufnahme in</translation>
    </message>
    <message>
        <source>Could not delete the snapshot from</source>
        <translation>Fehler beim Löschen der Momentaufnahme aus</translation>
    </message>
    <message>
        <source>There is no snapshot with the id or label “%1” in “%2”.</source>
        <translation>In „%2“ gibt es keine Momentaufnahme mit der ID oder Bezeichnung „%1“.</translation>
    </message>
    <message>
        <source>There is no snapshot store “%1”; “roster snapshot” or the window makes one.</source>
        <translation>Es gibt keinen Speicher für Momentaufnahmen „%1“; „roster snapshot“ oder das Fenster legt ihn an.</translation>
    </message>
    <message>
        <source>The snapshot store “%1” is from an older Roster; “roster snapshot” or the window updates it.</source>
        <translation>Der Speicher für Momentaufnahmen „%1“ stammt von einer älteren Roster-Version; „roster snapshot“ oder das Fenster aktualisiert ihn.</translation>
    </message>
</context>
<context>
    <name>StoreCommandLine</name>
    <message>
        <source>The snapshot store (default %1).</source>
        <translation>Der Speicher für Momentaufnahmen (Voreinstellung %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Read the built-in demo organization (served on 127.0.0.1 by this process).</source>
        <translation>Die eingebaute Demo-Organisation lesen (von diesem Prozess auf 127.0.0.1 bereitgestellt).</translation>
    </message>
    <message>
        <source>The Admin API&apos;s base URL (default %1); the admin key comes from %2.</source>
        <translation>Die Basis-URL der Admin-API (Voreinstellung %1); der Admin-Schlüssel stammt aus %2.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read archived projects too.</source>
        <translation>Auch archivierte Projekte lesen.</translation>
    </message>
    <message>
        <source>Listings read at once (default 4).</source>
        <translation>Gleichzeitig gelesene Auflistungen (Voreinstellung 4).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>(“roster %1 --help” lists the options)</source>
        <translation>(„roster %1 --help“ listet die Optionen auf)</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db erwartet einen Dateinamen.</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 16, not “%1”.</source>
        <translation>--concurrency erwartet eine Zahl von 1 bis 16, nicht „%1“.</translation>
    </message>
    <message>
        <source>--demo and --base-url cannot be used together.</source>
        <translation>--demo und --base-url können nicht zusammen verwendet werden.</translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
</context>
<context>
    <name>TableExportJob</name>
    <message>
        <source>There is no table to export.</source>
        <translation>Es gibt keine Tabelle zum Exportieren.</translation>
    </message>
    <message>
        <source>The table changed while it was being read (rows were added, removed or sorted anew), so nothing was written. Export again to write the table as it is now.</source>
        <translation>Die Tabelle hat sich beim Lesen geändert (Zeilen wurden hinzugefügt, entfernt oder neu sortiert), daher wurde nichts geschrieben. Exportieren Sie erneut, um die Tabelle in ihrem jetzigen Zustand zu schreiben.</translation>
    </message>
    <message>
        <source>The table was closed before it was read, so nothing was written.</source>
        <translation>Die Tabelle wurde geschlossen, bevor sie gelesen war, daher wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbookWriter</name>
    <message>
        <source>a sheet cannot be named “%1” (%2).</source>
        <translation>Ein Tabellenblatt kann nicht „%1“ heißen (%2).</translation>
    </message>
    <message>
        <source>the sheet “%1” could not be added.</source>
        <translation>Das Tabellenblatt „%1“ konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>no sheet was begun.</source>
        <translation>Es wurde kein Tabellenblatt begonnen.</translation>
    </message>
    <message>
        <source>a sheet holds at most %1 rows; this table has more.</source>
        <translation>Ein Tabellenblatt fasst höchstens %1 Zeilen; diese Tabelle hat mehr.</translation>
    </message>
    <message>
        <source>the workbook has no sheet.</source>
        <translation>Die Arbeitsmappe hat kein Tabellenblatt.</translation>
    </message>
    <message>
        <source>1 cell was longer than Excel&apos;s %1 characters and was cut to that length.</source>
        <translation>1 Zelle war länger als die in Excel erlaubten %1 Zeichen und wurde auf diese Länge gekürzt.</translation>
    </message>
    <message>
        <source>%1 cells were longer than Excel&apos;s %2 characters and were cut to that length.</source>
        <translation>%1 Zellen waren länger als die in Excel erlaubten %2 Zeichen und wurden auf diese Länge gekürzt.</translation>
    </message>
    <message>
        <source>it is not a regular file, so a workbook cannot take its place.</source>
        <translation>es ist keine gewöhnliche Datei, daher kann keine Arbeitsmappe an ihre Stelle treten.</translation>
    </message>
</context>
</TS>
