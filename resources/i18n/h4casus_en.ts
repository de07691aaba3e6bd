<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
<context>
    <name>AccountDialogForm</name>
    <message>
        <source>&amp;Gebruikersnaam</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Volledige naam</source>
        <translation>&amp;Full name</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;Herhaal wachtwoord</source>
        <translation>R&amp;epeat password</translation>
    </message>
    <message>
        <source>&amp;Rol</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
</context>
<context>
    <name>AccountsForm</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Wie met h4casus werkt, met de rollen per team. Een account dat nog regie voert, draagt zijn huishoudens eerst over voordat het stopt.</source>
        <translation>Who works with h4casus, with their roles per team. An account that still directs cases hands its households over before it stops.</translation>
    </message>
    <message>
        <source>&amp;Nieuw account…</source>
        <translation>&amp;New account…</translation>
    </message>
    <message>
        <source>Rol &amp;toekennen…</source>
        <translation>&amp;Grant a role…</translation>
    </message>
    <message>
        <source>Rol &amp;intrekken…</source>
        <translation>&amp;Take away a role…</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord herstellen…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>Een nieuw wachtwoord instellen met de herstelsleutel van de database</source>
        <translation>Set a new password with the database&apos;s recovery key</translation>
    </message>
    <message>
        <source>Blokkade &amp;opheffen</source>
        <translation>&amp;Unblock</translation>
    </message>
    <message>
        <source>De wachttijd na te veel verkeerde wachtwoorden beëindigen</source>
        <translation>End the waiting time after too many wrong passwords</translation>
    </message>
    <message>
        <source>&amp;Deactiveren…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>&amp;Verwijderen…</source>
        <translation>&amp;Remove…</translation>
    </message>
</context>
<context>
    <name>AccountsScreen</name>
    <message>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rollen per team</source>
        <translation>Roles per team</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Regie over</source>
        <translation>Case director of</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Nieuw account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Rol toekennen</source>
        <translation>Grant a role</translation>
    </message>
    <message>
        <source>Rol intrekken</source>
        <translation>Take away a role</translation>
    </message>
    <message>
        <source>Wachtwoord herstellen met de herstelsleutel</source>
        <translation>Reset the password with the recovery key</translation>
    </message>
    <message>
        <source>Blokkade na verkeerde wachtwoorden opheffen</source>
        <translation>Unblock after wrong passwords</translation>
    </message>
    <message>
        <source>Account deactiveren</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <source>Account verwijderen</source>
        <translation>Remove account</translation>
    </message>
    <message>
        <source>gedeactiveerd</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>geblokkeerd ({n} mislukte pogingen)</source>
        <translation>blocked ({n} failed attempts)</translation>
    </message>
    <message>
        <source>actief</source>
        <translation>active</translation>
    </message>
    <message>
        <source>1 huishouden</source>
        <translation>1 household</translation>
    </message>
    <message>
        <source>{n} huishoudens</source>
        <translation>{n} households</translation>
    </message>
    <message>
        <source>Kies eerst een account in de lijst.</source>
        <translation>First choose an account in the list.</translation>
    </message>
    <message>
        <source>Account toegevoegd.</source>
        <translation>Account added.</translation>
    </message>
    <message>
        <source>Rol ingetrokken.</source>
        <translation>Role taken away.</translation>
    </message>
    <message>
        <source>Rol toegekend.</source>
        <translation>Role granted.</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord ingesteld voor {user}.</source>
        <translation>New password set for {user}.</translation>
    </message>
    <message>
        <source>{user} is niet geblokkeerd.</source>
        <translation>{user} is not blocked.</translation>
    </message>
    <message>
        <source>Blokkade van {user} opgeheven.</source>
        <translation>{user} unblocked.</translation>
    </message>
    <message>
        <source>Account {user} verwijderd.</source>
        <translation>Account {user} removed.</translation>
    </message>
    <message>
        <source>Account {user} gedeactiveerd.</source>
        <translation>Account {user} deactivated.</translation>
    </message>
    <message>
        <source>{n} huishouden(s) overgedragen aan {to}.</source>
        <translation>{n} household(s) handed over to {to}.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <source>Nieuwe actie</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Actie wijzigen</source>
        <translation>Edit action</translation>
    </message>
    <message>
        <source>met deze actie erbij</source>
        <translation>with this action added</translation>
    </message>
    <message>
        <source>met deze wijziging</source>
        <translation>with this change</translation>
    </message>
    <message>
        <source>Bij doel</source>
        <translation>For goal</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Wie doet het</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <source>Naam van wie het doet</source>
        <translation>Name of who does it</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status van de actie</source>
        <translation>Status of the action</translation>
    </message>
    <message>
        <source>Uit het netwerk</source>
        <translation>From the network</translation>
    </message>
    <message>
        <source>(niemand uit het netwerk)</source>
        <translation>(nobody from the network)</translation>
    </message>
    <message>
        <source>eigen netwerk</source>
        <translation>own network</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>Deze actie staat niet meer in het plan.</source>
        <translation>This action is no longer in the plan.</translation>
    </message>
    <message>
        <source>Opnieuw geladen: dit is wat nu is opgeslagen.</source>
        <translation>Reloaded: this is what is stored now.</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(verwijderd)</source>
        <translation>(removed)</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>Bij &amp;doel:</source>
        <translation>For &amp;goal:</translation>
    </message>
    <message>
        <source>&amp;Actie:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>Wie doet wat? Bijvoorbeeld: post sorteren met de buurvrouw</source>
        <translation>Who does what? For example: sorting the post with the neighbour</translation>
    </message>
    <message>
        <source>&amp;Wie:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>bijvoorbeeld Anna, tante Fatma, Kwadraad</source>
        <translation>for example Anna, aunt Fatma, Kwadraad</translation>
    </message>
    <message>
        <source>D&amp;eadline:</source>
        <translation>D&amp;eadline:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Uit het netwerk:</source>
        <translation>&amp;From the network:</translation>
    </message>
    <message>
        <source>Iemand uit het netwerk van het huishouden die dit doet (vult Wie en Naam)</source>
        <translation>Someone from the household&apos;s network who does this (fills in Who and Name)</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Nieuw account</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Alle teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Volledige naam</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Herhaal wachtwoord</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Toevoeging</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Adres wijzigen</source>
        <translation>Change address</translation>
    </message>
    <message>
        <source>Een nieuwe postcode vult straat en plaats in waar die bekend zijn.</source>
        <translation>A new postcode fills in street and town where they are known.</translation>
    </message>
    <message>
        <source>Opnieuw geladen: dit is het adres zoals het nu is opgeslagen.</source>
        <translation>Reloaded: this is the address as it is stored now.</translation>
    </message>
    <message>
        <source>Nu opgeslagen: {stored}
Uw invoer: {mine}
Wat u niet wijzigde is bijgewerkt naar wat nu is opgeslagen; sla op om uw wijziging toe te passen.</source>
        <translation>Stored now: {stored}
Your input: {mine}
What you did not change has been updated to what is stored now; save to apply your change.</translation>
    </message>
</context>
<context>
    <name>AddressForm</name>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>&amp;Huisnummer</source>
        <translation>House &amp;number</translation>
    </message>
    <message>
        <source>Toe&amp;voeging</source>
        <translation>Su&amp;ffix</translation>
    </message>
    <message>
        <source>&amp;Straat</source>
        <translation>&amp;Street</translation>
    </message>
    <message>
        <source>P&amp;laats</source>
        <translation>&amp;Town</translation>
    </message>
    <message>
        <source>G&amp;emeente</source>
        <translation>M&amp;unicipality</translation>
    </message>
    <message>
        <source>&amp;Wijk</source>
        <translation>Neighbour&amp;hood</translation>
    </message>
    <message>
        <source>optioneel</source>
        <translation>optional</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Accounts</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
    <message>
        <source>&amp;Instellingen</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Ladder en instrumenten</source>
        <translation>&amp;Ladder and instruments</translation>
    </message>
    <message>
        <source>&amp;Bewaartermijnen</source>
        <translation>&amp;Retention periods</translation>
    </message>
    <message>
        <source>Log&amp;boek</source>
        <translation>Access &amp;log</translation>
    </message>
    <message>
        <source>Back-&amp;up</source>
        <translation>Back&amp;up</translation>
    </message>
    <message>
        <source>&amp;Controle</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Be&amp;heer</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>Back-up wordt teruggezet…</source>
        <translation>Restoring backup…</translation>
    </message>
    <message>
        <source>Back-up van {when} teruggezet ({rows} logregels). Meld u aan op de teruggezette database.</source>
        <translation>Backup of {when} restored ({rows} log entries). Sign in to the restored database.</translation>
    </message>
    <message>
        <source>Terugzetten mislukt; de database is ongewijzigd: {reason}</source>
        <translation>Restore failed; the database is unchanged: {reason}</translation>
    </message>
</context>
<context>
    <name>AdminScreen</name>
    <message>
        <source>alle teams</source>
        <translation>all teams</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>&amp;Antwoord</source>
        <translation>&amp;Answer</translation>
    </message>
    <message>
        <source>Wat is afgesproken</source>
        <translation>What was agreed</translation>
    </message>
    <message>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Aanvraag beoordelen</source>
        <translation>Review request</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Waar de aanvraag over gaat</source>
        <translation>What the request is about</translation>
    </message>
    <message>
        <source>De aanvraag</source>
        <translation>The request</translation>
    </message>
    <message>
        <source>&amp;Goedkeuren</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Afwijzen</source>
        <translation>&amp;Decline</translation>
    </message>
    <message>
        <source>&amp;Dossier openen</source>
        <translation>Open case &amp;file</translation>
    </message>
    <message>
        <source>De aanvraag kan niet worden getoond.</source>
        <translation>The request cannot be shown.</translation>
    </message>
    <message>
        <source>{frm} → {to}</source>
        <translation>{frm} → {to}</translation>
    </message>
    <message>
        <source>Gevraagd door {name} op {when}</source>
        <translation>Requested by {name} on {when}</translation>
    </message>
    <message>
        <source>Op- of afschaling {what}</source>
        <translation>Escalation or de-escalation {what}</translation>
    </message>
    <message>
        <source>Overdracht van de regie: {frm} → {to}</source>
        <translation>Handover of case direction: {frm} → {to}</translation>
    </message>
    <message>
        <source>Voorgesteld op {when}, geaccepteerd op {acc}</source>
        <translation>Proposed on {when}, accepted on {acc}</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Deze aanvraag is al {status}; er valt niets meer te beslissen.</source>
        <translation>This request is already {status}; there is nothing left to decide.</translation>
    </message>
    <message>
        <source>U kunt deze aanvraag niet beoordelen: {why}.</source>
        <translation>You cannot review this request: {why}.</translation>
    </message>
    <message>
        <source>Niveau nu</source>
        <translation>Current level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Volgende evaluatie</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation>Case director</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>nog geen plan</source>
        <translation>no plan yet</translation>
    </message>
    <message>
        <source>versie {n}, {status}, {goals} doelen</source>
        <translation>version {n}, {status}, {goals} goals</translation>
    </message>
    <message>
        <source>; laatst vastgesteld op {d}</source>
        <translation>; last adopted on {d}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>nog geen evaluatie</source>
        <translation>no review yet</translation>
    </message>
    <message>
        <source>laatste op {d}</source>
        <translation>last on {d}</translation>
    </message>
    <message>
        <source>in de huidige evaluatieperiode (afschalen kan)</source>
        <translation>in the current review period (de-escalating is possible)</translation>
    </message>
    <message>
        <source>niet in de huidige evaluatieperiode (afschalen vraagt eerst een evaluatie)</source>
        <translation>not in the current review period (de-escalating needs a review first)</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Niveauhistorie</source>
        <translation>Level history</translation>
    </message>
    <message>
        <source>Nog geen wijzigingen van het niveau.</source>
        <translation>No changes of the level yet.</translation>
    </message>
    <message>
        <source>Regiehistorie</source>
        <translation>Case direction history</translation>
    </message>
    <message>
        <source>nu</source>
        <translation>now</translation>
    </message>
</context>
<context>
    <name>ApprovalForm</name>
    <message>
        <source>Aanvraag laden…</source>
        <translation>Loading the request…</translation>
    </message>
    <message>
        <source>Waar het verzoek over gaat</source>
        <translation>What the request is about</translation>
    </message>
    <message>
        <source>&amp;Toelichting (verplicht bij afwijzen):</source>
        <translation>&amp;Note (required when declining):</translation>
    </message>
    <message>
        <source>Waarom u goedkeurt of afwijst; de regisseur leest dit terug</source>
        <translation>Why you approve or decline; the case director reads this back</translation>
    </message>
</context>
<context>
    <name>AuditLogForm</name>
    <message>
        <source>Logboek</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Wie wat deed, wanneer, op welk dossier (NEN 7513). Het bekijken en exporteren van het logboek komt zelf ook in het logboek.</source>
        <translation>Who did what, when, on which case file (NEN 7513). Viewing and exporting the access log is recorded in the access log too.</translation>
    </message>
    <message>
        <source>&amp;Persoon:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>gebruikersnaam</source>
        <translation>username</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>&amp;Case file:</translation>
    </message>
    <message>
        <source>dossiernummer</source>
        <translation>case number</translation>
    </message>
    <message>
        <source>&amp;Gebeurtenis:</source>
        <translation>&amp;Event:</translation>
    </message>
    <message>
        <source>A&amp;ctie:</source>
        <translation>Actio&amp;n:</translation>
    </message>
    <message>
        <source>bijv. regie.transfer, of regie. voor alle</source>
        <translation>e.g. regie.transfer, or regie. for all</translation>
    </message>
    <message>
        <source>&amp;Van:</source>
        <translation>F&amp;rom:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>&amp;Tot en met:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Exporteren (CSV)…</source>
        <translation>E&amp;xport (CSV)…</translation>
    </message>
    <message>
        <source>Logboekregels</source>
        <translation>Access log entries</translation>
    </message>
</context>
<context>
    <name>AuditLogScreen</name>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Tijdstip</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Gebeurtenis</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Persoon</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Grond</source>
        <translation>Ground</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Regels van het logboek</source>
        <translation>Entries of the access log</translation>
    </message>
    <message>
        <source>Filter op persoon (gebruikersnaam)</source>
        <translation>Filter by person (username)</translation>
    </message>
    <message>
        <source>Filter op dossiernummer</source>
        <translation>Filter by case number</translation>
    </message>
    <message>
        <source>Filter op gebeurtenis</source>
        <translation>Filter by event</translation>
    </message>
    <message>
        <source>Filter op actie</source>
        <translation>Filter by action</translation>
    </message>
    <message>
        <source>Periode van</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Periode tot en met</source>
        <translation>Period up to and including</translation>
    </message>
    <message>
        <source>Zoeken in het logboek</source>
        <translation>Search the access log</translation>
    </message>
    <message>
        <source>Exporteren als CSV</source>
        <translation>Export as CSV</translation>
    </message>
    <message>
        <source>Logboek</source>
        <translation>Access log</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot en met</source>
        <translation>Up to and including</translation>
    </message>
    <message>
        <source>is geen datum (dd-mm-jjjj)</source>
        <translation>is not a date (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>{n} regels; de nieuwste {shown} staan hier, de export bevat alle.</source>
        <translation>{n} entries; the newest {shown} are shown here, the export holds them all.</translation>
    </message>
    <message>
        <source>{n} regels.</source>
        <translation>{n} entries.</translation>
    </message>
    <message>
        <source>{user} namens {other}</source>
        <translation>{user} on behalf of {other}</translation>
    </message>
    <message>
        <source>Logboek exporteren</source>
        <translation>Export access log</translation>
    </message>
    <message>
        <source>CSV-bestand (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>{n} regels geëxporteerd naar {path}.</source>
        <translation>{n} entries exported to {path}.</translation>
    </message>
</context>
<context>
    <name>BackupForm</name>
    <message>
        <source>Back-up</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Een back-up is versleuteld met de sleutel van de database en controleert zichzelf. Elke back-up wordt na het maken meteen volledig gecontroleerd. Terugzetten vervangt de hele database; de sessie wordt daarvoor eerst vergrendeld.</source>
        <translation>A backup is encrypted with the database&apos;s key and checks itself. Every backup is checked in full right after it is made. Restoring replaces the whole database; the session is locked first.</translation>
    </message>
    <message>
        <source>&amp;Map:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>Nu een &amp;back-up maken</source>
        <translation>Make a &amp;backup now</translation>
    </message>
    <message>
        <source>Gekozen back-up &amp;controleren</source>
        <translation>&amp;Check the chosen backup</translation>
    </message>
    <message>
        <source>Back-up &amp;terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Back-ups &amp;in deze map</source>
        <translation>Backups &amp;in this folder</translation>
    </message>
</context>
<context>
    <name>BackupScreen</name>
    <message>
        <source>Controle: in orde — gemaakt op {when}, schema {schema}, {rows} logregels.</source>
        <translation>Check: all right — made on {when}, schema {schema}, {rows} log entries.</translation>
    </message>
    <message>
        <source>Map voor de back-up</source>
        <translation>Folder for the backup</translation>
    </message>
    <message>
        <source>Nu een back-up maken</source>
        <translation>Make a backup now</translation>
    </message>
    <message>
        <source>Een back-upbestand controleren</source>
        <translation>Check a backup file</translation>
    </message>
    <message>
        <source>Een back-up terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Gemaakt</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Back-ups in deze map</source>
        <translation>Backups in this folder</translation>
    </message>
    <message>
        <source>Back-up</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>{size:.1f} MB</source>
        <translation>{size:.1f} MB</translation>
    </message>
    <message>
        <source>Map: kies waar de back-up komt.</source>
        <translation>Folder: choose where the backup goes.</translation>
    </message>
    <message>
        <source>Back-up wordt gemaakt…</source>
        <translation>Making backup…</translation>
    </message>
    <message>
        <source>Back-up gemaakt; wordt gecontroleerd…</source>
        <translation>Backup made; being checked…</translation>
    </message>
    <message>
        <source>Back-up gemaakt: {path} ({size:.1f} MB).</source>
        <translation>Backup made: {path} ({size:.1f} MB).</translation>
    </message>
    <message>
        <source>Niet gelukt: {reason}</source>
        <translation>Did not succeed: {reason}</translation>
    </message>
    <message>
        <source>Kies eerst een back-up in de lijst.</source>
        <translation>First choose a backup in the list.</translation>
    </message>
    <message>
        <source>{name} wordt gecontroleerd…</source>
        <translation>Checking {name}…</translation>
    </message>
</context>
<context>
    <name>BreakGlassBanner</name>
    <message>
        <source>Noodtoegang</source>
        <translation>Break-glass access</translation>
    </message>
    <message>
        <source>Nu &amp;beëindigen</source>
        <translation>&amp;End now</translation>
    </message>
    <message>
        <source>Noodtoegang tot dossier {case} nu beëindigen</source>
        <translation>End break-glass access to case file {case} now</translation>
    </message>
    <message>
        <source>Noodtoegang tot dossier {case}: nog {left} (tot {until}). Alles wat u inziet wordt gemarkeerd in het logboek.</source>
        <translation>Break-glass access to case file {case}: {left} left (until {until}). Everything you view is marked in the access log.</translation>
    </message>
    <message>
        <source>Noodtoegang tot dossier {case} beëindigd.</source>
        <translation>Break-glass access to case file {case} ended.</translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <source>Noodtoegang vragen</source>
        <translation>Request break-glass access</translation>
    </message>
    <message>
        <source>Noodtoegang geeft u als teamleider tijdelijk toegang tot een huishouden buiten uw team, bijvoorbeeld als de regisseur onbereikbaar is en er direct gehandeld moet worden. Alles wat u dan inziet of doet, wordt gemarkeerd in het logboek.</source>
        <translation>Break-glass access gives you, as team lead, temporary access to a household outside your team, for instance when the case director cannot be reached and action is needed at once. Everything you then view or do is marked in the access log.</translation>
    </message>
    <message>
        <source>De toegang geldt {hours} uur en eindigt daarna vanzelf; u kunt hem eerder beëindigen in de balk bovenin het venster.</source>
        <translation>The access lasts {hours} hours and then ends by itself; you can end it earlier in the bar at the top of the window.</translation>
    </message>
    <message>
        <source>Dossiernummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Reden voor noodtoegang</source>
        <translation>Reason for break-glass access</translation>
    </message>
    <message>
        <source>Lengte van de reden</source>
        <translation>Length of the reason</translation>
    </message>
    <message>
        <source>&amp;Noodtoegang openen</source>
        <translation>&amp;Open break-glass access</translation>
    </message>
    <message>
        <source>{n} tekens — nog {more} nodig (minstens {min})</source>
        <translation>{n} characters — {more} more needed (at least {min})</translation>
    </message>
    <message>
        <source>{n} tekens — voldoende</source>
        <translation>{n} characters — enough</translation>
    </message>
</context>
<context>
    <name>BreakGlassForm</name>
    <message>
        <source>&amp;Dossiernummer</source>
        <translation>&amp;Case number</translation>
    </message>
    <message>
        <source>bijv. 2026-000123</source>
        <translation>e.g. 2026-000123</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Waarom is toegang nu nodig? Minstens 20 tekens; de reden wordt bewaard en gecontroleerd.</source>
        <translation>Why is access needed now? At least 20 characters; the reason is kept and checked.</translation>
    </message>
</context>
<context>
    <name>CaseFileForm</name>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Casusoverzicht of Ons plan afdrukken (Ctrl+P)</source>
        <translation>Print the case overview or Our plan (Ctrl+P)</translation>
    </message>
    <message>
        <source>Onderdelen van het dossier</source>
        <translation>Sections of the case file</translation>
    </message>
    <message>
        <source>Dossier laden…</source>
        <translation>Loading case file…</translation>
    </message>
</context>
<context>
    <name>CaseFileScreen</name>
    <message>
        <source>Dossier laden…</source>
        <translation>Loading case file…</translation>
    </message>
    <message>
        <source>Onderdelen van het dossier</source>
        <translation>Sections of the case file</translation>
    </message>
    <message>
        <source>Alt+{n}</source>
        <translation>Alt+{n}</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Dossier {id}</source>
        <translation>Case file {id}</translation>
    </message>
    <message>
        <source>Niveau {level}</source>
        <translation>Level {level}</translation>
    </message>
    <message>
        <source>regisseur {name}</source>
        <translation>case director {name}</translation>
    </message>
    <message>
        <source>regie tijdelijk bij {party}</source>
        <translation>case direction temporarily with {party}</translation>
    </message>
    <message>
        <source>geen regisseur</source>
        <translation>no case director</translation>
    </message>
    <message>
        <source>Volgende evaluatie {date}</source>
        <translation>Next review {date}</translation>
    </message>
    <message>
        <source>{text} — verlopen</source>
        <translation>{text} — overdue</translation>
    </message>
</context>
<context>
    <name>ChecklistItemDialog</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verantwoordelijke</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Streefdatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ChecklistItemForm</name>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Verantwoordelijke</source>
        <translation>&amp;Responsible</translation>
    </message>
    <message>
        <source>Wie het regelt: de jongere, een ouder, de regisseur…</source>
        <translation>Who arranges it: the youth, a parent, the case director…</translation>
    </message>
    <message>
        <source>S&amp;treefdatum</source>
        <translation>&amp;Target date</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Toe&amp;lichting</source>
        <translation>&amp;Note</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Sluit {name} af. De regie eindigt (ook eigen regie) en de bewaartermijn gaat lopen; heropenen kan later.</source>
        <translation>Close {name}. Case direction ends (self-direction too) and the retention period starts; it can be reopened later.</translation>
    </message>
    <message>
        <source>Kies een reden</source>
        <translation>Choose a reason</translation>
    </message>
    <message>
        <source>Ja, nazorg of vervolghulp is geregeld</source>
        <translation>Yes, aftercare or follow-up help is arranged</translation>
    </message>
    <message>
        <source>Nee, niet nodig of niet gelukt</source>
        <translation>No, not needed or not possible</translation>
    </message>
    <message>
        <source>Kies ja of nee</source>
        <translation>Choose yes or no</translation>
    </message>
    <message>
        <source>Reden van afsluiten</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Nazorg of vervolghulp geregeld</source>
        <translation>Aftercare or follow-up help arranged</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Close household</translation>
    </message>
</context>
<context>
    <name>CloseForm</name>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Verplicht bij ‘Anders’ en als er nog acties openstaan</source>
        <translation>Required with ‘Other’ and when actions are still open</translation>
    </message>
    <message>
        <source>&amp;Nazorg geregeld</source>
        <translation>&amp;Aftercare arranged</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Het gezinslid zelf</source>
        <translation>The household member themselves</translation>
    </message>
    <message>
        <source>De ouders/verzorgers</source>
        <translation>The parents/carers</translation>
    </message>
    <message>
        <source>Toestemming gegeven</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Over wie</source>
        <translation>About whom</translation>
    </message>
    <message>
        <source>Namens wie</source>
        <translation>On whose behalf</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Gegeven door</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Aan welke partner</source>
        <translation>To which partner</translation>
    </message>
    <message>
        <source>Het plan delen</source>
        <translation>Share the plan</translation>
    </message>
    <message>
        <source>Contactgegevens delen</source>
        <translation>Share contact details</translation>
    </message>
    <message>
        <source>Alleen over deze leefgebieden</source>
        <translation>Only about these life domains</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>{name}: {rule}.</source>
        <translation>{name}: {rule}.</translation>
    </message>
    <message>
        <source>Nog nodig: {who}.</source>
        <translation>Still needed: {who}.</translation>
    </message>
</context>
<context>
    <name>ConsentDialogs</name>
    <message>
        <source>Alle betrokken partners</source>
        <translation>All partners involved</translation>
    </message>
    <message>
        <source>Elke {type}</source>
        <translation>Every {type}</translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Partnerversie van het plan</source>
        <translation>Partner version of the plan</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Ov&amp;er:</source>
        <translation>A&amp;bout:</translation>
    </message>
    <message>
        <source>&amp;Namens:</source>
        <translation>&amp;On behalf of:</translation>
    </message>
    <message>
        <source>&amp;Besluit:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Gegeven door:</source>
        <translation>&amp;Given by:</translation>
    </message>
    <message>
        <source>naam van wie het besluit nam</source>
        <translation>name of who decided</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>&amp;Aan wie:</source>
        <translation>To &amp;whom:</translation>
    </message>
    <message>
        <source>&amp;Het plan:</source>
        <translation>&amp;The plan:</translation>
    </message>
    <message>
        <source>doelen, acties en wie ze doet</source>
        <translation>goals, actions and who does them</translation>
    </message>
    <message>
        <source>&amp;Contactgegevens:</source>
        <translation>&amp;Contact details:</translation>
    </message>
    <message>
        <source>adres en telefoon van het huishouden</source>
        <translation>the household&apos;s address and phone</translation>
    </message>
    <message>
        <source>Of alleen o&amp;ver:</source>
        <translation>Or only abo&amp;ut:</translation>
    </message>
    <message>
        <source>Toe&amp;lichting:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>bijvoorbeeld: mondeling gegeven tijdens huisbezoek</source>
        <translation>for example: given orally during a home visit</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Vaste partners bij kinderen, nog niet vastgelegd: {names}.</source>
        <translation>Fixed partners for children, not recorded yet: {names}.</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Het hele huishouden</source>
        <translation>The whole household</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Contactpersoon:</source>
        <translation>&amp;Contact:</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Soort partner</source>
        <translation>Kind of partner</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contactpersoon</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Kring</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Wat kan hij of zij doen</source>
        <translation>What can they do</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Verbeter wat niet klopt bij {name}. De oude waarde en de reden worden vastgelegd (AVG art. 16).</source>
        <translation>Correct what is wrong for {name}. The old value and the reason are recorded (GDPR art. 16).</translation>
    </message>
    <message>
        <source>ongewijzigd ({masked})</source>
        <translation>unchanged ({masked})</translation>
    </message>
    <message>
        <source>geen; vul in om toe te voegen</source>
        <translation>none; fill in to add</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Datum van het besluit</source>
        <translation>Date of the decision</translation>
    </message>
    <message>
        <source>Hart: wat heeft de inwoner nodig</source>
        <translation>Heart: what does the resident need</translation>
    </message>
    <message>
        <source>Wet: wat staat de wet toe</source>
        <translation>Law: what does the law allow</translation>
    </message>
    <message>
        <source>Euro: wat kost het</source>
        <translation>Euro: what does it cost</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>&amp;Onderwerp:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Waarover wordt besloten?</source>
        <translation>What is being decided?</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>Da&amp;te:</translation>
    </message>
    <message>
        <source>&amp;Hart:</source>
        <translation>&amp;Heart:</translation>
    </message>
    <message>
        <source>Wat heeft de inwoner nodig?</source>
        <translation>What does the resident need?</translation>
    </message>
    <message>
        <source>&amp;Wet:</source>
        <translation>&amp;Law:</translation>
    </message>
    <message>
        <source>Wat staat de wet toe (Wmo, Jeugdwet, Participatiewet …)?</source>
        <translation>What does the law allow (Wmo, Youth Act, Participation Act …)?</translation>
    </message>
    <message>
        <source>&amp;Euro:</source>
        <translation>&amp;Euro:</translation>
    </message>
    <message>
        <source>Wat kost het, en wat levert het op?</source>
        <translation>What does it cost, and what does it deliver?</translation>
    </message>
    <message>
        <source>&amp;Besluit:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>Wat is besloten?</source>
        <translation>What was decided?</translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Eerste start: een demodatabase met verzonnen huishoudens wordt gemaakt…</source>
        <translation>First start: a demo database with made-up households is being created…</translation>
    </message>
    <message>
        <source>h4casus</source>
        <translation>h4casus</translation>
    </message>
    <message>
        <source>De demodatabase kon niet worden gemaakt: {reason}</source>
        <translation>The demo database could not be created: {reason}</translation>
    </message>
</context>
<context>
    <name>EcogramView</name>
    <message>
        <source>Ecogram: het huishouden en zijn netwerk</source>
        <translation>Ecogram: the household and its network</translation>
    </message>
    <message>
        <source>{a} uit het eigen netwerk, {b} professionals</source>
        <translation>{a} from the own network, {b} professionals</translation>
    </message>
    <message>
        <source>Eigen netwerk</source>
        <translation>Own network</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>en nog {n} in de lijst</source>
        <translation>and {n} more in the list</translation>
    </message>
    <message>
        <source>Nog geen netwerk vastgelegd</source>
        <translation>No network recorded yet</translation>
    </message>
</context>
<context>
    <name>EigenRegieDialogs</name>
    <message>
        <source>Eigen regie vastleggen</source>
        <translation>Record self-direction</translation>
    </message>
    <message>
        <source>Eigen regie beëindigen</source>
        <translation>End self-direction</translation>
    </message>
    <message>
        <source>{holder} ({relation}) voert sinds {since} de regie. Vanaf wanneer neemt de regisseur die weer op, en waarom?</source>
        <translation>{holder} ({relation}) has directed the case since {since}. From when does the case director take it back, and why?</translation>
    </message>
</context>
<context>
    <name>EigenRegieForm</name>
    <message>
        <source>&amp;Wie</source>
        <translation>&amp;Who</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Naam van wie de regie voert</source>
        <translation>Name of who directs the case</translation>
    </message>
    <message>
        <source>R&amp;elatie</source>
        <translation>R&amp;elationship</translation>
    </message>
    <message>
        <source>&amp;Vanaf</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Waarom het huishouden de regie zelf voert</source>
        <translation>Why the household directs its own case</translation>
    </message>
</context>
<context>
    <name>EndEigenRegieDialog</name>
    <message>
        <source>&amp;Beëindigen</source>
        <translation>&amp;End</translation>
    </message>
</context>
<context>
    <name>EscalationDialog</name>
    <message>
        <source>De teamleider</source>
        <translation>The team lead</translation>
    </message>
    <message>
        <source>Een partner</source>
        <translation>A partner</translation>
    </message>
    <message>
        <source>Regie op regie: vraag de teamleider of de partner om de hulp weer op gang te brengen. Het antwoord legt u later vast.</source>
        <translation>Escalation of stalled help (regie op regie): ask the team lead or the partner to get the help going again. You record the answer later.</translation>
    </message>
    <message>
        <source>Kies of typ wat vastloopt</source>
        <translation>Choose or type what is stuck</translation>
    </message>
    <message>
        <source>Aan wie</source>
        <translation>To whom</translation>
    </message>
    <message>
        <source>Naam van de teamleider of de partner</source>
        <translation>Name of the team lead or the partner</translation>
    </message>
    <message>
        <source>Wat loopt vast</source>
        <translation>What is stuck</translation>
    </message>
    <message>
        <source>Waarom, en wat u vraagt</source>
        <translation>Why, and what you ask</translation>
    </message>
    <message>
        <source>&amp;Opschalen</source>
        <translation>&amp;Escalate</translation>
    </message>
    <message>
        <source>De teamleider van het team</source>
        <translation>The team&apos;s team lead</translation>
    </message>
    <message>
        <source>Organisatie en contactpersoon</source>
        <translation>Organisation and contact</translation>
    </message>
</context>
<context>
    <name>EscalationDialogs</name>
    <message>
        <source>Opschalen</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>Afschalen</source>
        <translation>De-escalate</translation>
    </message>
</context>
<context>
    <name>EscalationForm</name>
    <message>
        <source>&amp;Aan wie</source>
        <translation>&amp;To whom</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Wat loopt vast</source>
        <translation>&amp;What is stuck</translation>
    </message>
    <message>
        <source>Waarom, wat &amp;vraagt u</source>
        <translation>Why, what do you &amp;ask</translation>
    </message>
    <message>
        <source>Wat is geprobeerd en wat moet er gebeuren</source>
        <translation>What has been tried and what needs to happen</translation>
    </message>
</context>
<context>
    <name>EscalationSection</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Naar</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Aangevraagd door</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Besloten door</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Wacht op goedkeuring</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Doorgevoerd</source>
        <translation>Carried out</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Afschalen kan pas als er in de huidige evaluatieperiode een evaluatie is vastgelegd (Plan, Ctrl+Shift+E). Opschalen naar een niveau met goedkeuring wacht op de teamleider of een plaatsvervanger: nooit degene die het vraagt, nooit de regisseur.</source>
        <translation>De-escalating is possible only once a review has been recorded in the current review period (Plan, Ctrl+Shift+E). Escalating to a level that needs approval waits for the team lead or a deputy: never the person who asks, never the case director.</translation>
    </message>
    <message>
        <source>Geschiedenis van het niveau</source>
        <translation>History of the level</translation>
    </message>
    <message>
        <source>Opschalen</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>Afschalen</source>
        <translation>De-escalate</translation>
    </message>
    <message>
        <source>Aanvraag intrekken</source>
        <translation>Withdraw request</translation>
    </message>
    <message>
        <source>Aanvraag goedkeuren</source>
        <translation>Approve request</translation>
    </message>
    <message>
        <source>Aanvraag afwijzen</source>
        <translation>Decline request</translation>
    </message>
    <message>
        <source>Huidig niveau</source>
        <translation>Current level</translation>
    </message>
    <message>
        <source>Wachtende aanvraag</source>
        <translation>Pending request</translation>
    </message>
    <message>
        <source>Niveau {level}</source>
        <translation>Level {level}</translation>
    </message>
    <message>
        <source>Volgende evaluatie {date}</source>
        <translation>Next review {date}</translation>
    </message>
    <message>
        <source>{frm} naar {to}: wacht op goedkeuring — aangevraagd door {who} op {date}: {reason}</source>
        <translation>{frm} to {to}: waiting for approval — requested by {who} on {date}: {reason}</translation>
    </message>
    <message>
        <source>De aanvraag is ingetrokken; het niveau blijft {level}.</source>
        <translation>The request was withdrawn; the level stays {level}.</translation>
    </message>
    <message>
        <source>Goedgekeurd: het huishouden staat nu op {level}.</source>
        <translation>Approved: the household is now at {level}.</translation>
    </message>
    <message>
        <source>Afgewezen; het niveau blijft {level}.</source>
        <translation>Declined; the level stays {level}.</translation>
    </message>
    <message>
        <source>&amp;Opschalen…</source>
        <translation>&amp;Escalate…</translation>
    </message>
    <message>
        <source>Een hoger niveau voorstellen, met een reden (Ctrl+Shift+H)</source>
        <translation>Propose a higher level, with a reason (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>A&amp;fschalen…</source>
        <translation>De-escala&amp;te…</translation>
    </message>
    <message>
        <source>Een lager niveau voorstellen; vraagt een evaluatie in de huidige periode</source>
        <translation>Propose a lower level; needs a review in the current period</translation>
    </message>
    <message>
        <source>&amp;Goedkeuren</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>Het nieuwe niveau gaat vandaag in (vier ogen: nooit wie het vroeg, nooit de regisseur)</source>
        <translation>The new level starts today (four eyes: never who asked, never the case director)</translation>
    </message>
    <message>
        <source>Af&amp;wijzen</source>
        <translation>De&amp;cline</translation>
    </message>
    <message>
        <source>Het niveau blijft zoals het is</source>
        <translation>The level stays as it is</translation>
    </message>
    <message>
        <source>Aanvraag &amp;intrekken</source>
        <translation>&amp;Withdraw request</translation>
    </message>
    <message>
        <source>Uw eigen aanvraag intrekken; het niveau blijft zoals het is</source>
        <translation>Withdraw your own request; the level stays as it is</translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Er is nog geen plan; leg het verslag vast.</source>
        <translation>There is no plan yet; record the report.</translation>
    </message>
    <message>
        <source>Evaluatie van het geldende plan: versie {n}, vastgesteld op {date}.</source>
        <translation>Review of the plan in force: version {n}, adopted on {date}.</translation>
    </message>
    <message>
        <source>Evaluatie van het concept (versie {n}); er is nog geen vastgestelde versie.</source>
        <translation>Review of the draft (version {n}); there is no adopted version yet.</translation>
    </message>
    <message>
        <source>Datum van de evaluatie</source>
        <translation>Date of the review</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Volgende evaluatie</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>— geen uitkomst</source>
        <translation>— no outcome</translation>
    </message>
    <message>
        <source>Uitkomst van {goal}</source>
        <translation>Outcome of {goal}</translation>
    </message>
    <message>
        <source>toelichting (mag leeg)</source>
        <translation>note (may be empty)</translation>
    </message>
    <message>
        <source>Toelichting bij {goal}</source>
        <translation>Note on {goal}</translation>
    </message>
    <message>
        <source>uiterlijk {date} ({level}: om de {days} dagen)</source>
        <translation>by {date} at the latest ({level}: every {days} days)</translation>
    </message>
</context>
<context>
    <name>EvaluationForm</name>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Verslag:</source>
        <translation>&amp;Report:</translation>
    </message>
    <message>
        <source>Hoe gaat het, wat is bereikt, wat spreken we af?</source>
        <translation>How is it going, what has been achieved, what do we agree?</translation>
    </message>
    <message>
        <source>Uitkomst per doel</source>
        <translation>Outcome per goal</translation>
    </message>
    <message>
        <source>Volgende &amp;evaluatie:</source>
        <translation>&amp;Next review:</translation>
    </message>
</context>
<context>
    <name>ExternalRegieDialog</name>
    <message>
        <source>Gecertificeerde instelling (jeugdbescherming)</source>
        <translation>Certified institution (child protection)</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>Raad voor de Kinderbescherming</source>
        <translation>Child Protection Board (Raad voor de Kinderbescherming)</translation>
    </message>
    <message>
        <source>De regie gaat tijdelijk naar een externe partij; het huishouden blijft in het wijkteam en is gemarkeerd tot de regie terugkomt. Lopende overdrachten vervallen.</source>
        <translation>Case direction goes to an external party for a while; the household stays with the neighbourhood team and is marked until case direction returns. Pending handovers lapse.</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Naam contactpersoon</source>
        <translation>Name of the contact</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Over&amp;dragen</source>
        <translation>&amp;Hand over</translation>
    </message>
</context>
<context>
    <name>ExternalRegieForm</name>
    <message>
        <source>&amp;Organisatie</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Contactpersoon daar, bijvoorbeeld de jeugdbeschermer</source>
        <translation>Contact there, for example the child protection worker</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: ondertoezichtstelling uitgesproken</source>
        <translation>For example: supervision order issued</translation>
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message>
        <source>Alle teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Filter op status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filter op team</source>
        <translation>Filter by team</translation>
    </message>
    <message>
        <source>Filter op regisseur</source>
        <translation>Filter by case director</translation>
    </message>
    <message>
        <source>Filter op AVE-niveau</source>
        <translation>Filter by AVE level</translation>
    </message>
    <message>
        <source>Alleen met verlopen evaluatie</source>
        <translation>Only with an overdue review</translation>
    </message>
    <message>
        <source>Alleen met jongeren van 16 tot 18</source>
        <translation>Only with youths aged 16 to 18</translation>
    </message>
    <message>
        <source>Alleen mijn huishoudens</source>
        <translation>Only my households</translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation>{name} ({n})</translation>
    </message>
    <message>
        <source>&amp;Jongeren {age}–18</source>
        <translation>&amp;Youths {age}–18</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <source>Versie {n} vaststellen</source>
        <translation>Adopt version {n}</translation>
    </message>
    <message>
        <source>{goals} doelen en {actions} acties: {own} door het huishouden en het netwerk, {pro} door professionals.</source>
        <translation>{goals} goals and {actions} actions: {own} by the household and its network, {pro} by professionals.</translation>
    </message>
    <message>
        <source>Datum van het akkoord van het huishouden</source>
        <translation>Date the household agreed</translation>
    </message>
    <message>
        <source>&amp;Vaststellen</source>
        <translation>&amp;Adopt</translation>
    </message>
</context>
<context>
    <name>FinaliseForm</name>
    <message>
        <source>&amp;Akkoord huishouden op:</source>
        <translation>&amp;Household agreed on:</translation>
    </message>
    <message>
        <source>Vastgesteld door:</source>
        <translation>Adopted by:</translation>
    </message>
    <message>
        <source>Na vaststellen is deze versie bevroren en bewaard. Een latere wijziging begint een nieuw concept.</source>
        <translation>Once adopted, this version is frozen and kept. A later change starts a new draft.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Opslaan</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Opnieuw laden</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Vergelijken</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Iemand anders heeft dit intussen gewijzigd; er is niets overschreven. Laad opnieuw om verder te gaan met wat nu is opgeslagen.</source>
        <translation>Someone else changed this in the meantime; nothing was overwritten. Reload to continue with what is stored now.</translation>
    </message>
    <message>
        <source>Niet opgeslagen — verbeter eerst:</source>
        <translation>Not saved — first correct:</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Wie doet wat?</source>
        <translation>Who does what?</translation>
    </message>
    <message>
        <source>naam (mag leeg)</source>
        <translation>name (may be empty)</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Actie {n}</source>
        <translation>Action {n}</translation>
    </message>
    <message>
        <source>Wie doet actie {n}</source>
        <translation>Who does action {n}</translation>
    </message>
    <message>
        <source>Naam bij actie {n}</source>
        <translation>Name for action {n}</translation>
    </message>
    <message>
        <source>Deadline van actie {n}</source>
        <translation>Deadline of action {n}</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Doel wijzigen</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <source>met dit doel erbij</source>
        <translation>with this goal added</translation>
    </message>
    <message>
        <source>met deze wijziging</source>
        <translation>with this change</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Resultaat (SMART)</source>
        <translation>Result (SMART)</translation>
    </message>
    <message>
        <source>Status van het doel</source>
        <translation>Status of the goal</translation>
    </message>
    <message>
        <source>Nog een actieregel</source>
        <translation>One more action line</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Dit doel staat niet meer in het plan.</source>
        <translation>This goal is no longer in the plan.</translation>
    </message>
    <message>
        <source>Opnieuw geladen: dit is wat nu is opgeslagen.</source>
        <translation>Reloaded: this is what is stored now.</translation>
    </message>
    <message>
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hele huishouden</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <source>(verwijderd)</source>
        <translation>(removed)</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>&amp;Leefgebied:</source>
        <translation>&amp;Life domain:</translation>
    </message>
    <message>
        <source>&amp;Voor:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>&amp;Doel:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <source>Wat wil het huishouden bereiken? In eigen woorden</source>
        <translation>What does the household want to achieve? In its own words</translation>
    </message>
    <message>
        <source>&amp;Resultaat (SMART):</source>
        <translation>&amp;Result (SMART):</translation>
    </message>
    <message>
        <source>Wat is er dan bereikt, hoe zie je dat, en wanneer?</source>
        <translation>What will have been achieved, how do you see it, and when?</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Acties bij dit doel — lege regels worden overgeslagen</source>
        <translation>Actions for this goal — empty lines are skipped</translation>
    </message>
    <message>
        <source>&amp;Nog een actie</source>
        <translation>&amp;One more action</translation>
    </message>
    <message>
        <source>Nog een regel voor een actie (Alt+N)</source>
        <translation>One more line for an action (Alt+N)</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>De regie over {name} gaat pas over als de ander accepteert (en, waar nodig, de teamleider goedkeurt). Tot dan blijft {regisseur} regisseur.</source>
        <translation>Case direction of {name} passes only once the other accepts (and, where needed, the team lead approves). Until then {regisseur} stays case director.</translation>
    </message>
    <message>
        <source>de huidige</source>
        <translation>the current one</translation>
    </message>
    <message>
        <source>{name} — {n} huishoudens</source>
        <translation>{name} — {n} households</translation>
    </message>
    <message>
        <source>Nieuwe regisseur</source>
        <translation>New case director</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Overdrachtsnotitie</source>
        <translation>Handover note</translation>
    </message>
    <message>
        <source>&amp;Voorstellen</source>
        <translation>&amp;Propose</translation>
    </message>
</context>
<context>
    <name>HandoverForm</name>
    <message>
        <source>&amp;Aan</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Waarom de regie overgaat</source>
        <translation>Why case direction passes</translation>
    </message>
    <message>
        <source>&amp;Notitie</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Wat de nieuwe regisseur moet weten (niet verplicht)</source>
        <translation>What the new case director needs to know (optional)</translation>
    </message>
</context>
<context>
    <name>HouseholdListForm</name>
    <message>
        <source>&amp;Zoeken:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Naam, adres, postcode of dossiernummer (Ctrl+F)</source>
        <translation>Name, address, postcode or case number (Ctrl+F)</translation>
    </message>
    <message>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Teamoverzicht of 18-/18+ overzicht afdrukken (Ctrl+P)</source>
        <translation>Print the team overview or the 18-/18+ overview (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>&amp;Regisseur:</source>
        <translation>Case &amp;director:</translation>
    </message>
    <message>
        <source>&amp;AVE:</source>
        <translation>&amp;AVE:</translation>
    </message>
    <message>
        <source>&amp;Verlopen evaluatie</source>
        <translation>&amp;Overdue review</translation>
    </message>
    <message>
        <source>&amp;Jongeren 16–18</source>
        <translation>&amp;Youths 16–18</translation>
    </message>
    <message>
        <source>&amp;Mijn huishoudens</source>
        <translation>&amp;My households</translation>
    </message>
    <message>
        <source>Filters &amp;wissen</source>
        <translation>Clear filte&amp;rs</translation>
    </message>
    <message>
        <source>Terug naar alle open huishoudens</source>
        <translation>Back to all open households</translation>
    </message>
    <message>
        <source>Huishoudens</source>
        <translation>Households</translation>
    </message>
</context>
<context>
    <name>HouseholdListScreen</name>
    <message>
        <source>Zoeken in huishoudens</source>
        <translation>Search households</translation>
    </message>
    <message>
        <source>Huishoudens</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Sorteren kan op naam, AVE-niveau en volgende evaluatie.</source>
        <translation>You can sort by name, AVE level and next review.</translation>
    </message>
    <message>
        <source>Geen huishoudens gevonden</source>
        <translation>No households found</translation>
    </message>
    <message>
        <source>{n} gevonden{more}</source>
        <translation>{n} found{more}</translation>
    </message>
    <message>
        <source> (eerste 200; maak de zoekterm preciezer)</source>
        <translation> (first 200; make the search more precise)</translation>
    </message>
    <message>
        <source>Geen huishoudens gevonden voor deze zoekterm.
Zoek op achternaam, straat (met huisnummer), postcode of dossiernummer.</source>
        <translation>No households found for this search.
Search by surname, street (with house number), postcode or case number.</translation>
    </message>
    <message>
        <source>Er wordt gezocht binnen de filters; kies bij Status “Alle, ook afgesloten” om ook afgesloten huishoudens te vinden.</source>
        <translation>The search stays within the filters; choose “All, including closed” under Status to find closed households too.</translation>
    </message>
    <message>
        <source>Huishoudens laden…</source>
        <translation>Loading households…</translation>
    </message>
    <message>
        <source>open huishoudens</source>
        <translation>open households</translation>
    </message>
    <message>
        <source>huishoudens</source>
        <translation>households</translation>
    </message>
    <message>
        <source>{n} {what}</source>
        <translation>{n} {what}</translation>
    </message>
    <message>
        <source>{n} {what} geladen — scroll voor meer</source>
        <translation>{n} {what} loaded — scroll for more</translation>
    </message>
    <message>
        <source>Geen huishoudens met deze filters.
Filters wissen: Alt+W.</source>
        <translation>No households with these filters.
Clear filters: Alt+W.</translation>
    </message>
    <message>
        <source>Er zijn nog geen huishoudens die u mag zien.
Nieuwe aanmeldingen van uw team verschijnen hier (Ctrl+N: nieuw huishouden).</source>
        <translation>There are no households you may see yet.
New referrals for your team appear here (Ctrl+N: new household).</translation>
    </message>
    <message>
        <source> · gefilterd</source>
        <translation> · filtered</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>Dossier</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation>Case director</translation>
    </message>
    <message>
        <source>AVE</source>
        <translation>AVE</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Volgende evaluatie</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Klik om hierop te sorteren</source>
        <translation>Click to sort by this column</translation>
    </message>
    <message>
        <source>Eigen regie: het huishouden of zijn netwerk voert de regie; de regisseur is contactpersoon namens het wijkteam</source>
        <translation>Self-direction: the household or its network directs the case; the case director is the contact for the neighbourhood team</translation>
    </message>
    <message>
        <source>Evaluatie is verlopen</source>
        <translation>Review is overdue</translation>
    </message>
    <message>
        <source>— geen —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>{status} · eigen regie</source>
        <translation>{status} · self-direction</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Wie komt er bij het huishouden {name}?</source>
        <translation>Who joins the household {name}?</translation>
    </message>
    <message>
        <source>Hoort erbij &amp;sinds</source>
        <translation>&amp;Joined on</translation>
    </message>
    <message>
        <source>optioneel</source>
        <translation>optional</translation>
    </message>
</context>
<context>
    <name>JournalEntryDialog</name>
    <message>
        <source>Nieuwe journaalregel</source>
        <translation>New journal entry</translation>
    </message>
    <message>
        <source>Het hele huishouden</source>
        <translation>The whole household</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Datum en tijd</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Over wie</source>
        <translation>About whom</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Vertrouwelijk</source>
        <translation>Confidential</translation>
    </message>
</context>
<context>
    <name>JournalEntryForm</name>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Datum en tijd:</source>
        <translation>&amp;Date and time:</translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation>&amp;About:</translation>
    </message>
    <message>
        <source>&amp;Tekst:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <source>&amp;Vertrouwelijk</source>
        <translation>&amp;Confidential</translation>
    </message>
</context>
<context>
    <name>JournalSection</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Journaalregels</source>
        <translation>Journal entries</translation>
    </message>
    <message>
        <source>Filter op soort</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <source>Filter op gezinslid</source>
        <translation>Filter by household member</translation>
    </message>
    <message>
        <source>Zoeken in de tekst</source>
        <translation>Search in the text</translation>
    </message>
    <message>
        <source>Alle</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>huishouden</source>
        <translation>household</translation>
    </message>
    <message>
        <source>vertrouwelijk</source>
        <translation>confidential</translation>
    </message>
    <message>
        <source>{shown} van {loaded} geladen regels</source>
        <translation>{shown} of {loaded} loaded entries</translation>
    </message>
    <message>
        <source>{n} regels</source>
        <translation>{n} entries</translation>
    </message>
    <message>
        <source>1 regel</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <source>&amp;Nieuwe notitie…</source>
        <translation>&amp;New entry…</translation>
    </message>
    <message>
        <source>Een journaalregel toevoegen (Ctrl+J)</source>
        <translation>Add a journal entry (Ctrl+J)</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation>&amp;About:</translation>
    </message>
    <message>
        <source>Alleen &amp;vertrouwelijk</source>
        <translation>Confidential &amp;only</translation>
    </message>
    <message>
        <source>Oudere &amp;laden</source>
        <translation>&amp;Load older</translation>
    </message>
</context>
<context>
    <name>LadderForm</name>
    <message>
        <source>Op- en afschaalladder</source>
        <translation>Escalation ladder</translation>
    </message>
    <message>
        <source>Per niveau: na hoeveel dagen het plan weer wordt geëvalueerd, en of opschalen naar dit niveau de goedkeuring van een tweede persoon (teamleider of plaatsvervanger) vraagt. Elke wijziging komt in het logboek.</source>
        <translation>Per level: after how many days the plan is reviewed again, and whether escalating to this level needs the approval of a second person (team lead or deputy). Every change is recorded in the access log.</translation>
    </message>
    <message>
        <source>Niveaus van de ladder</source>
        <translation>Levels of the ladder</translation>
    </message>
    <message>
        <source>Niveau &amp;wijzigen…</source>
        <translation>&amp;Edit level…</translation>
    </message>
    <message>
        <source>&amp;Instrumenten</source>
        <translation>&amp;Instruments</translation>
    </message>
</context>
<context>
    <name>LadderScreen</name>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Kleur</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Evaluatietermijn</source>
        <translation>Review interval</translation>
    </message>
    <message>
        <source>Goedkeuring bij opschalen</source>
        <translation>Approval when escalating</translation>
    </message>
    <message>
        <source>Situatie</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Niveaus van de ladder</source>
        <translation>Levels of the ladder</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Domeinen</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Instrumenten</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>Niveau wijzigen</source>
        <translation>Edit level</translation>
    </message>
    <message>
        <source>Ladder en instrumenten</source>
        <translation>Ladder and instruments</translation>
    </message>
    <message>
        <source>{n} dagen</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Kies eerst een niveau.</source>
        <translation>First choose a level.</translation>
    </message>
    <message>
        <source>Niveau {code} opgeslagen.</source>
        <translation>Level {code} saved.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Taal (Language)</source>
        <translation>&amp;Language (Taal)</translation>
    </message>
    <message>
        <source>Taal: {language}. Dit geldt vanaf de volgende aanmelding.</source>
        <translation>Language: {language}. This applies from the next sign-in.</translation>
    </message>
</context>
<context>
    <name>LevelChangeDialog</name>
    <message>
        <source>Nu {level}. Kies het nieuwe niveau en zeg waarom.</source>
        <translation>Now {level}. Choose the new level and say why.</translation>
    </message>
    <message>
        <source>Nu {level}. Afschalen vraagt een evaluatie in de huidige evaluatieperiode.</source>
        <translation>Now {level}. De-escalating needs a review in the current review period.</translation>
    </message>
    <message>
        <source>Nieuw niveau</source>
        <translation>New level</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Volgende evaluatie</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>&amp;Voorstellen</source>
        <translation>&amp;Propose</translation>
    </message>
    <message>
        <source>&amp;Afschalen</source>
        <translation>&amp;De-escalate</translation>
    </message>
    <message>
        <source>Evaluatie uiterlijk na {days} dagen.</source>
        <translation>Review after {days} days at the latest.</translation>
    </message>
    <message>
        <source>Dit niveau wacht op goedkeuring door een ander.</source>
        <translation>This level waits for approval by someone else.</translation>
    </message>
    <message>
        <source>Evaluatie vast&amp;leggen…</source>
        <translation>Record &amp;review…</translation>
    </message>
</context>
<context>
    <name>LevelChangeForm</name>
    <message>
        <source>&amp;Niveau</source>
        <translation>&amp;Level</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Waarom dit niveau, in een zin</source>
        <translation>Why this level, in one sentence</translation>
    </message>
    <message>
        <source>Volgende &amp;evaluatie</source>
        <translation>Next r&amp;eview</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Leeg: de langste termijn van het nieuwe niveau</source>
        <translation>Empty: the longest interval of the new level</translation>
    </message>
</context>
<context>
    <name>LevelDialog</name>
    <message>
        <source>Niveau {code} wijzigen</source>
        <translation>Edit level {code}</translation>
    </message>
    <message>
        <source>{code} ({colour}). De wijziging geldt voor evaluaties die na nu worden gepland.</source>
        <translation>{code} ({colour}). The change applies to reviews planned from now on.</translation>
    </message>
    <message>
        <source>Evaluatietermijn in dagen</source>
        <translation>Review interval in days</translation>
    </message>
    <message>
        <source>Opschalen vraagt goedkeuring</source>
        <translation>Escalating needs approval</translation>
    </message>
</context>
<context>
    <name>LevelDialogForm</name>
    <message>
        <source>&amp;Evaluatietermijn (dagen)</source>
        <translation>&amp;Review interval (days)</translation>
    </message>
    <message>
        <source>Een geheel aantal dagen tussen 1 en 730</source>
        <translation>A whole number of days between 1 and 730</translation>
    </message>
    <message>
        <source>Opschalen naar dit niveau vraagt &amp;goedkeuring (vier ogen)</source>
        <translation>Escalating to this level needs &amp;approval (four eyes)</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>Wachtwoord om te ontgrendelen</source>
        <translation>Password to unlock</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Afmelden</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>De sessie van &lt;b&gt;{user}&lt;/b&gt; is vergrendeld{why}. Vul uw wachtwoord in om verder te werken, of meld u af zodat iemand anders kan aanmelden.</source>
        <translation>The session of &lt;b&gt;{user}&lt;/b&gt; is locked{why}. Enter your password to continue, or sign out so that someone else can sign in.</translation>
    </message>
    <message>
        <source> omdat er een tijd niets gebeurde</source>
        <translation> because nothing happened for a while</translation>
    </message>
    <message>
        <source>Vul uw wachtwoord in.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>&amp;Ontgrendelen</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Af&amp;melden</source>
        <translation>Sign &amp;out</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>h4casus — aanmelden</source>
        <translation>h4casus — sign in</translation>
    </message>
    <message>
        <source>&amp;Aanmelden</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Database kiezen</source>
        <translation>Choose database</translation>
    </message>
    <message>
        <source>De vertaling naar {language} is niet beschikbaar.</source>
        <translation>The {language} translation is not available.</translation>
    </message>
    <message>
        <source>Nieuwe demodatabase aangemaakt met verzonnen gegevens.</source>
        <translation>New demo database created with made-up data.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demodatabase&lt;/b&gt; — gebruiker: &lt;b&gt;{user}&lt;/b&gt;, wachtwoord: &lt;b&gt;{pw}&lt;/b&gt;&lt;br&gt;{first} Alleen om te proberen; zet hier geen echte gegevens in.</source>
        <translation>&lt;b&gt;Demo database&lt;/b&gt; — user: &lt;b&gt;{user}&lt;/b&gt;, password: &lt;b&gt;{pw}&lt;/b&gt;&lt;br&gt;{first} Only for trying out; do not put real data in it.</translation>
    </message>
    <message>
        <source>h4casus-database (*.h4c);;Alle bestanden (*)</source>
        <translation>h4casus database (*.h4c);;All files (*)</translation>
    </message>
    <message>
        <source>Bezig met openen…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <source>gebruikersnaam</source>
        <translation>username</translation>
    </message>
    <message>
        <source>wachtwoord</source>
        <translation>password</translation>
    </message>
    <message>
        <source>Vul in: {fields}.</source>
        <translation>Please fill in: {fields}.</translation>
    </message>
    <message>
        <source>Er is geen database op {path}.</source>
        <translation>There is no database at {path}.</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>h4casus</source>
        <translation>h4casus</translation>
    </message>
    <message>
        <source>Casusregistratie voor wijkteams — 1 huishouden, 1 plan, 1 regisseur</source>
        <translation>Case registration for neighbourhood teams — 1 household, 1 plan, 1 case director</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>h4casus</source>
        <translation>h4casus</translation>
    </message>
    <message>
        <source>Huishoudens</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Mijn werk</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>Alleen een teamleider kan noodtoegang vragen.</source>
        <translation>Only a team lead can request break-glass access.</translation>
    </message>
    <message>
        <source>Automatische back-up gemaakt: %s</source>
        <translation>Automatic backup made: %s</translation>
    </message>
    <message>
        <source>Automatische back-up mislukt: %s</source>
        <translation>Automatic backup failed: %s</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Nieuw huishouden…</source>
        <translation>&amp;New household…</translation>
    </message>
    <message>
        <source>Nood&amp;toegang…</source>
        <translation>&amp;Break-glass access…</translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Dossier &amp;sluiten</source>
        <translation>&amp;Close case file</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Beeld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Mijn werk</source>
        <translation>&amp;My work</translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Volgend tabblad</source>
        <translation>&amp;Next tab</translation>
    </message>
    <message>
        <source>V&amp;orig tabblad</source>
        <translation>Pre&amp;vious tab</translation>
    </message>
    <message>
        <source>Alleen consulenten, regisseurs en teamleiders registreren huishoudens.</source>
        <translation>Only consultants, case directors and team leads register households.</translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Aangemeld: {user}</source>
        <translation>Signed in: {user}</translation>
    </message>
    <message>
        <source> · demodatabase</source>
        <translation> · demo database</translation>
    </message>
    <message>
        <source>Vergrendeld, maar dit kon niet in het logboek worden vastgelegd.</source>
        <translation>Locked, but this could not be recorded in the access log.</translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <source>Hele huishouden</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <source>Nieuwe meting</source>
        <translation>New measurement</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Soort meting</source>
        <translation>Kind of measurement</translation>
    </message>
    <message>
        <source>Datum van de meting</source>
        <translation>Date of the measurement</translation>
    </message>
    <message>
        <source>Typ per domein een cijfer van {low} tot {high}; je ziet meteen wat het betekent. Tab of ↓ naar het volgende domein, ← → om te schuiven, Delete om te wissen. Enter slaat op.</source>
        <translation>Type a score from {low} to {high} per domain; you see at once what it means. Tab or ↓ to the next domain, ← → to move, Delete to clear. Enter saves.</translation>
    </message>
    <message>
        <source>vorige: {n}</source>
        <translation>previous: {n}</translation>
    </message>
</context>
<context>
    <name>MeasurementForm</name>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>&amp;Voor:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Scores per domein</source>
        <translation>Scores per domain</translation>
    </message>
</context>
<context>
    <name>MeldcodeSection</name>
    <message>
        <source>Stap</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Stand</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Vastgelegd</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Enter op een stap legt die stap (opnieuw) vast, bijvoorbeeld nog eens overleg</source>
        <translation>Enter on a step records that step (again), for example another consultation</translation>
    </message>
    <message>
        <source>Volgende stap</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Volgende stap vastleggen</source>
        <translation>Record the next step</translation>
    </message>
    <message>
        <source>Gesprek overslaan</source>
        <translation>Skip the conversation</translation>
    </message>
    <message>
        <source>De vijf stappen</source>
        <translation>The five steps</translation>
    </message>
    <message>
        <source>Alles wat is vastgelegd</source>
        <translation>Everything recorded</translation>
    </message>
    <message>
        <source>Er loopt geen meldcode. Begin met stap 1: {name}.</source>
        <translation>No reporting code is running. Start with step 1: {name}.</translation>
    </message>
    <message>
        <source>Het laatste traject is afgerond met een besluit. Nieuwe zorgen? Begin een nieuw traject met stap 1.</source>
        <translation>The last track ended with a decision. New concerns? Start a new track with step 1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Volgende stap: {n}. {name}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Next step: {n}. {name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Brengt het gesprek de veiligheid in gevaar, sla het dan over met die reden.</source>
        <translation>If the conversation would endanger safety, skip it with that reason.</translation>
    </message>
    <message>
        <source>Stap 1 &amp;vastleggen…</source>
        <translation>Record step &amp;1…</translation>
    </message>
    <message>
        <source>Volgende &amp;stap vastleggen…</source>
        <translation>Record the next &amp;step…</translation>
    </message>
    <message>
        <source>Nog niet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source>Overgeslagen op {date} door {who}</source>
        <translation>Skipped on {date} by {who}</translation>
    </message>
    <message>
        <source>Gezet op {date} door {who}</source>
        <translation>Taken on {date} by {who}</translation>
    </message>
    <message>
        <source> ({n}×)</source>
        <translation> ({n}×)</translation>
    </message>
    <message>
        <source>Stap {step} kan nu niet; de volgende stap is {next}.</source>
        <translation>Step {step} is not possible now; the next step is {next}.</translation>
    </message>
    <message>
        <source>De volgende stap van de meldcode vastleggen (Ctrl+Shift+M)</source>
        <translation>Record the next step of the reporting code (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>Gesprek &amp;overslaan…</source>
        <translation>Skip the &amp;conversation…</translation>
    </message>
    <message>
        <source>Alleen als het gesprek de veiligheid van het kind, de volwassene of uzelf in gevaar brengt</source>
        <translation>Only if the conversation would endanger the safety of the child, the adult or yourself</translation>
    </message>
</context>
<context>
    <name>MeldcodeStepDialog</name>
    <message>
        <source>Het gesprek wordt niet gevoerd omdat het de veiligheid in gevaar brengt. Leg vast wiens veiligheid en waarom; daarna kan stap 4 volgen.</source>
        <translation>The conversation does not take place because it would endanger safety. Record whose safety and why; step 4 can follow.</translation>
    </message>
    <message>
        <source>Breng de signalen in kaart: wat ziet, hoort of weet u?</source>
        <translation>Map the signals: what do you see, hear or know?</translation>
    </message>
    <message>
        <source>Overleg met een deskundige collega en raadpleeg zo nodig Veilig Thuis.</source>
        <translation>Consult an expert colleague and, if needed, Veilig Thuis.</translation>
    </message>
    <message>
        <source>Het gesprek met de betrokkene(n) over de signalen.</source>
        <translation>The conversation with the person(s) concerned about the signals.</translation>
    </message>
    <message>
        <source>Beantwoord de vragen van het afwegingskader, in volgorde.</source>
        <translation>Answer the questions of the assessment framework, in order.</translation>
    </message>
    <message>
        <source>Besluit: melden bij Veilig Thuis en/of hulp bieden of organiseren.</source>
        <translation>Decision: report to Veilig Thuis and/or offer or organise help.</translation>
    </message>
    <message>
        <source>Meldcode: gesprek overslaan</source>
        <translation>Reporting code: skip the conversation</translation>
    </message>
    <message>
        <source>Meldcode</source>
        <translation>Reporting code (Meldcode)</translation>
    </message>
    <message>
        <source>Stap {n}: {name}</source>
        <translation>Step {n}: {name}</translation>
    </message>
    <message>
        <source> — overslaan</source>
        <translation> — skip</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Kies een besluit</source>
        <translation>Choose a decision</translation>
    </message>
    <message>
        <source>Stap 4 ({date}): {conclusion}.</source>
        <translation>Step 4 ({date}): {conclusion}.</translation>
    </message>
    <message>
        <source>Het hele huishouden</source>
        <translation>The whole household</translation>
    </message>
    <message>
        <source>Reden om het gesprek over te slaan</source>
        <translation>Reason to skip the conversation</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gezinslid</source>
        <translation>Household member</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Vastleggen</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>Uitkomst: {conclusion}.</source>
        <translation>Outcome: {conclusion}.</translation>
    </message>
</context>
<context>
    <name>MeldcodeStepForm</name>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Afwegingskader</source>
        <translation>Assessment framework</translation>
    </message>
    <message>
        <source>&amp;Besluit</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>&amp;Gezinslid</source>
        <translation>&amp;Household member</translation>
    </message>
    <message>
        <source>&amp;Toelichting</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Wat u zag, met wie u sprak, wat u besloot</source>
        <translation>What you saw, whom you spoke to, what you decided</translation>
    </message>
</context>
<context>
    <name>MemberDialogs</name>
    <message>
        <source>Gezinslid toevoegen</source>
        <translation>Add household member</translation>
    </message>
    <message>
        <source>Gegevens corrigeren</source>
        <translation>Correct details</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>&amp;Voornamen</source>
        <translation>&amp;Given names</translation>
    </message>
    <message>
        <source>&amp;Tussenvoegsel</source>
        <translation>Surname pre&amp;fix</translation>
    </message>
    <message>
        <source>&amp;Achternaam</source>
        <translation>S&amp;urname</translation>
    </message>
    <message>
        <source>&amp;Geboortedatum</source>
        <translation>Date of b&amp;irth</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>&amp;BSN</source>
        <translation>&amp;BSN</translation>
    </message>
    <message>
        <source>&amp;Relatie</source>
        <translation>&amp;Relationship</translation>
    </message>
    <message>
        <source>Tele&amp;foon</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>optioneel</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <source>Hoort erbij &amp;sinds</source>
        <translation>&amp;Joined on</translation>
    </message>
    <message>
        <source>Re&amp;den</source>
        <translation>Re&amp;ason</translation>
    </message>
    <message>
        <source>Waarom klopte het niet? (wordt vastgelegd)</source>
        <translation>Why was it wrong? (is recorded)</translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <source>voornamen</source>
        <translation>given names</translation>
    </message>
    <message>
        <source>tussenvoegsel</source>
        <translation>surname prefix</translation>
    </message>
    <message>
        <source>achternaam</source>
        <translation>surname</translation>
    </message>
    <message>
        <source>geboortedatum (dd-mm-jjjj)</source>
        <translation>date of birth (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>BSN (optioneel)</source>
        <translation>BSN (optional)</translation>
    </message>
    <message>
        <source>relatie</source>
        <translation>relationship</translation>
    </message>
    <message>
        <source>Gezinslid {n}: {what}</source>
        <translation>Household member {n}: {what}</translation>
    </message>
    <message>
        <source>Gezinslid {n}: leeftijd</source>
        <translation>Household member {n}: age</translation>
    </message>
    <message>
        <source>Gezinslid {n} weghalen</source>
        <translation>Remove household member {n}</translation>
    </message>
</context>
<context>
    <name>MemberRowForm</name>
    <message>
        <source>Voornamen</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>tv.</source>
        <translation>pfx.</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Surname prefix</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>optioneel</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Gezinslid weghalen (Ctrl+Delete)</source>
        <translation>Remove household member (Ctrl+Delete)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Melding sluiten</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>MyWorkForm</name>
    <message>
        <source>Mijn werk</source>
        <translation>My work</translation>
    </message>
    <message>
        <source>&amp;Noodtoegang…</source>
        <translation>&amp;Break-glass access…</translation>
    </message>
    <message>
        <source>Tijdelijke toegang tot een huishouden buiten uw team, met een reden (Ctrl+Shift+U)</source>
        <translation>Temporary access to a household outside your team, with a reason (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Werklijsten</source>
        <translation>Worklists</translation>
    </message>
    <message>
        <source>Werk in de gekozen lijst</source>
        <translation>Work in the chosen list</translation>
    </message>
    <message>
        <source>Enter of dubbelklik opent het dossier of de aanvraag.</source>
        <translation>Enter or a double-click opens the case file or the request.</translation>
    </message>
    <message>
        <source>&amp;Openen</source>
        <translation>&amp;Open</translation>
    </message>
</context>
<context>
    <name>MyWorkScreen</name>
    <message>
        <source>Werklijsten</source>
        <translation>Worklists</translation>
    </message>
    <message>
        <source>Kies een werklijst met pijltjes; Enter of pijl rechts gaat naar de regels.</source>
        <translation>Choose a worklist with the arrow keys; Enter or the right arrow goes to its rows.</translation>
    </message>
    <message>
        <source>Regels van de werklijst</source>
        <translation>Rows of the worklist</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Noodtoegang vragen</source>
        <translation>Request break-glass access</translation>
    </message>
    <message>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Uw rol heeft geen werklijsten; de huishoudens staan onder Huishoudens.</source>
        <translation>Your role has no worklists; the households are under Households.</translation>
    </message>
    <message>
        <source>{n} goed te keuren</source>
        <translation>{n} to approve</translation>
    </message>
    <message>
        <source>{n} evaluaties verlopen</source>
        <translation>{n} reviews overdue</translation>
    </message>
    <message>
        <source>{n} overdrachten aan u</source>
        <translation>{n} handovers to you</translation>
    </message>
    <message>
        <source>{n} acties over de deadline</source>
        <translation>{n} actions past their deadline</translation>
    </message>
    <message>
        <source>team: {n} evaluaties verlopen</source>
        <translation>team: {n} reviews overdue</translation>
    </message>
    <message>
        <source>{n} bewaartermijnen verstreken</source>
        <translation>{n} retention periods expired</translation>
    </message>
    <message>
        <source>Kies links een werklijst.</source>
        <translation>Choose a worklist on the left.</translation>
    </message>
    <message>
        <source>… en nog {n}; zie de lijst Huishoudens</source>
        <translation>… and {n} more; see the Households list</translation>
    </message>
</context>
<context>
    <name>NetworkContactDialog</name>
    <message>
        <source>Iemand uit het eigen netwerk toevoegen</source>
        <translation>Add someone from the own network</translation>
    </message>
    <message>
        <source>Professional toevoegen</source>
        <translation>Add professional</translation>
    </message>
    <message>
        <source>Netwerklid wijzigen</source>
        <translation>Edit network member</translation>
    </message>
</context>
<context>
    <name>NetworkContactForm</name>
    <message>
        <source>Or&amp;ganisatie:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>bijvoorbeeld GGD Haaglanden, Basisschool De Horizon</source>
        <translation>for example GGD Haaglanden, Basisschool De Horizon</translation>
    </message>
    <message>
        <source>&amp;Soort partner:</source>
        <translation>&amp;Kind of partner:</translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Relatie:</source>
        <translation>&amp;Relationship:</translation>
    </message>
    <message>
        <source>bijvoorbeeld oma, buurvrouw, trainer</source>
        <translation>for example grandma, neighbour, coach</translation>
    </message>
    <message>
        <source>&amp;Kring:</source>
        <translation>&amp;Circle:</translation>
    </message>
    <message>
        <source>R&amp;ol:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <source>bijvoorbeeld jeugdverpleegkundige, intern begeleider</source>
        <translation>for example youth nurse, school support coordinator</translation>
    </message>
    <message>
        <source>&amp;Wat kan hij/zij doen:</source>
        <translation>&amp;What can they do:</translation>
    </message>
    <message>
        <source>&amp;Leefgebied:</source>
        <translation>&amp;Life domain:</translation>
    </message>
    <message>
        <source>&amp;Voor:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>&amp;Telefoon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>S&amp;inds:</source>
        <translation>S&amp;ince:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj (leeg: onbekend)</source>
        <translation>dd-mm-yyyy (empty: unknown)</translation>
    </message>
    <message>
        <source>&amp;Betrokken tot:</source>
        <translation>Involved &amp;until:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj (leeg: nog betrokken)</source>
        <translation>dd-mm-yyyy (empty: still involved)</translation>
    </message>
</context>
<context>
    <name>NetworkSection</name>
    <message>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Relatie / soort</source>
        <translation>Relationship / kind</translation>
    </message>
    <message>
        <source>Wat / rol</source>
        <translation>What / role</translation>
    </message>
    <message>
        <source>Voor</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Namens</source>
        <translation>On behalf of</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Aan wie</source>
        <translation>To whom</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Gezinslid</source>
        <translation>Household member</translation>
    </message>
    <message>
        <source>Wie beslist</source>
        <translation>Who decides</translation>
    </message>
    <message>
        <source>Ontbreekt nog</source>
        <translation>Still missing</translation>
    </message>
    <message>
        <source>zelf</source>
        <translation>self</translation>
    </message>
    <message>
        <source>ouders</source>
        <translation>parents</translation>
    </message>
    <message>
        <source>Gegeven</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Iemand uit het eigen netwerk toevoegen</source>
        <translation>Add someone from the own network</translation>
    </message>
    <message>
        <source>Professional toevoegen</source>
        <translation>Add professional</translation>
    </message>
    <message>
        <source>Netwerklid wijzigen</source>
        <translation>Edit network member</translation>
    </message>
    <message>
        <source>Netwerklid beëindigen</source>
        <translation>End network member</translation>
    </message>
    <message>
        <source>Ook beëindigde netwerkleden tonen</source>
        <translation>Show ended network members too</translation>
    </message>
    <message>
        <source>Netwerk van het huishouden</source>
        <translation>Network of the household</translation>
    </message>
    <message>
        <source>Toestemming vastleggen</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Partnerversie van het plan delen</source>
        <translation>Share the partner version of the plan</translation>
    </message>
    <message>
        <source>Vastgelegde toestemmingen</source>
        <translation>Recorded consents</translation>
    </message>
    <message>
        <source>Wie moet toestemming geven</source>
        <translation>Who must give consent</translation>
    </message>
    <message>
        <source>Waarschuwingen over toestemming</source>
        <translation>Warnings about consent</translation>
    </message>
    <message>
        <source>Vaste partners</source>
        <translation>Fixed partners</translation>
    </message>
    <message>
        <source>Gezin met kinderen: vaste partners nog niet vastgelegd — {names}.</source>
        <translation>Family with children: fixed partners not recorded yet — {names}.</translation>
    </message>
    <message>
        <source>beëindigd {date}</source>
        <translation>ended {date}</translation>
    </message>
    <message>
        <source>huishouden</source>
        <translation>household</translation>
    </message>
    <message>
        <source>Eigen netwerk</source>
        <translation>Own network</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>niets</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>verandert op {date}</source>
        <translation>changes on {date}</translation>
    </message>
    <message>
        <source>alle partners</source>
        <translation>all partners</translation>
    </message>
    <message>
        <source>{name} is vanaf vandaag niet meer betrokken? Het netwerklid blijft bewaard; acties in het plan houden hun uitvoerder.</source>
        <translation>Is {name} no longer involved from today? The network member is kept; actions in the plan keep who does them.</translation>
    </message>
    <message>
        <source>Beëindigen</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{name} is beëindigd.</source>
        <translation>{name} has ended.</translation>
    </message>
    <message>
        <source>&amp;Eigen netwerk toevoegen…</source>
        <translation>Add own &amp;network…</translation>
    </message>
    <message>
        <source>Familie, vrienden, buren, kerk of club toevoegen (Ctrl+Shift+B)</source>
        <translation>Add family, friends, neighbours, church or club (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>&amp;Professional toevoegen…</source>
        <translation>Add &amp;professional…</translation>
    </message>
    <message>
        <source>Een organisatie of ketenpartner toevoegen</source>
        <translation>Add an organisation or chain partner</translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Het gekozen netwerklid wijzigen (F2)</source>
        <translation>Edit the chosen network member (F2)</translation>
    </message>
    <message>
        <source>Beëin&amp;digen…</source>
        <translation>En&amp;d…</translation>
    </message>
    <message>
        <source>Het gekozen netwerklid is niet meer betrokken (blijft bewaard)</source>
        <translation>The chosen network member is no longer involved (is kept)</translation>
    </message>
    <message>
        <source>&amp;Ook beëindigde tonen</source>
        <translation>&amp;Show ended ones too</translation>
    </message>
    <message>
        <source>Toestemming om te delen</source>
        <translation>Consent to share</translation>
    </message>
    <message>
        <source>&amp;Toestemming vastleggen…</source>
        <translation>Record &amp;consent…</translation>
    </message>
    <message>
        <source>Toestemming of weigering van een gezinslid vastleggen (Ctrl+Shift+T)</source>
        <translation>Record a household member&apos;s consent or refusal (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>&amp;Intrekken…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>De gekozen toestemming intrekken</source>
        <translation>Withdraw the chosen consent</translation>
    </message>
    <message>
        <source>Partnerversie de&amp;len…</source>
        <translation>Sha&amp;re partner version…</translation>
    </message>
    <message>
        <source>Het plan (doelen, acties, wie) als PDF voor een partner, als de toestemming er is</source>
        <translation>The plan (goals, actions, who) as a PDF for a partner, when there is consent</translation>
    </message>
    <message>
        <source>Wie moet toestemmen</source>
        <translation>Who must consent</translation>
    </message>
    <message>
        <source>Toestemmingen</source>
        <translation>Consents</translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Gezinsleden</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>BSN tonen van het gekozen gezinslid</source>
        <translation>Show the BSN of the chosen household member</translation>
    </message>
    <message>
        <source>BSN kopiëren van het gekozen gezinslid</source>
        <translation>Copy the BSN of the chosen household member</translation>
    </message>
    <message>
        <source>Nieuw gezinslid toevoegen</source>
        <translation>Add a new household member</translation>
    </message>
    <message>
        <source>Gekozen gezinslid vertrekt</source>
        <translation>Chosen household member leaves</translation>
    </message>
    <message>
        <source>Gegevens van het gekozen gezinslid corrigeren</source>
        <translation>Correct the details of the chosen household member</translation>
    </message>
    <message>
        <source>Adres wijzigen</source>
        <translation>Change address</translation>
    </message>
    <message>
        <source>Huishouden afsluiten</source>
        <translation>Close household</translation>
    </message>
    <message>
        <source>Huishouden heropenen</source>
        <translation>Reopen household</translation>
    </message>
    <message>
        <source>Eigen regie vastleggen of beëindigen</source>
        <translation>Record or end self-direction</translation>
    </message>
    <message>
        <source>Vastgelopen hulp opschalen (regie op regie)</source>
        <translation>Escalate stalled help (regie op regie)</translation>
    </message>
    <message>
        <source>Antwoord op de oudste open opschaling vastleggen</source>
        <translation>Record the answer to the oldest open escalation</translation>
    </message>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Verwerking beperkt (AVG art. 18)</source>
        <translation>Processing restricted (GDPR art. 18)</translation>
    </message>
    <message>
        <source>— geen —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>{date}, via {source}</source>
        <translation>{date}, via {source}</translation>
    </message>
    <message>
        <source>nazorg of vervolghulp geregeld</source>
        <translation>aftercare or follow-up help arranged</translation>
    </message>
    <message>
        <source>geen nazorg geregeld</source>
        <translation>no aftercare arranged</translation>
    </message>
    <message>
        <source>Nee; de regisseur voert de regie</source>
        <translation>No; the case director directs the case</translation>
    </message>
    <message>
        <source>{holder} ({relation}) sinds {since}; contactpersoon: {contact}</source>
        <translation>{holder} ({relation}) since {since}; contact: {contact}</translation>
    </message>
    <message>
        <source>Geen open opschaling</source>
        <translation>No open escalation</translation>
    </message>
    <message>
        <source>Wacht op antwoord van {to} (sinds {day}): {subject}</source>
        <translation>Waiting for an answer from {to} (since {day}): {subject}</translation>
    </message>
    <message>
        <source> — en {n} meer</source>
        <translation> — and {n} more</translation>
    </message>
    <message>
        <source>Het adres van dit huishouden kunt u niet wijzigen.</source>
        <translation>You cannot change the address of this household.</translation>
    </message>
    <message>
        <source>U kunt hier geen gezinslid toevoegen.</source>
        <translation>You cannot add a household member here.</translation>
    </message>
    <message>
        <source>Een huishouden houdt minstens één gezinslid; sluit het anders af.</source>
        <translation>A household keeps at least one member; close it instead.</translation>
    </message>
    <message>
        <source>De gegevens van dit gezinslid kunt u niet corrigeren.</source>
        <translation>You cannot correct the details of this household member.</translation>
    </message>
    <message>
        <source>Alleen de regisseur of de teamleider sluit een huishouden af.</source>
        <translation>Only the case director or the team lead closes a household.</translation>
    </message>
    <message>
        <source>U kunt dit huishouden niet heropenen.</source>
        <translation>You cannot reopen this household.</translation>
    </message>
    <message>
        <source>Alleen de regisseur of de teamleider legt eigen regie vast.</source>
        <translation>Only the case director or the team lead records self-direction.</translation>
    </message>
    <message>
        <source>Alleen de regisseur of de teamleider schaalt vastgelopen hulp op.</source>
        <translation>Only the case director or the team lead escalates stalled help.</translation>
    </message>
    <message>
        <source>BSN gekopieerd; het klembord wordt straks weer leeggemaakt.</source>
        <translation>BSN copied; the clipboard will be cleared again shortly.</translation>
    </message>
    <message>
        <source>Wordt zo weer verborgen</source>
        <translation>Will be hidden again shortly</translation>
    </message>
    <message>
        <source>BSN &amp;tonen</source>
        <translation>S&amp;how BSN</translation>
    </message>
    <message>
        <source>Toont het volledige BSN van het gekozen gezinslid even; dit wordt vastgelegd in het logboek (Ctrl+B)</source>
        <translation>Shows the full BSN of the chosen household member for a moment; this is recorded in the access log (Ctrl+B)</translation>
    </message>
    <message>
        <source>BSN &amp;kopiëren</source>
        <translation>Co&amp;py BSN</translation>
    </message>
    <message>
        <source>Kopieert het BSN; het klembord wordt na enkele seconden weer leeggemaakt</source>
        <translation>Copies the BSN; the clipboard is cleared again after a few seconds</translation>
    </message>
    <message>
        <source>&amp;Nieuw gezinslid…</source>
        <translation>&amp;New household member…</translation>
    </message>
    <message>
        <source>Iemand komt bij het huishouden (Ctrl+Shift+N)</source>
        <translation>Someone joins the household (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Gezinslid &amp;vertrekt…</source>
        <translation>Member &amp;leaves…</translation>
    </message>
    <message>
        <source>Het gekozen gezinslid hoort niet meer bij het huishouden (Ctrl+Shift+L)</source>
        <translation>The chosen member no longer belongs to the household (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <source>Gegevens &amp;corrigeren…</source>
        <translation>Correc&amp;t details…</translation>
    </message>
    <message>
        <source>Verbeter de gegevens van het gekozen gezinslid, met een reden (Ctrl+Shift+C)</source>
        <translation>Correct the details of the chosen household member, with a reason (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Team en wijk</source>
        <translation>Team and neighbourhood</translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation>Case director</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Volgende evaluatie</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aanmelding</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Eigen regie</source>
        <translation>Self-direction</translation>
    </message>
    <message>
        <source>Regie op regie</source>
        <translation>Escalation of stalled help</translation>
    </message>
    <message>
        <source>&amp;Adres wijzigen…</source>
        <translation>Change &amp;address…</translation>
    </message>
    <message>
        <source>Verhuizing of verbeterd adres (Ctrl+Shift+W)</source>
        <translation>A move or a corrected address (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>E&amp;igen regie…</source>
        <translation>Self-d&amp;irection…</translation>
    </message>
    <message>
        <source>Het huishouden of zijn netwerk voert de regie: vastleggen of beëindigen (Ctrl+Shift+I)</source>
        <translation>The household or its network directs the case: record or end (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>Regie op re&amp;gie…</source>
        <translation>E&amp;scalate stalled help…</translation>
    </message>
    <message>
        <source>Vastgelopen hulp opschalen naar de teamleider of een partner (Ctrl+Shift+K)</source>
        <translation>Escalate stalled help to the team lead or a partner (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>Antwoo&amp;rd…</source>
        <translation>Ans&amp;wer…</translation>
    </message>
    <message>
        <source>Het antwoord op de oudste open opschaling vastleggen</source>
        <translation>Record the answer to the oldest open escalation</translation>
    </message>
    <message>
        <source>Af&amp;sluiten…</source>
        <translation>&amp;Close household…</translation>
    </message>
    <message>
        <source>Het huishouden afsluiten, met een reden (Ctrl+Shift+X)</source>
        <translation>Close the household, with a reason (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>&amp;Heropenen…</source>
        <translation>&amp;Reopen…</translation>
    </message>
    <message>
        <source>Het afgesloten huishouden weer openen (Ctrl+Shift+O)</source>
        <translation>Open the closed household again (Ctrl+Shift+O)</translation>
    </message>
</context>
<context>
    <name>PlanChoices</name>
    <message>
        <source>Eerst het huishouden zelf en zijn netwerk, daarna de professionals</source>
        <translation>First the household itself and its network, then the professionals</translation>
    </message>
    <message>
        <source>Hele huishouden</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <source>(beperkt gezinslid)</source>
        <translation>(restricted household member)</translation>
    </message>
</context>
<context>
    <name>PlanCommon</name>
    <message>
        <source>Dit plan is vastgesteld (versie {old}). Opslaan begint concept versie {new} {what}; de vastgestelde versie blijft bewaard zoals hij is.</source>
        <translation>This plan has been adopted (version {old}). Saving starts draft version {new} {what}; the adopted version is kept as it is.</translation>
    </message>
    <message>
        <source>Vergelijken met wat is opgeslagen</source>
        <translation>Compare with what is stored</translation>
    </message>
    <message>
        <source>Jouw invoer naast wat nu is opgeslagen</source>
        <translation>Your input beside what is stored now</translation>
    </message>
    <message>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Jouw invoer</source>
        <translation>Your input</translation>
    </message>
    <message>
        <source>Nu opgeslagen</source>
        <translation>Stored now</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>Evaluatie vastleggen</source>
        <translation>Record review</translation>
    </message>
    <message>
        <source>Plan vaststellen</source>
        <translation>Adopt plan</translation>
    </message>
    <message>
        <source>Nieuw besluit</source>
        <translation>New decision</translation>
    </message>
</context>
<context>
    <name>PlanHistory</name>
    <message>
        <source>Toegevoegd</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Verwijderd</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>doel</source>
        <translation>goal</translation>
    </message>
    <message>
        <source>leefgebied</source>
        <translation>life domain</translation>
    </message>
    <message>
        <source>voor</source>
        <translation>for</translation>
    </message>
    <message>
        <source>resultaat</source>
        <translation>result</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>actie</source>
        <translation>action</translation>
    </message>
    <message>
        <source>wie</source>
        <translation>who</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>vraag van het huishouden</source>
        <translation>the household&apos;s question</translation>
    </message>
    <message>
        <source>volgende evaluatie</source>
        <translation>next review</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Uitkomst per doel</source>
        <translation>Outcome per goal</translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Hart</source>
        <translation>Heart</translation>
    </message>
    <message>
        <source>Wet</source>
        <translation>Law</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Vastgesteld</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Akkoord</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>Begonnen op {date}</source>
        <translation>Started on {date}</translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>(geen gezinslid meer)</source>
        <translation>(no longer a household member)</translation>
    </message>
    <message>
        <source>Van versie {a} naar versie {b}</source>
        <translation>From version {a} to version {b}</translation>
    </message>
    <message>
        <source>niets gewijzigd.</source>
        <translation>nothing changed.</translation>
    </message>
    <message>
        <source>{added} toegevoegd, {removed} verwijderd, {changed} gewijzigd.</source>
        <translation>{added} added, {removed} removed, {changed} changed.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Hele huishouden</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <source>Doel: {title} ({lg} · {who})</source>
        <translation>Goal: {title} ({lg} · {who})</translation>
    </message>
    <message>
        <source>Actie: {what} ({who})</source>
        <translation>Action: {what} ({who})</translation>
    </message>
    <message>
        <source>Er is één versie; na de volgende versie staat hier wat er veranderde.</source>
        <translation>There is one version; after the next version, what changed is shown here.</translation>
    </message>
    <message>
        <source>Er is nog geen plan.</source>
        <translation>There is no plan yet.</translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>Doelen en acties per leefgebied</source>
        <translation>Goals and actions per life domain</translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation>New goal</translation>
    </message>
    <message>
        <source>Nieuwe actie bij het gekozen doel</source>
        <translation>New action for the chosen goal</translation>
    </message>
    <message>
        <source>Gekozen doel of actie wijzigen</source>
        <translation>Edit the chosen goal or action</translation>
    </message>
    <message>
        <source>Gekozen doel of actie verwijderen</source>
        <translation>Remove the chosen goal or action</translation>
    </message>
    <message>
        <source>Plan vaststellen</source>
        <translation>Adopt plan</translation>
    </message>
    <message>
        <source>Nieuw concept beginnen</source>
        <translation>Start a new draft</translation>
    </message>
    <message>
        <source>Nieuwe evaluatie</source>
        <translation>New review</translation>
    </message>
    <message>
        <source>Evaluaties</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Versies van het plan</source>
        <translation>Versions of the plan</translation>
    </message>
    <message>
        <source>Met versie</source>
        <translation>With version</translation>
    </message>
    <message>
        <source>Wat er veranderde</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Nieuw besluit</source>
        <translation>New decision</translation>
    </message>
    <message>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Stand van het plan</source>
        <translation>State of the plan</translation>
    </message>
    <message>
        <source>Details van de gekozen regel</source>
        <translation>Details of the chosen line</translation>
    </message>
    <message>
        <source>{goals} doelen · {actions} acties</source>
        <translation>{goals} goals · {actions} actions</translation>
    </message>
    <message>
        <source>&amp;Evaluaties ({n})</source>
        <translation>&amp;Reviews ({n})</translation>
    </message>
    <message>
        <source>Ve&amp;rsies ({n})</source>
        <translation>&amp;Versions ({n})</translation>
    </message>
    <message>
        <source>Besl&amp;uiten ({n})</source>
        <translation>&amp;Decisions ({n})</translation>
    </message>
    <message>
        <source>Nog geen plan</source>
        <translation>No plan yet</translation>
    </message>
    <message>
        <source>Begin met een doel: Ctrl+G. Een doel krijgt meteen zijn eerste acties.</source>
        <translation>Start with a goal: Ctrl+G. A goal gets its first actions straight away.</translation>
    </message>
    <message>
        <source>Vastgesteld</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>&lt;b&gt;Vastgesteld op {date}&lt;/b&gt; (akkoord huishouden {agreed}) — versie {n}, door {by}. Deze versie verandert niet meer; een wijziging begint een nieuw concept.</source>
        <translation>&lt;b&gt;Adopted on {date}&lt;/b&gt; (household agreed {agreed}) — version {n}, by {by}. This version no longer changes; a change starts a new draft.</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>&lt;b&gt;Concept — nog niet vastgesteld&lt;/b&gt; (versie {n}</source>
        <translation>&lt;b&gt;Draft — not adopted yet&lt;/b&gt; (version {n}</translation>
    </message>
    <message>
        <source>; de geldende versie is {n}, vastgesteld op {date}</source>
        <translation>; the version in force is {n}, adopted on {date}</translation>
    </message>
    <message>
        <source>Stel het vast met het akkoord van het huishouden.</source>
        <translation>Adopt it with the household&apos;s agreement.</translation>
    </message>
    <message>
        <source>Stand: {s}</source>
        <translation>State: {s}</translation>
    </message>
    <message>
        <source>Volgende evaluatie: {date}</source>
        <translation>Next review: {date}</translation>
    </message>
    <message>
        <source>verlopen</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Nog geen doelen</source>
        <translation>No goals yet</translation>
    </message>
    <message>
        <source>Een doel hoort bij een leefgebied en is voor het hele huishouden of één gezinslid. Nieuw doel: Ctrl+G.</source>
        <translation>A goal belongs to a life domain and is for the whole household or one household member. New goal: Ctrl+G.</translation>
    </message>
    <message>
        <source>Doel &apos;{t}&apos; met zijn acties verwijderen?</source>
        <translation>Remove goal &apos;{t}&apos; with its actions?</translation>
    </message>
    <message>
        <source>Actie &apos;{t}&apos; verwijderen?</source>
        <translation>Remove action &apos;{t}&apos;?</translation>
    </message>
    <message>
        <source>Het plan is vastgesteld: dit begint een nieuw concept zonder deze regel; de vastgestelde versie blijft bewaard.</source>
        <translation>The plan has been adopted: this starts a new draft without this line; the adopted version is kept.</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Doel verwijderd.</source>
        <translation>Goal removed.</translation>
    </message>
    <message>
        <source>Actie verwijderd.</source>
        <translation>Action removed.</translation>
    </message>
    <message>
        <source>Nieuw concept begonnen; de vastgestelde versie blijft bewaard.</source>
        <translation>New draft started; the adopted version is kept.</translation>
    </message>
    <message>
        <source>Dit plan is al vastgesteld; er is geen concept om vast te stellen.</source>
        <translation>This plan has already been adopted; there is no draft to adopt.</translation>
    </message>
    <message>
        <source>Nieuw &amp;concept</source>
        <translation>New dra&amp;ft</translation>
    </message>
    <message>
        <source>Begint een nieuw concept, gekopieerd van de vastgestelde versie; die blijft bewaard</source>
        <translation>Starts a new draft, copied from the adopted version; that version is kept</translation>
    </message>
    <message>
        <source>&amp;Vaststellen…</source>
        <translation>&amp;Adopt…</translation>
    </message>
    <message>
        <source>Het concept vaststellen met de datum van het akkoord van het huishouden (Ctrl+Shift+V)</source>
        <translation>Adopt the draft with the date the household agreed (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>D&amp;oelen en acties</source>
        <translation>G&amp;oals and actions</translation>
    </message>
    <message>
        <source>Nieuw &amp;doel…</source>
        <translation>New &amp;goal…</translation>
    </message>
    <message>
        <source>Een doel met de eerste acties toevoegen (Ctrl+G)</source>
        <translation>Add a goal with its first actions (Ctrl+G)</translation>
    </message>
    <message>
        <source>Nieuwe ac&amp;tie…</source>
        <translation>New ac&amp;tion…</translation>
    </message>
    <message>
        <source>Een actie toevoegen bij het gekozen doel (Ctrl+Shift+A)</source>
        <translation>Add an action to the chosen goal (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Het gekozen doel of de gekozen actie wijzigen (Enter of F2)</source>
        <translation>Edit the chosen goal or action (Enter or F2)</translation>
    </message>
    <message>
        <source>Het gekozen doel of de gekozen actie verwijderen (Delete)</source>
        <translation>Remove the chosen goal or action (Delete)</translation>
    </message>
    <message>
        <source>Doelen en acties</source>
        <translation>Goals and actions</translation>
    </message>
    <message>
        <source>Doel / actie</source>
        <translation>Goal / action</translation>
    </message>
    <message>
        <source>Voor / wie</source>
        <translation>For / by whom</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Evaluaties</source>
        <translation>&amp;Reviews</translation>
    </message>
    <message>
        <source>&amp;Nieuwe evaluatie…</source>
        <translation>&amp;New review…</translation>
    </message>
    <message>
        <source>Een evaluatie van het plan vastleggen (Ctrl+Shift+E)</source>
        <translation>Record a review of the plan (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Ve&amp;rsies</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>Vergelijk versie</source>
        <translation>Compare version</translation>
    </message>
    <message>
        <source>&amp;met versie</source>
        <translation>&amp;with version</translation>
    </message>
    <message>
        <source>Wat veranderde tussen de versies</source>
        <translation>What changed between the versions</translation>
    </message>
    <message>
        <source>Wijziging</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Besl&amp;uiten</source>
        <translation>&amp;Decisions</translation>
    </message>
    <message>
        <source>&amp;Nieuw besluit…</source>
        <translation>&amp;New decision…</translation>
    </message>
    <message>
        <source>Een besluit vastleggen met de afweging hart, wet en euro</source>
        <translation>Record a decision weighing heart, law and euro</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <source>Hele huishouden</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <source>(geen gezinslid meer)</source>
        <translation>(no longer a household member)</translation>
    </message>
    <message>
        <source>Resultaat: {text}</source>
        <translation>Result: {text}</translation>
    </message>
    <message>
        <source>Huishouden en netwerk</source>
        <translation>Household and network</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>nog niets afgesproken</source>
        <translation>nothing agreed yet</translation>
    </message>
    <message>
        <source>1 doel</source>
        <translation>1 goal</translation>
    </message>
    <message>
        <source>{n} doelen</source>
        <translation>{n} goals</translation>
    </message>
    <message>
        <source>(verlopen)</source>
        <translation>(overdue)</translation>
    </message>
    <message>
        <source>De deadline is voorbij en de actie loopt nog</source>
        <translation>The deadline has passed and the action is still open</translation>
    </message>
    <message>
        <source>deadline {date}</source>
        <translation>deadline {date}</translation>
    </message>
    <message>
        <source>Bij doel: {goal}</source>
        <translation>For goal: {goal}</translation>
    </message>
    <message>
        <source>De deadline is verlopen.</source>
        <translation>The deadline has passed.</translation>
    </message>
    <message>
        <source>Afgerond op {date}</source>
        <translation>Completed on {date}</translation>
    </message>
    <message>
        <source>Resultaat (SMART)</source>
        <translation>Result (SMART)</translation>
    </message>
    <message>
        <source>Huishouden en netwerk: {own} · professionals: {pro}</source>
        <translation>Household and network: {own} · professionals: {pro}</translation>
    </message>
</context>
<context>
    <name>PrintChoiceDialog</name>
    <message>
        <source>&amp;Voorbeeld bekijken</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Rapport</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Volledig BSN afdrukken</source>
        <translation>Print the full BSN</translation>
    </message>
    <message>
        <source>Vertrouwelijke journaalregels meenemen</source>
        <translation>Include confidential journal entries</translation>
    </message>
    <message>
        <source>Elke pagina krijgt ‘Vertrouwelijk’, uw naam, het tijdstip en een kenmerk uit het logboek; het afdrukken wordt in het logboek vastgelegd.</source>
        <translation>Every page gets ‘Confidential’, your name, the time and a reference from the access log; the printing is recorded in the access log.</translation>
    </message>
    <message>
        <source>Rechten nagaan…</source>
        <translation>Checking rights…</translation>
    </message>
    <message>
        <source>{title} (niet beschikbaar)</source>
        <translation>{title} (not available)</translation>
    </message>
    <message>
        <source>Niet aangeboden: {why}</source>
        <translation>Not offered: {why}</translation>
    </message>
    <message>
        <source>met volledig BSN</source>
        <translation>with full BSN</translation>
    </message>
    <message>
        <source>met vertrouwelijke journaalregels</source>
        <translation>with confidential journal entries</translation>
    </message>
</context>
<context>
    <name>PrintChoiceForm</name>
    <message>
        <source>&amp;Rapport</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>Opties</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Volledig BSN afdrukken</source>
        <translation>Print the full BSN</translation>
    </message>
    <message>
        <source>Vertrouwelijke journaalregels meenemen</source>
        <translation>Include confidential journal entries</translation>
    </message>
</context>
<context>
    <name>PrintPreviewForm</name>
    <message>
        <source>&amp;Afdrukken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Afdrukken op een printer (Ctrl+P)</source>
        <translation>Print on a printer (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Opslaan als PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Opslaan als PDF-bestand (Ctrl+S)</source>
        <translation>Save as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <source>◀</source>
        <translation>◀</translation>
    </message>
    <message>
        <source>Vorige pagina (PgUp)</source>
        <translation>Previous page (PgUp)</translation>
    </message>
    <message>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <source>Volgende pagina (PgDn)</source>
        <translation>Next page (PgDn)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Uitzoomen (-)</source>
        <translation>Zoom out (-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Inzoomen (+)</source>
        <translation>Zoom in (+)</translation>
    </message>
    <message>
        <source>&amp;Breedte</source>
        <translation>&amp;Width</translation>
    </message>
    <message>
        <source>Passend op de breedte (W)</source>
        <translation>Fit to width (W)</translation>
    </message>
    <message>
        <source>&amp;Hele pagina</source>
        <translation>Wh&amp;ole page</translation>
    </message>
    <message>
        <source>Hele pagina in beeld (0)</source>
        <translation>Whole page in view (0)</translation>
    </message>
    <message>
        <source>&amp;Sluiten</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Voorbeeld sluiten (Esc)</source>
        <translation>Close preview (Esc)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
</context>
<context>
    <name>ReasonForm</name>
    <message>
        <source>&amp;Gezinslid</source>
        <translation>&amp;Household member</translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation>&amp;Reason</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Wachtwoord herstellen</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Een nieuw wachtwoord voor {user}. Daarvoor is de herstelsleutel van de database nodig; het gebruik ervan komt in het logboek. Geef het nieuwe wachtwoord persoonlijk door.</source>
        <translation>A new password for {user}. This needs the database&apos;s recovery key; its use is recorded in the access log. Hand over the new password in person.</translation>
    </message>
    <message>
        <source>Herstelsleutel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Nieuw wachtwoord</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Herhaal wachtwoord</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>&amp;Herstellen</source>
        <translation>&amp;Reset</translation>
    </message>
</context>
<context>
    <name>RecoveryDialogForm</name>
    <message>
        <source>&amp;Herstelsleutel</source>
        <translation>Recovery &amp;key</translation>
    </message>
    <message>
        <source>&amp;Nieuw wachtwoord</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>H&amp;erhaal wachtwoord</source>
        <translation>R&amp;epeat password</translation>
    </message>
</context>
<context>
    <name>RegieDialogs</name>
    <message>
        <source>Regie overdragen</source>
        <translation>Hand over case direction</translation>
    </message>
    <message>
        <source>Regie tijdelijk extern</source>
        <translation>Case direction temporarily external</translation>
    </message>
    <message>
        <source>Regie terugnemen</source>
        <translation>Take back case direction</translation>
    </message>
    <message>
        <source>De regie komt terug in het wijkteam: bij de laatste regisseur, of bij u als u geen teamleider bent.</source>
        <translation>Case direction returns to the neighbourhood team: to the last case director, or to you if you are not a team lead.</translation>
    </message>
</context>
<context>
    <name>RegieSection</name>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Regie bij</source>
        <translation>Directed by</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reden einde</source>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <source>Geschiedenis van de regie</source>
        <translation>History of case direction</translation>
    </message>
    <message>
        <source>Huidige regie</source>
        <translation>Current case direction</translation>
    </message>
    <message>
        <source>Lopende overdracht</source>
        <translation>Pending handover</translation>
    </message>
    <message>
        <source>Regie overdragen</source>
        <translation>Hand over case direction</translation>
    </message>
    <message>
        <source>Regie tijdelijk extern</source>
        <translation>Case direction temporarily external</translation>
    </message>
    <message>
        <source>Regie terugnemen</source>
        <translation>Take back case direction</translation>
    </message>
    <message>
        <source>Overdracht accepteren</source>
        <translation>Accept handover</translation>
    </message>
    <message>
        <source>Overdracht goedkeuren</source>
        <translation>Approve handover</translation>
    </message>
    <message>
        <source>Overdracht afwijzen</source>
        <translation>Decline handover</translation>
    </message>
    <message>
        <source>Overdracht intrekken</source>
        <translation>Withdraw handover</translation>
    </message>
    <message>
        <source>Niemand voert de regie.</source>
        <translation>Nobody directs the case.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Regie tijdelijk bij {holder}&lt;/b&gt; sinds {date} — {reason}&lt;br&gt;Het huishouden is gemarkeerd tot de regie terugkomt in het wijkteam.</source>
        <translation>&lt;b&gt;Case direction temporarily with {holder}&lt;/b&gt; since {date} — {reason}&lt;br&gt;The household is marked until case direction returns to the neighbourhood team.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Regisseur: {name}&lt;/b&gt; sinds {date} — {reason}</source>
        <translation>&lt;b&gt;Case director: {name}&lt;/b&gt; since {date} — {reason}</translation>
    </message>
    <message>
        <source>u kunt accepteren of afwijzen</source>
        <translation>you can accept or decline</translation>
    </message>
    <message>
        <source>wacht op acceptatie door {name}</source>
        <translation>waiting for {name} to accept</translation>
    </message>
    <message>
        <source>geaccepteerd; wacht op goedkeuring door de teamleider</source>
        <translation>accepted; waiting for the team lead&apos;s approval</translation>
    </message>
    <message>
        <source>Overdracht van {frm} aan {to} ({date}): {waiting}. Reden: {reason}</source>
        <translation>Handover from {frm} to {to} ({date}): {waiting}. Reason: {reason}</translation>
    </message>
    <message>
        <source> (extern)</source>
        <translation> (external)</translation>
    </message>
    <message>
        <source>nu</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Er is geen andere regisseur in dit team om de regie aan over te dragen.</source>
        <translation>There is no other case director in this team to hand case direction over to.</translation>
    </message>
    <message>
        <source>Overdracht geaccepteerd.</source>
        <translation>Handover accepted.</translation>
    </message>
    <message>
        <source>Overdracht goedgekeurd; {name} voert nu de regie.</source>
        <translation>Handover approved; {name} now directs the case.</translation>
    </message>
    <message>
        <source>Overdracht afgewezen; de regie blijft waar hij was.</source>
        <translation>Handover declined; case direction stays where it was.</translation>
    </message>
    <message>
        <source>Overdracht ingetrokken.</source>
        <translation>Handover withdrawn.</translation>
    </message>
    <message>
        <source>&amp;Overdragen…</source>
        <translation>&amp;Hand over…</translation>
    </message>
    <message>
        <source>De regie overdragen aan een regisseur van het team (Ctrl+Shift+R)</source>
        <translation>Hand case direction over to a case director of the team (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Tijdelijk &amp;extern…</source>
        <translation>Temporarily e&amp;xternal…</translation>
    </message>
    <message>
        <source>De regie tijdelijk bij jeugdbescherming, Veilig Thuis of de Raad voor de Kinderbescherming</source>
        <translation>Case direction temporarily with child protection, Veilig Thuis or the Child Protection Board</translation>
    </message>
    <message>
        <source>Regie &amp;terugnemen…</source>
        <translation>&amp;Take back case direction…</translation>
    </message>
    <message>
        <source>De regie komt terug in het wijkteam</source>
        <translation>Case direction returns to the neighbourhood team</translation>
    </message>
    <message>
        <source>&amp;Accepteren</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>De regie over dit huishouden overnemen</source>
        <translation>Take over case direction of this household</translation>
    </message>
    <message>
        <source>&amp;Goedkeuren</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <source>De overdracht goedkeuren; de nieuwe regisseur neemt nu over</source>
        <translation>Approve the handover; the new case director takes over now</translation>
    </message>
    <message>
        <source>Af&amp;wijzen</source>
        <translation>De&amp;cline</translation>
    </message>
    <message>
        <source>De overdracht afwijzen; de regie blijft waar hij is</source>
        <translation>Decline the handover; case direction stays where it is</translation>
    </message>
    <message>
        <source>Overdracht &amp;intrekken</source>
        <translation>&amp;Withdraw handover</translation>
    </message>
</context>
<context>
    <name>RegisterHouseholdDialog</name>
    <message>
        <source>Nog niet gevraagd</source>
        <translation>Not asked yet</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Ja — Meldcode stap 1 starten</source>
        <translation>Yes — start Reporting code (Meldcode) step 1</translation>
    </message>
    <message>
        <source>Nieuw huishouden registreren</source>
        <translation>Register a new household</translation>
    </message>
    <message>
        <source>&amp;Registreren</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>— kies de bron —</source>
        <translation>— choose the source —</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation>House number</translation>
    </message>
    <message>
        <source>Toevoeging</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Gezinslid toevoegen</source>
        <translation>Add household member</translation>
    </message>
    <message>
        <source>Bron van de aanmelding</source>
        <translation>Source of the referral</translation>
    </message>
    <message>
        <source>Datum van de aanmelding</source>
        <translation>Date of the referral</translation>
    </message>
    <message>
        <source>Reden van de aanmelding of hulpvraag</source>
        <translation>Reason for the referral or request for help</translation>
    </message>
    <message>
        <source>Is er zorg over de veiligheid?</source>
        <translation>Are there safety concerns?</translation>
    </message>
    <message>
        <source>Toelichting op de veiligheid</source>
        <translation>Explanation of the safety concerns</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation>Case director</translation>
    </message>
    <message>
        <source>Voorkeur van het huishouden voor de regie</source>
        <translation>The household&apos;s preference for case direction</translation>
    </message>
    <message>
        <source>Valt onder de wet</source>
        <translation>Falls under the law</translation>
    </message>
    <message>
        <source>Mogelijk al geregistreerd</source>
        <translation>Possibly registered already</translation>
    </message>
    <message>
        <source>U kunt in geen enkel team huishoudens registreren.</source>
        <translation>You cannot register households in any team.</translation>
    </message>
    <message>
        <source>{name} — 1 huishouden</source>
        <translation>{name} — 1 household</translation>
    </message>
    <message>
        <source>{name} — {n} huishoudens</source>
        <translation>{name} — {n} households</translation>
    </message>
    <message>
        <source> (uzelf)</source>
        <translation> (yourself)</translation>
    </message>
    <message>
        <source>Postcode nog niet bekend: vul straat en plaats in.</source>
        <translation>Postcode not known yet: enter street and town.</translation>
    </message>
    <message>
        <source>Straat en plaats ingevuld uit eerdere registraties.</source>
        <translation>Street and town filled in from earlier registrations.</translation>
    </message>
    <message>
        <source>Plaats ingevuld; vul de straat in.</source>
        <translation>Town filled in; enter the street.</translation>
    </message>
    <message>
        <source>Mogelijk is dit huishouden al geregistreerd:</source>
        <translation>This household may be registered already:</translation>
    </message>
    <message>
        <source>zelfde BSN ({name})</source>
        <translation>same BSN ({name})</translation>
    </message>
    <message>
        <source>zelfde BSN</source>
        <translation>same BSN</translation>
    </message>
    <message>
        <source>open huishouden op dit adres</source>
        <translation>open household at this address</translation>
    </message>
    <message>
        <source>{name} ({case}, {status}), {address} — {why}</source>
        <translation>{name} ({case}, {status}), {address} — {why}</translation>
    </message>
    <message>
        <source>{name} ({case}) openen</source>
        <translation>Open {name} ({case})</translation>
    </message>
    <message>
        <source>Bekend bij {team} (dossier {case}) — {why}; u kunt het niet openen, neem contact op met dat team.</source>
        <translation>Known to {team} (case file {case}) — {why}; you cannot open it, please contact that team.</translation>
    </message>
    <message>
        <source>Toch registreren</source>
        <translation>Register anyway</translation>
    </message>
    <message>
        <source>Bestaand huishouden openen</source>
        <translation>Open the existing household</translation>
    </message>
    <message>
        <source>Niet geregistreerd: mogelijk bestaat dit huishouden al (zie de melding bij het adres). Open het bestaande huishouden, of registreer toch een nieuw.</source>
        <translation>Not registered: this household may exist already (see the notice at the address). Open the existing household, or register a new one anyway.</translation>
    </message>
</context>
<context>
    <name>RegisterHouseholdForm</name>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>&amp;Postcode</translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation>1234 AB</translation>
    </message>
    <message>
        <source>&amp;Huisnummer</source>
        <translation>House &amp;number</translation>
    </message>
    <message>
        <source>Toe&amp;voeging</source>
        <translation>Suffi&amp;x</translation>
    </message>
    <message>
        <source>&amp;Straat</source>
        <translation>S&amp;treet</translation>
    </message>
    <message>
        <source>P&amp;laats</source>
        <translation>T&amp;own</translation>
    </message>
    <message>
        <source>G&amp;emeente</source>
        <translation>Municipal&amp;ity</translation>
    </message>
    <message>
        <source>&amp;Wijk</source>
        <translation>Neighbour&amp;hood</translation>
    </message>
    <message>
        <source>optioneel</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Gezinsleden</source>
        <translation>Household members</translation>
    </message>
    <message>
        <source>Voornamen</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Tussenv.</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>+ &amp;Gezinslid toevoegen</source>
        <translation>+ Add household &amp;member</translation>
    </message>
    <message>
        <source>Nog een gezinslid (Ctrl++); Ctrl+Delete haalt de regel met de cursor weg</source>
        <translation>One more household member (Ctrl++); Ctrl+Delete removes the line with the cursor</translation>
    </message>
    <message>
        <source>Ctrl++ voegt een regel toe, Ctrl+Delete haalt de regel met de cursor weg.</source>
        <translation>Ctrl++ adds a line, Ctrl+Delete removes the line with the cursor.</translation>
    </message>
    <message>
        <source>Aanmelding</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>&amp;Bron</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Datu&amp;m</source>
        <translation>Dat&amp;e</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Re&amp;den / hulpvraag</source>
        <translation>Reason / re&amp;quest for help</translation>
    </message>
    <message>
        <source>Waarom meldt het huishouden zich, of wie maakt zich zorgen?</source>
        <translation>Why does the household come forward, or who is worried?</translation>
    </message>
    <message>
        <source>&amp;Zorg over de veiligheid?</source>
        <translation>Safet&amp;y concerns?</translation>
    </message>
    <message>
        <source>Toel&amp;ichting</source>
        <translation>Exp&amp;lanation</translation>
    </message>
    <message>
        <source>Welke signalen? (nodig bij zorg: start Meldcode stap 1)</source>
        <translation>Which signals? (needed with concerns: Meldcode step 1)</translation>
    </message>
    <message>
        <source>Team en regie</source>
        <translation>Team and case direction</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>Te&amp;am</translation>
    </message>
    <message>
        <source>&amp;Regisseur</source>
        <translation>Case &amp;director</translation>
    </message>
    <message>
        <source>Voor&amp;keur</source>
        <translation>Pre&amp;ference</translation>
    </message>
    <message>
        <source>Wens van het huishouden (optioneel)</source>
        <translation>The household&apos;s wish (optional)</translation>
    </message>
    <message>
        <source>Valt o&amp;nder</source>
        <translation>Falls &amp;under</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>&amp;Heropenen</source>
        <translation>&amp;Reopen</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Afdrukvoorbeeld: {title}</source>
        <translation>Print preview: {title}</translation>
    </message>
    <message>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Opslaan als PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Vorige pagina</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Volgende pagina</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Uitzoomen</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Inzoomen</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Passend op de paginabreedte</source>
        <translation>Fit to the page width</translation>
    </message>
    <message>
        <source>Hele pagina in beeld</source>
        <translation>Whole page in view</translation>
    </message>
    <message>
        <source>Voorbeeld sluiten</source>
        <translation>Close preview</translation>
    </message>
    <message>
        <source>Pagina</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Zoomfactor</source>
        <translation>Zoom factor</translation>
    </message>
    <message>
        <source>Bezig met maken</source>
        <translation>Being made</translation>
    </message>
    <message>
        <source>Voorbeeld van het rapport</source>
        <translation>Preview of the report</translation>
    </message>
    <message>
        <source>{title} wordt gemaakt…</source>
        <translation>Making {title}…</translation>
    </message>
    <message>
        <source>Pagina&apos;s opmaken…</source>
        <translation>Laying out pages…</translation>
    </message>
    <message>
        <source>{title} kan niet worden gemaakt.</source>
        <translation>{title} cannot be made.</translation>
    </message>
    <message>
        <source>Pagina {page} van {total}</source>
        <translation>Page {page} of {total}</translation>
    </message>
    <message>
        <source>Afdrukken: {title}</source>
        <translation>Print: {title}</translation>
    </message>
    <message>
        <source>Bezig met afdrukken…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>{n} pagina(&apos;s) naar de printer gestuurd.</source>
        <translation>{n} page(s) sent to the printer.</translation>
    </message>
    <message>
        <source>Afdrukken is mislukt: {reason}</source>
        <translation>Printing failed: {reason}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Bezig met opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Opgeslagen als {path}. Let op: dit bestand is niet versleuteld; bewaar en deel het zorgvuldig.</source>
        <translation>Saved as {path}. Note: this file is not encrypted; keep and share it with care.</translation>
    </message>
    <message>
        <source>Opslaan is mislukt: {reason}</source>
        <translation>Saving failed: {reason}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Back-up terugzetten</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <source>Eerst wordt de back-up volledig gecontroleerd. Daarna vraagt h4casus of hij de huidige database mag vervangen; de sessie wordt dan vergrendeld en u meldt zich aan op de teruggezette database.</source>
        <translation>First the backup is checked in full. Then h4casus asks whether it may replace the current database; the session is then locked and you sign in to the restored database.</translation>
    </message>
    <message>
        <source>Back-upbestand</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Back-upbestand kiezen</source>
        <translation>Choose backup file</translation>
    </message>
    <message>
        <source>Uw wachtwoord</source>
        <translation>Your password</translation>
    </message>
    <message>
        <source>&amp;Controleren</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <source>Back-up kiezen</source>
        <translation>Choose backup</translation>
    </message>
    <message>
        <source>Terugzetten vervangt de huidige database door deze back-up.</source>
        <translation>Restoring replaces the current database with this backup.</translation>
    </message>
    <message>
        <source>&amp;Terugzetten en vergrendelen</source>
        <translation>&amp;Restore and lock</translation>
    </message>
</context>
<context>
    <name>RestoreDialogForm</name>
    <message>
        <source>&amp;Back-upbestand</source>
        <translation>&amp;Backup file</translation>
    </message>
    <message>
        <source>B&amp;laderen…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Uw &amp;wachtwoord</source>
        <translation>Your &amp;password</translation>
    </message>
</context>
<context>
    <name>RetentionForm</name>
    <message>
        <source>Bewaartermijnen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>Afgesloten dossiers waarvan de bewaartermijn voorbij is. Vier ogen: de een stelt vernietigen of anonimiseren voor, een ander keurt het goed; pas dan gebeurt het.</source>
        <translation>Closed case files whose retention period has passed. Four eyes: one person proposes destruction or anonymisation, another approves it; only then does it happen.</translation>
    </message>
    <message>
        <source>&amp;Termijn verstreken</source>
        <translation>&amp;Period passed</translation>
    </message>
    <message>
        <source>&amp;Vernietigen voorstellen</source>
        <translation>Propose &amp;destruction</translation>
    </message>
    <message>
        <source>A&amp;nonimiseren voorstellen</source>
        <translation>Propose a&amp;nonymisation</translation>
    </message>
    <message>
        <source>V&amp;oorstellen die wachten op goedkeuring</source>
        <translation>Pr&amp;oposals waiting for approval</translation>
    </message>
    <message>
        <source>&amp;Goedkeuren en uitvoeren…</source>
        <translation>&amp;Approve and carry out…</translation>
    </message>
    <message>
        <source>&amp;Afwijzen</source>
        <translation>Decl&amp;ine</translation>
    </message>
</context>
<context>
    <name>RetentionScreen</name>
    <message>
        <source>Jeugdwet</source>
        <translation>Youth Act</translation>
    </message>
    <message>
        <source>Wmo</source>
        <translation>Wmo</translation>
    </message>
    <message>
        <source>plan nooit vastgesteld</source>
        <translation>plan never adopted</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Termijn</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Bewaren tot</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <source>Voorstel</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Dossiers waarvan de bewaartermijn voorbij is</source>
        <translation>Case files whose retention period has passed</translation>
    </message>
    <message>
        <source>Wijze</source>
        <translation>Way</translation>
    </message>
    <message>
        <source>Voorgesteld door</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>Op</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Voorstellen die wachten op goedkeuring</source>
        <translation>Proposals waiting for approval</translation>
    </message>
    <message>
        <source>Vernietigen voorstellen</source>
        <translation>Propose destruction</translation>
    </message>
    <message>
        <source>Anonimiseren voorstellen</source>
        <translation>Propose anonymisation</translation>
    </message>
    <message>
        <source>Voorstel goedkeuren en uitvoeren</source>
        <translation>Approve and carry out the proposal</translation>
    </message>
    <message>
        <source>Voorstel afwijzen</source>
        <translation>Decline proposal</translation>
    </message>
    <message>
        <source>Bewaartermijnen</source>
        <translation>Retention periods</translation>
    </message>
    <message>
        <source>&amp;Termijn verstreken: {n}</source>
        <translation>&amp;Period passed: {n}</translation>
    </message>
    <message>
        <source>&amp;Termijn verstreken: geen dossiers</source>
        <translation>&amp;Period passed: no case files</translation>
    </message>
    <message>
        <source>V&amp;oorstellen die wachten op goedkeuring: {n}</source>
        <translation>Pr&amp;oposals waiting for approval: {n}</translation>
    </message>
    <message>
        <source>V&amp;oorstellen die wachten op goedkeuring: geen</source>
        <translation>Pr&amp;oposals waiting for approval: none</translation>
    </message>
    <message>
        <source>voorstel {n}</source>
        <translation>proposal {n}</translation>
    </message>
    <message>
        <source>Kies eerst een dossier.</source>
        <translation>First choose a case file.</translation>
    </message>
    <message>
        <source>Voorstel {n}: dossier {case} {mode}. Een andere beheerder of teamleider keurt het goed.</source>
        <translation>Proposal {n}: case file {case}, {mode}. Another administrator or team lead approves it.</translation>
    </message>
    <message>
        <source>Kies eerst een voorstel.</source>
        <translation>First choose a proposal.</translation>
    </message>
    <message>
        <source>vernietigd</source>
        <translation>destroyed</translation>
    </message>
    <message>
        <source>geanonimiseerd</source>
        <translation>anonymised</translation>
    </message>
    <message>
        <source>Dossier {case} wordt nu definitief {what}. Dit kan niet ongedaan worden gemaakt.</source>
        <translation>Case file {case} will now be {what} for good. This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Bevestigen: {mode}</source>
        <translation>&amp;Confirm: {mode}</translation>
    </message>
    <message>
        <source>Goedkeuren bevestigen</source>
        <translation>Confirm approval</translation>
    </message>
    <message>
        <source>Voorstel {n} uitgevoerd: dossier {case} {mode}.</source>
        <translation>Proposal {n} carried out: case file {case}, {mode}.</translation>
    </message>
    <message>
        <source>Voorstel {n} afgewezen.</source>
        <translation>Proposal {n} declined.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Rol intrekken</source>
        <translation>Take away a role</translation>
    </message>
    <message>
        <source>Rol toekennen</source>
        <translation>Grant a role</translation>
    </message>
    <message>
        <source>Rol die vervalt</source>
        <translation>Role taken away</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Welke rol van {user} vervalt? Het account houdt zijn andere rollen.</source>
        <translation>Which role of {user} is taken away? The account keeps its other roles.</translation>
    </message>
    <message>
        <source>Welke rol krijgt {user} erbij, en voor welk team?</source>
        <translation>Which role does {user} get, and for which team?</translation>
    </message>
    <message>
        <source>Alle teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>&amp;Intrekken</source>
        <translation>&amp;Take away</translation>
    </message>
    <message>
        <source>&amp;Toekennen</source>
        <translation>&amp;Grant</translation>
    </message>
</context>
<context>
    <name>RoleDialogForm</name>
    <message>
        <source>&amp;Rol</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
</context>
<context>
    <name>ScoreField</name>
    <message>
        <source>kies {low}–{high}</source>
        <translation>choose {low}–{high}</translation>
    </message>
    <message>
        <source>geen score</source>
        <translation>no score</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>De instellingen van deze database. Elke waarde wordt gecontroleerd voordat er iets wordt opgeslagen; een wijziging komt in het logboek en geldt vanaf de volgende aanmelding.</source>
        <translation>The settings of this database. Every value is checked before anything is saved; a change is recorded in the access log and applies from the next sign-in.</translation>
    </message>
    <message>
        <source>Terug naar de opgeslagen waarden</source>
        <translation>Back to the saved values</translation>
    </message>
    <message>
        <source>Ongedaan &amp;maken</source>
        <translation>U&amp;ndo</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>Sa&amp;ve</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Instellingen opslaan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Terug naar de opgeslagen instellingen</source>
        <translation>Back to the saved settings</translation>
    </message>
    <message>
        <source>Er is niets gewijzigd.</source>
        <translation>Nothing has changed.</translation>
    </message>
    <message>
        <source>Instellingen opgeslagen; ze gelden vanaf de volgende aanmelding.</source>
        <translation>Settings saved; they apply from the next sign-in.</translation>
    </message>
    <message>
        <source>Niet opgeslagen — verbeter eerst:</source>
        <translation>Not saved — first correct:</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Alleen doelen, acties en wie ze doet — geen problemen per gezinslid, geen journaal, geen BSN. Dit kan alleen met toestemming van iedereen die volgens de leeftijdsregel moet instemmen; het delen wordt vastgelegd in het logboek.</source>
        <translation>Only goals, actions and who does them — no problems per household member, no journal, no BSN. This is possible only with the consent of everyone who must agree under the age rule; the sharing is recorded in the access log.</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Opslaan als (bestand)</source>
        <translation>Save as (file)</translation>
    </message>
    <message>
        <source>&amp;Delen als PDF</source>
        <translation>&amp;Share as PDF</translation>
    </message>
    <message>
        <source>&amp;Voorbeeld…</source>
        <translation>Pre&amp;view…</translation>
    </message>
    <message>
        <source>Voorbeeld van de partnerversie</source>
        <translation>Preview of the partner version</translation>
    </message>
    <message>
        <source>Plan — partnerversie</source>
        <translation>Plan — partner version</translation>
    </message>
</context>
<context>
    <name>ShareForm</name>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Opslaan &amp;als:</source>
        <translation>Save &amp;as:</translation>
    </message>
</context>
<context>
    <name>StalledDialogs</name>
    <message>
        <source>Vastgelopen hulp opschalen</source>
        <translation>Escalate stalled help</translation>
    </message>
    <message>
        <source>Antwoord vastleggen</source>
        <translation>Record answer</translation>
    </message>
    <message>
        <source>Opgeschaald op {day} aan {to}: {subject}. Wat is het antwoord?</source>
        <translation>Escalated on {day} to {to}: {subject}. What is the answer?</translation>
    </message>
</context>
<context>
    <name>StartEigenRegieDialog</name>
    <message>
        <source>zelf</source>
        <translation>self</translation>
    </message>
    <message>
        <source>ouder</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>child</translation>
    </message>
    <message>
        <source>familie</source>
        <translation>family</translation>
    </message>
    <message>
        <source>vriend(in)</source>
        <translation>friend</translation>
    </message>
    <message>
        <source>buren</source>
        <translation>neighbours</translation>
    </message>
    <message>
        <source>kerk of club</source>
        <translation>church or club</translation>
    </message>
    <message>
        <source>Wie uit {name} of het eigen netwerk voert de regie? {regisseur} blijft contactpersoon namens het wijkteam en regisseur in het dossier.</source>
        <translation>Who from {name} or its own network directs the case? {regisseur} stays the contact for the neighbourhood team and case director in the case file.</translation>
    </message>
    <message>
        <source>De regisseur</source>
        <translation>The case director</translation>
    </message>
    <message>
        <source>Iemand uit het netwerk (naam hieronder)</source>
        <translation>Someone from the network (name below)</translation>
    </message>
    <message>
        <source>Kies of typ de relatie</source>
        <translation>Choose or type the relationship</translation>
    </message>
    <message>
        <source>Wie voert de regie</source>
        <translation>Who directs the case</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Leeg: de naam van het gezinslid</source>
        <translation>Empty: the household member&apos;s name</translation>
    </message>
    <message>
        <source>Naam van wie de regie voert</source>
        <translation>Name of who directs the case</translation>
    </message>
</context>
<context>
    <name>StatusDialogs</name>
    <message>
        <source>Gezinslid vertrekt</source>
        <translation>Household member leaves</translation>
    </message>
    <message>
        <source>Wie hoort niet meer bij het huishouden, en sinds wanneer? Het blijft zichtbaar in het journaal.</source>
        <translation>Who no longer belongs to the household, and since when? It stays visible in the journal.</translation>
    </message>
    <message>
        <source>Huishouden afsluiten</source>
        <translation>Close household</translation>
    </message>
    <message>
        <source>Huishouden heropenen</source>
        <translation>Reopen household</translation>
    </message>
    <message>
        <source>Heropen {name}: het huishouden wordt weer actief, met een regisseur.</source>
        <translation>Reopen {name}: the household becomes active again, with a case director.</translation>
    </message>
</context>
<context>
    <name>StopAccountDialog</name>
    <message>
        <source>Account verwijderen</source>
        <translation>Remove account</translation>
    </message>
    <message>
        <source>Account deactiveren</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <source>{user} wordt verwijderd: het account kan niet meer aanmelden, zijn sleutel vervalt en de database wordt opnieuw versleuteld. De geschiedenis blijft.</source>
        <translation>{user} will be removed: the account can no longer sign in, its key is dropped and the database is encrypted again. The history stays.</translation>
    </message>
    <message>
        <source>{user} wordt gedeactiveerd: het account kan niet meer aanmelden. De geschiedenis blijft.</source>
        <translation>{user} will be deactivated: the account can no longer sign in. The history stays.</translation>
    </message>
    <message>
        <source>Wie neemt de huishoudens over</source>
        <translation>Who takes over the households</translation>
    </message>
    <message>
        <source> en {n} meer</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <source>{user} voert de regie over {n} open huishouden(s): {cases}. Wie neemt ze over? De overdracht komt in de regiegeschiedenis en het logboek.</source>
        <translation>{user} is case director of {n} open household(s): {cases}. Who takes them over? The handover is recorded in the case direction history and the access log.</translation>
    </message>
    <message>
        <source>— niemand in het team kan ze overnemen —</source>
        <translation>— nobody in the team can take them over —</translation>
    </message>
    <message>
        <source>{user} voert geen regie over open huishoudens.</source>
        <translation>{user} is case director of no open households.</translation>
    </message>
    <message>
        <source>&amp;Verwijderen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Deactiveren</source>
        <translation>&amp;Deactivate</translation>
    </message>
</context>
<context>
    <name>StopDialogForm</name>
    <message>
        <source>&amp;Overnemer</source>
        <translation>&amp;Taken over by</translation>
    </message>
</context>
<context>
    <name>TakeBackDialog</name>
    <message>
        <source>Ondertoezichtstelling beëindigd</source>
        <translation>Supervision order ended</translation>
    </message>
    <message>
        <source>Onderzoek afgerond</source>
        <translation>Investigation completed</translation>
    </message>
    <message>
        <source>Veiligheid hersteld; regie terug bij het wijkteam</source>
        <translation>Safety restored; case direction back with the neighbourhood team</translation>
    </message>
    <message>
        <source>&amp;Terugnemen</source>
        <translation>&amp;Take back</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Nieuw team</source>
        <translation>New team</translation>
    </message>
    <message>
        <source>Naam van het team</source>
        <translation>Name of the team</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
</context>
<context>
    <name>TeamDialogForm</name>
    <message>
        <source>&amp;Naam</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Gemeente</source>
        <translation>&amp;Municipality</translation>
    </message>
</context>
<context>
    <name>TeamsForm</name>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>De wijkteams, met het aantal actieve accounts en open huishoudens. Een team verdwijnt nooit: huishoudens en het logboek verwijzen ernaar.</source>
        <translation>The neighbourhood teams, with their number of active accounts and open households. A team never disappears: households and the access log refer to it.</translation>
    </message>
    <message>
        <source>&amp;Nieuw team…</source>
        <translation>&amp;New team…</translation>
    </message>
    <message>
        <source>Naam &amp;wijzigen…</source>
        <translation>Rena&amp;me…</translation>
    </message>
</context>
<context>
    <name>TeamsScreen</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Actieve accounts</source>
        <translation>Active accounts</translation>
    </message>
    <message>
        <source>Open huishoudens</source>
        <translation>Open households</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Nieuw team</source>
        <translation>New team</translation>
    </message>
    <message>
        <source>Naam van het team wijzigen</source>
        <translation>Rename the team</translation>
    </message>
    <message>
        <source>Kies eerst een team in de lijst.</source>
        <translation>First choose a team in the list.</translation>
    </message>
    <message>
        <source>Team opgeslagen.</source>
        <translation>Team saved.</translation>
    </message>
</context>
<context>
    <name>TransitionAreasDialog</name>
    <message>
        <source>Nog niet besloten</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <source>Ja, besloten</source>
        <translation>Yes, decided</translation>
    </message>
    <message>
        <source>Nee, niet nodig</source>
        <translation>No, not needed</translation>
    </message>
    <message>
        <source>Risico-inschatting</source>
        <translation>Risk assessment</translation>
    </message>
    <message>
        <source>Contactpersoon 18+</source>
        <translation>Contact 18+</translation>
    </message>
    <message>
        <source>Overdrachtsdatum</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <source>Verlengde jeugdhulp</source>
        <translation>Extended youth care</translation>
    </message>
</context>
<context>
    <name>TransitionAreasForm</name>
    <message>
        <source>&amp;Wonen</source>
        <translation>&amp;Housing</translation>
    </message>
    <message>
        <source>&amp;School / opleiding</source>
        <translation>&amp;School / training</translation>
    </message>
    <message>
        <source>W&amp;erk</source>
        <translation>W&amp;ork</translation>
    </message>
    <message>
        <source>&amp;Inkomen</source>
        <translation>&amp;Income</translation>
    </message>
    <message>
        <source>&amp;Zorg</source>
        <translation>&amp;Care</translation>
    </message>
    <message>
        <source>&amp;Veiligheid</source>
        <translation>Sa&amp;fety</translation>
    </message>
    <message>
        <source>Vrienden en &amp;relaties</source>
        <translation>Friends and &amp;relationships</translation>
    </message>
    <message>
        <source>Vrije &amp;tijd</source>
        <translation>&amp;Leisure</translation>
    </message>
    <message>
        <source>Risico-inschatti&amp;ng</source>
        <translation>Risk assessme&amp;nt</translation>
    </message>
    <message>
        <source>&amp;Contactpersoon 18+</source>
        <translation>Con&amp;tact 18+</translation>
    </message>
    <message>
        <source>Over&amp;drachtsdatum</source>
        <translation>Handover &amp;date</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Verlengde &amp;jeugdhulp</source>
        <translation>Extended &amp;youth care</translation>
    </message>
</context>
<context>
    <name>TransitionDialogs</name>
    <message>
        <source>Punt van de checklist</source>
        <translation>Checklist item</translation>
    </message>
    <message>
        <source>Perspectiefplan van {name}</source>
        <translation>Perspective plan of {name}</translation>
    </message>
</context>
<context>
    <name>TransitionSection</name>
    <message>
        <source>geen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Geen perspectiefplan</source>
        <translation>No perspective plan</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>vastgesteld</source>
        <translation>adopted</translation>
    </message>
    <message>
        <source>Vastgesteld</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Punt</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verantwoordelijke</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Streefdatum</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation>Life domain</translation>
    </message>
    <message>
        <source>Afspraken</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <source>Jongeren</source>
        <translation>Youths</translation>
    </message>
    <message>
        <source>Stand van het perspectiefplan</source>
        <translation>State of the perspective plan</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Perspectiefplan starten</source>
        <translation>Start perspective plan</translation>
    </message>
    <message>
        <source>Nieuw concept beginnen</source>
        <translation>Start a new draft</translation>
    </message>
    <message>
        <source>Plan vaststellen</source>
        <translation>Adopt plan</translation>
    </message>
    <message>
        <source>Leefgebieden wijzigen</source>
        <translation>Edit life domains</translation>
    </message>
    <message>
        <source>Leefgebieden</source>
        <translation>Life domains</translation>
    </message>
    <message>
        <source>Punt van de checklist bijwerken</source>
        <translation>Update checklist item</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>{name}
{age} jaar · 18 op {date} · {state}</source>
        <translation>{name}
aged {age} · 18 on {date} · {state}</translation>
    </message>
    <message>
        <source>Jongeren vanaf {age} jaar krijgen een perspectiefplan 18-/18+ in het plan van het huishouden.</source>
        <translation>Youths from age {age} get a perspective plan 18-/18+ in the household&apos;s plan.</translation>
    </message>
    <message>
        <source>Geen jongeren van {age} tot 18 in dit huishouden.</source>
        <translation>No youths aged {age} to 18 in this household.</translation>
    </message>
    <message>
        <source>Nog geen perspectiefplan in het plan.</source>
        <translation>No perspective plan in the plan yet.</translation>
    </message>
    <message>
        <source>In het concept van het plan; nog niet vastgesteld.</source>
        <translation>In the draft of the plan; not adopted yet.</translation>
    </message>
    <message>
        <source>Vastgesteld met het plan; wijzigen begint een nieuw concept.</source>
        <translation>Adopted with the plan; a change starts a new draft.</translation>
    </message>
    <message>
        <source>{age} jaar, wordt 18 op {date}</source>
        <translation>aged {age}, turns 18 on {date}</translation>
    </message>
    <message>
        <source>besloten</source>
        <translation>decided</translation>
    </message>
    <message>
        <source>niet nodig</source>
        <translation>not needed</translation>
    </message>
    <message>
        <source>Risico-inschatting</source>
        <translation>Risk assessment</translation>
    </message>
    <message>
        <source>Contactpersoon 18+</source>
        <translation>Contact 18+</translation>
    </message>
    <message>
        <source>Overdrachtsdatum</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <source>Verlengde jeugdhulp</source>
        <translation>Extended youth care</translation>
    </message>
    <message>
        <source>{done} van {n} geregeld</source>
        <translation>{done} of {n} arranged</translation>
    </message>
    <message>
        <source>Perspectiefplan gestart in het concept van het plan.</source>
        <translation>Perspective plan started in the draft of the plan.</translation>
    </message>
    <message>
        <source>Nieuw concept begonnen; de vastgestelde versie blijft bewaard.</source>
        <translation>New draft started; the adopted version is kept.</translation>
    </message>
    <message>
        <source>&amp;Jongeren</source>
        <translation>&amp;Youths</translation>
    </message>
    <message>
        <source>Perspectiefplan &amp;starten</source>
        <translation>&amp;Start perspective plan</translation>
    </message>
    <message>
        <source>Een perspectiefplan 18-/18+ met de standaard checklist in het concept van het plan</source>
        <translation>A perspective plan 18-/18+ with the standard checklist in the draft of the plan</translation>
    </message>
    <message>
        <source>Nieuw &amp;concept</source>
        <translation>New dra&amp;ft</translation>
    </message>
    <message>
        <source>Het vastgestelde plan blijft bewaard; wijzigen gebeurt in een nieuw concept</source>
        <translation>The adopted plan is kept; changes are made in a new draft</translation>
    </message>
    <message>
        <source>&amp;Vaststellen…</source>
        <translation>&amp;Adopt…</translation>
    </message>
    <message>
        <source>Het plan met dit perspectiefplan vaststellen (Ctrl+Shift+V)</source>
        <translation>Adopt the plan with this perspective plan (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <source>&amp;Leefgebieden</source>
        <translation>&amp;Life domains</translation>
    </message>
    <message>
        <source>Leefgebieden &amp;wijzigen…</source>
        <translation>&amp;Edit life domains…</translation>
    </message>
    <message>
        <source>De afspraken per leefgebied, de risico-inschatting en de overdracht (Ctrl+Shift+P)</source>
        <translation>The agreements per life domain, the risk assessment and the handover (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Checkl&amp;ist</source>
        <translation>Checkl&amp;ist</translation>
    </message>
    <message>
        <source>&amp;Punt bijwerken…</source>
        <translation>&amp;Update item…</translation>
    </message>
    <message>
        <source>Het gekozen punt van de checklist bijwerken (Enter of F2 in de lijst)</source>
        <translation>Update the chosen checklist item (Enter or F2 in the list)</translation>
    </message>
</context>
<context>
    <name>VerifyForm</name>
    <message>
        <source>Controle van de database</source>
        <translation>Check of the database</translation>
    </message>
    <message>
        <source>Controleert de versleuteling en elke pagina, de samenhang van de database, het schema, de vaste regels over de gegevens, de keten en het anker van het logboek, en het sleutelbestand (zoals &apos;h4casus verify&apos;).</source>
        <translation>Checks the encryption and every page, the consistency of the database, the schema, the fixed rules about the data, the chain and anchor of the access log, and the key file (like &apos;h4casus verify&apos;).</translation>
    </message>
    <message>
        <source>Controle &amp;uitvoeren</source>
        <translation>&amp;Run the check</translation>
    </message>
    <message>
        <source>Uitkomst van de controle</source>
        <translation>Outcome of the check</translation>
    </message>
</context>
<context>
    <name>VerifyScreen</name>
    <message>
        <source>Regel geschonden: {rule} ({name})</source>
        <translation>Rule broken: {rule} ({name})</translation>
    </message>
    <message>
        <source>Controle uitvoeren</source>
        <translation>Run the check</translation>
    </message>
    <message>
        <source>Uitkomst van de controle</source>
        <translation>Outcome of the check</translation>
    </message>
    <message>
        <source>Samenvatting van de controle</source>
        <translation>Summary of the check</translation>
    </message>
    <message>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>De database wordt gecontroleerd…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>De controle kon niet worden uitgevoerd.</source>
        <translation>The check could not be run.</translation>
    </message>
    <message>
        <source>In orde: de database, de regels, het logboek en het sleutelbestand zijn gecontroleerd en er is niets mis.</source>
        <translation>All right: the database, the rules, the access log and the key file have been checked and nothing is wrong.</translation>
    </message>
    <message>
        <source>Niet in orde: 1 probleem gevonden.</source>
        <translation>Not all right: 1 problem found.</translation>
    </message>
    <message>
        <source>Niet in orde: {n} problemen gevonden.</source>
        <translation>Not all right: {n} problems found.</translation>
    </message>
    <message>
        <source>Maak geen nieuwe back-ups over goede oude heen en meld dit bij de leverancier.</source>
        <translation>Do not make new backups over good old ones, and report this to the supplier.</translation>
    </message>
    <message>
        <source>Probleem: </source>
        <translation>Problem: </translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Vanaf de datum hieronder wordt er niets meer gedeeld.</source>
        <translation>From the date below nothing is shared any more.</translation>
    </message>
    <message>
        <source>Ingetrokken door</source>
        <translation>Withdrawn by</translation>
    </message>
    <message>
        <source>Datum van intrekken</source>
        <translation>Date of withdrawal</translation>
    </message>
    <message>
        <source>&amp;Intrekken</source>
        <translation>&amp;Withdraw</translation>
    </message>
</context>
<context>
    <name>WithdrawForm</name>
    <message>
        <source>&amp;Ingetrokken door:</source>
        <translation>&amp;Withdrawn by:</translation>
    </message>
    <message>
        <source>naam van wie de toestemming intrekt</source>
        <translation>name of who withdraws consent</translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
</context>
<context>
    <name>WorkListViews</name>
    <message>
        <source>Als regisseur</source>
        <translation>As case director</translation>
    </message>
    <message>
        <source>Als teamleider</source>
        <translation>As team lead</translation>
    </message>
    <message>
        <source>Als beheerder</source>
        <translation>As administrator</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Mijn huishoudens</source>
        <translation>My households</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Volgende evaluatie</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>U voert nog over geen enkel open huishouden de regie.</source>
        <translation>You are not yet case director of any open household.</translation>
    </message>
    <message>
        <source>Mijn verlopen evaluaties</source>
        <translation>My overdue reviews</translation>
    </message>
    <message>
        <source>Evaluatie was</source>
        <translation>Review was due</translation>
    </message>
    <message>
        <source>Dagen verlopen</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Geen verlopen evaluaties.</source>
        <translation>No overdue reviews.</translation>
    </message>
    <message>
        <source>Meest verlopen eerst.</source>
        <translation>Most overdue first.</translation>
    </message>
    <message>
        <source>Overdrachten aan mij</source>
        <translation>Handovers to me</translation>
    </message>
    <message>
        <source>Van</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Voorgesteld door</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <source>Sinds</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Niemand heeft u een huishouden voorgesteld.</source>
        <translation>Nobody has proposed a household to you.</translation>
    </message>
    <message>
        <source>Accepteren of weigeren doet u in het dossier, onderdeel Regie.</source>
        <translation>You accept or refuse in the case file, section Case direction.</translation>
    </message>
    <message>
        <source>Bijna 18, zonder vastgesteld perspectiefplan</source>
        <translation>Nearly 18, without an adopted perspective plan</translation>
    </message>
    <message>
        <source>Jongere</source>
        <translation>Young person</translation>
    </message>
    <message>
        <source>Wordt 18 op</source>
        <translation>Turns 18 on</translation>
    </message>
    <message>
        <source>Dagen</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Geen jongeren die binnenkort 18 worden zonder vastgesteld plan.</source>
        <translation>No young people turning 18 soon without an adopted plan.</translation>
    </message>
    <message>
        <source>Nazorg: contactmoment</source>
        <translation>Aftercare: contact</translation>
    </message>
    <message>
        <source>Contactmoment</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Geen contactmomenten in de komende week.</source>
        <translation>No contacts in the coming week.</translation>
    </message>
    <message>
        <source>Verlopen en binnen 7 dagen.</source>
        <translation>Overdue and within 7 days.</translation>
    </message>
    <message>
        <source>Acties over de deadline</source>
        <translation>Actions past their deadline</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Geen acties over hun deadline.</source>
        <translation>No actions past their deadline.</translation>
    </message>
    <message>
        <source>Oudste deadline eerst.</source>
        <translation>Oldest deadline first.</translation>
    </message>
    <message>
        <source>Goed te keuren</source>
        <translation>To approve</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Aanvraag</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Gevraagd door</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Er wacht niets op uw goedkeuring.</source>
        <translation>Nothing is waiting for your approval.</translation>
    </message>
    <message>
        <source>Uw eigen aanvragen, en aanvragen over uzelf, staan hier niet: die keurt iemand anders goed (vier ogen).</source>
        <translation>Your own requests, and requests about yourself, are not here: someone else approves them (four eyes).</translation>
    </message>
    <message>
        <source>Regie op regie: open escalaties</source>
        <translation>Escalation of stalled help: open escalations</translation>
    </message>
    <message>
        <source>Aan</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Geen escalaties die op een antwoord wachten.</source>
        <translation>No escalations waiting for an answer.</translation>
    </message>
    <message>
        <source>Vastgelopen hulp die bij u of een partner is neergelegd; antwoorden doet u in het dossier.</source>
        <translation>Stalled help referred to you or a partner; you answer in the case file.</translation>
    </message>
    <message>
        <source>Vastgelopen hulp in het team</source>
        <translation>Stalled help in the team</translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation>Case director</translation>
    </message>
    <message>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <source>— geen —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Geen acties over hun deadline en geen plannen zonder voortgang.</source>
        <translation>No actions past their deadline and no plans without progress.</translation>
    </message>
    <message>
        <source>Acties over de deadline (sinds de oudste deadline) en plannen zonder voortgang sinds de laatste evaluatie; langst vastgelopen eerst.</source>
        <translation>Actions past their deadline (since the oldest deadline) and plans without progress since the last evaluation; stalled longest first.</translation>
    </message>
    <message>
        <source>acties over de deadline</source>
        <translation>actions past their deadline</translation>
    </message>
    <message>
        <source>Verlopen evaluaties van het team</source>
        <translation>Overdue reviews of the team</translation>
    </message>
    <message>
        <source>Geen verlopen evaluaties in uw team.</source>
        <translation>No overdue reviews in your team.</translation>
    </message>
    <message>
        <source>Jongeren bijna 18</source>
        <translation>Young people nearly 18</translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Geen jongeren die 18 naderen.</source>
        <translation>No young people nearing 18.</translation>
    </message>
    <message>
        <source>Dichtst bij 18 eerst; Plan is de staat van hun perspectiefplan.</source>
        <translation>Closest to 18 first; Plan is the state of their perspective plan.</translation>
    </message>
    <message>
        <source>Caseload per regisseur</source>
        <translation>Caseload per case director</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Huishoudens</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Per niveau</source>
        <translation>Per level</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Load</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Van de norm</source>
        <translation>Of the norm</translation>
    </message>
    <message>
        <source>Er zijn geen regisseurs in uw team.</source>
        <translation>There are no case directors in your team.</translation>
    </message>
    <message>
        <source>Noodtoegang die loopt</source>
        <translation>Break-glass access in force</translation>
    </message>
    <message>
        <source>Tot</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>{name} (u)</source>
        <translation>{name} (you)</translation>
    </message>
    <message>
        <source>Er loopt geen noodtoegang.</source>
        <translation>No break-glass access is in force.</translation>
    </message>
    <message>
        <source>Uw eigen noodtoegang beëindigt u in de balk bovenin het venster.</source>
        <translation>You end your own break-glass access in the bar at the top of the window.</translation>
    </message>
    <message>
        <source>Bewaartermijn verstreken</source>
        <translation>Retention period expired</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Verstreken op</source>
        <translation>Expired on</translation>
    </message>
    <message>
        <source>Geen dossiers waarvan de bewaartermijn is verstreken.</source>
        <translation>No case files whose retention period has expired.</translation>
    </message>
    <message>
        <source>Alleen dossiernummers en data; vernietigen gaat met vier ogen.</source>
        <translation>Case numbers and dates only; destroying takes four eyes.</translation>
    </message>
    <message>
        <source>Geblokkeerde accounts</source>
        <translation>Blocked accounts</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Mislukte pogingen</source>
        <translation>Failed attempts</translation>
    </message>
    <message>
        <source>Wacht nog</source>
        <translation>Still waits</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Geen accounts met herhaald mislukte aanmeldingen.</source>
        <translation>No accounts with repeatedly failed sign-ins.</translation>
    </message>
    <message>
        <source>Na drie mislukte pogingen wacht elke volgende poging langer.</source>
        <translation>After three failed attempts each next attempt waits longer.</translation>
    </message>
    <message>
        <source>Laatste back-up</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>Gemaakt</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Controle</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>automatisch ({name})</source>
        <translation>automatic ({name})</translation>
    </message>
    <message>
        <source>Er is nog geen back-up gemaakt van deze database.</source>
        <translation>No backup of this database has been made yet.</translation>
    </message>
    <message>
        <source>Laatste controle (verify)</source>
        <translation>Last check (verify)</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>De database is nog niet gecontroleerd (h4casus verify).</source>
        <translation>The database has not been checked yet (h4casus verify).</translation>
    </message>
    <message>
        <source>geen voortgang sinds laatste evaluatie</source>
        <translation>no progress since the last review</translation>
    </message>
    <message>
        <source>Zonder regisseur</source>
        <translation>Without case director</translation>
    </message>
    <message>
        <source>{n} boven de norm</source>
        <translation>{n} above the norm</translation>
    </message>
    <message>
        <source>binnen de norm</source>
        <translation>within the norm</translation>
    </message>
    <message>
        <source>nog geen</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source> — NIET IN ORDE</source>
        <translation> — NOT IN ORDER</translation>
    </message>
    <message>
        <source>nog niet gedaan</source>
        <translation>not done yet</translation>
    </message>
    <message>
        <source>in orde</source>
        <translation>in order</translation>
    </message>
    <message>
        <source>{n} problemen</source>
        <translation>{n} problems</translation>
    </message>
    <message>
        <source>{when}, door {name}: {result}</source>
        <translation>{when}, by {name}: {result}</translation>
    </message>
    <message>
        <source>NIET IN ORDE</source>
        <translation>NOT IN ORDER</translation>
    </message>
</context>
<context>
    <name>ZrmSection</name>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Laatste</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Betekenis</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Laatste meting {date}</source>
        <translation>Latest measurement {date}</translation>
    </message>
    <message>
        <source>Meting {date}</source>
        <translation>Measurement {date}</translation>
    </message>
    <message>
        <source>Intake {date}</source>
        <translation>Intake {date}</translation>
    </message>
    <message>
        <source>Grafiek: intake en laatste meting per domein</source>
        <translation>Chart: intake and latest measurement per domain</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>Nieuwe meting</source>
        <translation>New measurement</translation>
    </message>
    <message>
        <source>Scores per domein: intake, laatste en verschil</source>
        <translation>Scores per domain: intake, latest and difference</translation>
    </message>
    <message>
        <source>(nog niet gemeten)</source>
        <translation>(not measured yet)</translation>
    </message>
    <message>
        <source>Nog geen meting met {name} voor {who}. Nieuwe meting: Ctrl+M.</source>
        <translation>No measurement with {name} for {who} yet. New measurement: Ctrl+M.</translation>
    </message>
    <message>
        <source>Eén meting ({date}); na de volgende staat hier de vergelijking.</source>
        <translation>One measurement ({date}); after the next one, the comparison is shown here.</translation>
    </message>
    <message>
        <source>Intake {a} · laatste meting {b}</source>
        <translation>Intake {a} · latest measurement {b}</translation>
    </message>
    <message>
        <source>&amp;Nieuwe meting…</source>
        <translation>&amp;New measurement…</translation>
    </message>
    <message>
        <source>Een meting invoeren: per domein een cijfer, Tab naar het volgende, Enter slaat op (Ctrl+M)</source>
        <translation>Enter a measurement: a score per domain, Tab to the next, Enter saves (Ctrl+M)</translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation>&amp;Instrument:</translation>
    </message>
    <message>
        <source>&amp;Voor:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>Intake en laatste meting per domein</source>
        <translation>Intake and latest measurement per domain</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
</context>
<context>
    <name>_MemberDialog</name>
    <message>
        <source>Voornamen</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Surname prefix</translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <source>Verhuisd</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Zelfstandig gaan wonen</source>
        <translation>Moved out to live independently</translation>
    </message>
    <message>
        <source>Uit huis geplaatst</source>
        <translation>Placed away from home</translation>
    </message>
    <message>
        <source>Relatie beëindigd</source>
        <translation>Relationship ended</translation>
    </message>
    <message>
        <source>Overleden</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Nieuwe hulpvraag</source>
        <translation>New request for help</translation>
    </message>
    <message>
        <source>Terugval na afsluiting</source>
        <translation>Relapse after closure</translation>
    </message>
    <message>
        <source>Ten onrechte afgesloten</source>
        <translation>Closed by mistake</translation>
    </message>
    <message>
        <source>Kies of typ een reden</source>
        <translation>Choose or type a reason</translation>
    </message>
    <message>
        <source>Gezinslid</source>
        <translation>Household member</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Het huishouden vraagt de regie terug aan het wijkteam</source>
        <translation>The household asks the neighbourhood team to take case direction back</translation>
    </message>
    <message>
        <source>Eigen regie lukt niet meer</source>
        <translation>Self-direction no longer works</translation>
    </message>
    <message>
        <source>Doelen behaald</source>
        <translation>Goals achieved</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>De database is beschadigd of buiten h4casus om gewijzigd.</source>
        <translation>The database is damaged or was changed outside h4casus.</translation>
    </message>
    <message>
        <source>Een bestand kan niet worden gelezen of geschreven ({reason}).</source>
        <translation>A file cannot be read or written ({reason}).</translation>
    </message>
    <message>
        <source>Er ging onverwacht iets mis ({kind}); er is niets half opgeslagen. Meld dit bij de functioneel beheerder.</source>
        <translation>Something unexpected went wrong ({kind}); nothing was half saved. Please report this to the application administrator.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Aanbieder</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Aangemeld</source>
        <translation>Referred</translation>
    </message>
    <message>
        <source>Aangevraagd</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Actief</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Afsluiting</source>
        <translation>Closure</translation>
    </message>
    <message>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Behaald</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Beheerder</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Casusoverleg</source>
        <translation>Case conference</translation>
    </message>
    <message>
        <source>18-/18+</source>
        <translation>18-/18+</translation>
    </message>
    <message>
        <source>Andere partner</source>
        <translation>Other partner</translation>
    </message>
    <message>
        <source>Anders (toelichting)</source>
        <translation>Other (see note)</translation>
    </message>
    <message>
        <source>Buren</source>
        <translation>Neighbours</translation>
    </message>
    <message>
        <source>Clientondersteuning</source>
        <translation>Client support</translation>
    </message>
    <message>
        <source>Cliëntondersteuning</source>
        <translation>Client support</translation>
    </message>
    <message>
        <source>Club of vereniging</source>
        <translation>Club or association</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Consulent</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Deels behaald</source>
        <translation>Partly achieved</translation>
    </message>
    <message>
        <source>Doorgevoerd</source>
        <translation>Carried out</translation>
    </message>
    <message>
        <source>Eigen netwerk</source>
        <translation>Own network</translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Familie</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Formeel</source>
        <translation>Formal</translation>
    </message>
    <message>
        <source>GGZ</source>
        <translation>Mental health care</translation>
    </message>
    <message>
        <source>Geaccepteerd</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Geen melding, geen hulp nodig</source>
        <translation>No report, no help needed</translation>
    </message>
    <message>
        <source>Geloofsgemeenschap</source>
        <translation>Faith community</translation>
    </message>
    <message>
        <source>Geregeld</source>
        <translation>Arranged</translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Ggz</source>
        <translation>Mental health care</translation>
    </message>
    <message>
        <source>Het huishouden weigert hulp</source>
        <translation>The household refuses help</translation>
    </message>
    <message>
        <source>Jeugdhulp</source>
        <translation>Youth care</translation>
    </message>
    <message>
        <source>Kerk of moskee</source>
        <translation>Church or mosque</translation>
    </message>
    <message>
        <source>Maatschappelijk werk</source>
        <translation>Social work</translation>
    </message>
    <message>
        <source>Maatschappelijk_werk</source>
        <translation>Social work</translation>
    </message>
    <message>
        <source>Meldcode</source>
        <translation>Reporting code</translation>
    </message>
    <message>
        <source>Op-/afschalen</source>
        <translation>Escalation</translation>
    </message>
    <message>
        <source>Overgedragen</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Overgedragen aan een andere organisatie</source>
        <translation>Transferred to another organisation</translation>
    </message>
    <message>
        <source>Overleden</source>
        <translation>Deceased</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>Regie</source>
        <translation>Case direction</translation>
    </message>
    <message>
        <source>Schuldhulp</source>
        <translation>Debt help</translation>
    </message>
    <message>
        <source>Schuldhulpverlening</source>
        <translation>Debt counselling</translation>
    </message>
    <message>
        <source>Veiligheid</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Veiligheid en justitie</source>
        <translation>Safety and justice</translation>
    </message>
    <message>
        <source>Vereniging</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Verslavingszorg</source>
        <translation>Addiction care</translation>
    </message>
    <message>
        <source>Vrienden</source>
        <translation>Friends</translation>
    </message>
    <message>
        <source>Werk en inkomen</source>
        <translation>Work and income</translation>
    </message>
    <message>
        <source>Werk_inkomen</source>
        <translation>Work and income</translation>
    </message>
    <message>
        <source>Wijkverpleging</source>
        <translation>District nursing</translation>
    </message>
    <message>
        <source>Zelfredzaam</source>
        <translation>Self-reliant</translation>
    </message>
    <message>
        <source>Zelfredzaam: het huishouden redt zich zelf</source>
        <translation>Self-reliant: the household manages on its own</translation>
    </message>
    <message>
        <source>contactgegevens</source>
        <translation>contact details</translation>
    </message>
    <message>
        <source>de ouders/verzorgers</source>
        <translation>the parents/carers</translation>
    </message>
    <message>
        <source>de persoon zelf</source>
        <translation>the person themselves</translation>
    </message>
    <message>
        <source>het plan</source>
        <translation>the plan</translation>
    </message>
    <message>
        <source>Huisarts</source>
        <translation>GP</translation>
    </message>
    <message>
        <source>Huisbezoek</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Hulp organiseren</source>
        <translation>Organise help</translation>
    </message>
    <message>
        <source>Informeel</source>
        <translation>Informal</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Intake</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>Jeugdgezondheidszorg</source>
        <translation>Youth health care</translation>
    </message>
    <message>
        <source>Jeugdwet</source>
        <translation>Youth Act</translation>
    </message>
    <message>
        <source>Journaal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Ouder/verzorger</source>
        <translation>Parent/carer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Lopend</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Melden</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Melden en hulp organiseren</source>
        <translation>Report and organise help</translation>
    </message>
    <message>
        <source>N.v.t.</source>
        <translation>N/a</translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation>Aftercare</translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Niet behaald</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Alle, ook afgesloten</source>
        <translation>All, including closed</translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Overig</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Participatiewet</source>
        <translation>Participation Act</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Plaatsvervanger</source>
        <translation>Deputy</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Politie</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation>Case director</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Teamleider</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <source>Telefonisch</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <source>Vastgesteld</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <source>Veilig thuis</source>
        <translation>Veilig Thuis</translation>
    </message>
    <message>
        <source>Verhuisd</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Voltooid</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Voorgesteld</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Weigert hulp</source>
        <translation>Refuses help</translation>
    </message>
    <message>
        <source>Wijkteam</source>
        <translation>Neighbourhood team</translation>
    </message>
    <message>
        <source>Wmo</source>
        <translation>Wmo</translation>
    </message>
    <message>
        <source>Woningcorporatie</source>
        <translation>Housing association</translation>
    </message>
    <message>
        <source>ZRM</source>
        <translation>ZRM</translation>
    </message>
    <message>
        <source>Zelfmelder</source>
        <translation>Self-referral</translation>
    </message>
    <message>
        <source>vernietigen</source>
        <translation>destroy</translation>
    </message>
    <message>
        <source>anonimiseren</source>
        <translation>anonymise</translation>
    </message>
    <message>
        <source>Op- of afschaling</source>
        <translation>Escalation or de-escalation</translation>
    </message>
    <message>
        <source>Overdracht</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>Geen perspectiefplan</source>
        <translation>No perspective plan</translation>
    </message>
    <message>
        <source>Perspectiefplan nog niet vastgesteld</source>
        <translation>Perspective plan not yet adopted</translation>
    </message>
    <message>
        <source>Verlengde jeugdhulp niet besloten</source>
        <translation>Extended youth care not decided</translation>
    </message>
    <message>
        <source>Geen</source>
        <translation>None</translation>
    </message>
</context>
</TS>
