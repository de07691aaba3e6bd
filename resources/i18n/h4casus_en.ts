<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl_NL">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Nieuwe actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actie wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met deze actie erbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met deze wijziging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie doet het</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam van wie het doet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status van de actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deze actie staat niet meer in het plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw geladen: dit is wat nu is opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(verwijderd)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij &amp;doel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie doet wat? Bijvoorbeeld: post sorteren met de buurvrouw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Naam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bijvoorbeeld Anna, tante Fatma, Kwadraad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;eadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoeging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een nieuwe postcode vult straat en plaats in waar die bekend zijn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw geladen: dit is het adres zoals het nu is opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu opgeslagen: {stored}
Uw invoer: {mine}
Wat u niet wijzigde is bijgewerkt naar wat nu is opgeslagen; sla op om uw wijziging toe te passen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressForm</name>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Huisnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toe&amp;voeging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Straat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;laats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;emeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optioneel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileForm</name>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier laden…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseFileScreen</name>
    <message>
        <source>Dossier laden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderdelen van het dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regisseur {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen regisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende evaluatie {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} — verlopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Verbeter wat niet klopt bij {name}. De oude waarde en de reden worden vastgelegd (AVG art. 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongewijzigd ({masked})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen; vul in om toe te voegen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van het besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hart: wat heeft de inwoner nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wet: wat staat de wet toe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euro: wat kost het</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>&amp;Onderwerp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarover wordt besloten?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat heeft de inwoner nodig?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat staat de wet toe (Wmo, Jeugdwet, Participatiewet …)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Euro:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat kost het, en wat levert het op?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Besluit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat is besloten?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desktop</name>
    <message>
        <source>Eerste start: een demodatabase met verzonnen huishoudens wordt gemaakt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h4casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De demodatabase kon niet worden gemaakt: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationDialog</name>
    <message>
        <source>Er is nog geen plan; leg het verslag vast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatie van het geldende plan: versie {n}, vastgesteld op {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatie van het concept (versie {n}); er is nog geen vastgestelde versie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van de evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— geen uitkomst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst van {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toelichting (mag leeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting bij {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uiterlijk {date} ({level}: om de {days} dagen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationForm</name>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verslag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoe gaat het, wat is bereikt, wat spreken we af?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst per doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende &amp;evaluatie:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterRow</name>
    <message>
        <source>Alle teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op regisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op AVE-niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen met verlopen evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen met jongeren van 16 tot 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen mijn huishoudens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters wissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jongeren {age}–18</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <source>Versie {n} vaststellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{goals} doelen en {actions} acties: {own} door het huishouden en het netwerk, {pro} door professionals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van het akkoord van het huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vaststellen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinaliseForm</name>
    <message>
        <source>&amp;Akkoord huishouden op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgesteld door:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na vaststellen is deze versie bevroren en bewaard. Een latere wijziging begint een nieuw concept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>&amp;Opslaan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw laden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergelijken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iemand anders heeft dit intussen gewijzigd; er is niets overschreven. Laad opnieuw om verder te gaan met wat nu is opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet opgeslagen — verbeter eerst:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Wie doet wat?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam (mag leeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actie {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie doet actie {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam bij actie {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline van actie {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met dit doel erbij</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met deze wijziging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leefgebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaat (SMART)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status van het doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog een actieregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit doel staat niet meer in het plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opnieuw geladen: dit is wat nu is opgeslagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hele huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(verwijderd)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leefgebied:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Doel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat wil het huishouden bereiken? In eigen woorden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resultaat (SMART):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat is er dan bereikt, hoe zie je dat, en wanneer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acties bij dit doel — lege regels worden overgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nog een actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog een regel voor een actie (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdListForm</name>
    <message>
        <source>&amp;Zoeken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam, adres, postcode of dossiernummer (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regisseur:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;AVE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verlopen evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jongeren 16–18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mijn huishoudens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters &amp;wissen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terug naar alle open huishoudens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdListScreen</name>
    <message>
        <source>Zoeken in huishoudens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huishoudens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorteren kan op naam, AVE-niveau en volgende evaluatie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen huishoudens gevonden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} gevonden{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (eerste 200; maak de zoekterm preciezer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen huishoudens gevonden voor deze zoekterm.
Zoek op achternaam, straat (met huisnummer), postcode of dossiernummer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er wordt gezocht binnen de filters; kies bij Status “Alle, ook afgesloten” om ook afgesloten huishoudens te vinden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huishoudens laden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open huishoudens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>huishoudens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} {what} geladen — scroll voor meer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen huishoudens met deze filters.
Filters wissen: Alt+W.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er zijn nog geen huishoudens die u mag zien.
Nieuwe aanmeldingen van uw team verschijnen hier (Ctrl+N: nieuw huishouden).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · gefilterd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klik om hierop te sorteren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatie is verlopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— geen —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Wie komt er bij het huishouden {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoort erbij &amp;sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optioneel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalEntryDialog</name>
    <message>
        <source>Nieuwe journaalregel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het hele huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum en tijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vertrouwelijk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalEntryForm</name>
    <message>
        <source>&amp;Soort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum en tijd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tekst:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vertrouwelijk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalSection</name>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journaalregels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op soort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter op gezinslid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoeken in de tekst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iedereen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vertrouwelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} van {loaded} geladen regels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} regels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe notitie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een journaalregel toevoegen (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen &amp;vertrouwelijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Oudere laden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>Wachtwoord om te ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De sessie van &lt;b&gt;{user}&lt;/b&gt; is vergrendeld{why}. Vul uw wachtwoord in om verder te werken, of meld u af zodat iemand anders kan aanmelden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> omdat er een tijd niets gebeurde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul uw wachtwoord in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ontgrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Af&amp;melden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>h4casus — aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aanmelden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database kiezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe demodatabase aangemaakt met verzonnen gegevens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Demodatabase&lt;/b&gt; — gebruiker: &lt;b&gt;{user}&lt;/b&gt;, wachtwoord: &lt;b&gt;{pw}&lt;/b&gt;&lt;br&gt;{first} Alleen om te proberen; zet hier geen echte gegevens in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h4casus-database (*.h4c);;Alle bestanden (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bezig met openen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gebruikersnaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wachtwoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vul in: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is geen database op {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>h4casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casusregistratie voor wijkteams — 1 huishouden, 1 plan, 1 regisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bladeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>h4casus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huishoudens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatische back-up gemaakt: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatische back-up mislukt: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw huishouden…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vergrendelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier &amp;sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Beeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zoeken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volgend tabblad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;orig tabblad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen consulenten, regisseurs en teamleiders registreren huishoudens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangemeld: {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · demodatabase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergrendeld, maar dit kon niet in het logboek worden vastgelegd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementDialog</name>
    <message>
        <source>Hele huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe meting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soort meting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van de meting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typ per domein een cijfer van {low} tot {high}; je ziet meteen wat het betekent. Tab of ↓ naar het volgende domein, ← → om te schuiven, Delete om te wissen. Enter slaat op.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vorige: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasurementForm</name>
    <message>
        <source>&amp;Instrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-MM-yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores per domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialogs</name>
    <message>
        <source>Gezinslid toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens corrigeren</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voornamen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tussenvoegsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Achternaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tele&amp;foon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optioneel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoort erbij &amp;sinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;den</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom klopte het niet? (wordt vastgelegd)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberRow</name>
    <message>
        <source>voornamen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tussenvoegsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>achternaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geboortedatum (dd-mm-jjjj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinslid {n}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinslid {n}: leeftijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinslid {n} weghalen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} jaar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberRowForm</name>
    <message>
        <source>Voornamen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optioneel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinslid weghalen (Ctrl+Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melding sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message>
        <source>Naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinsleden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN tonen van het gekozen gezinslid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN kopiëren van het gekozen gezinslid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw gezinslid toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen gezinslid vertrekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens van het gekozen gezinslid corrigeren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huishouden afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huishouden heropenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} jaar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwerking beperkt (AVG art. 18)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— geen —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date}, via {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het adres van dit huishouden kunt u niet wijzigen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U kunt hier geen gezinslid toevoegen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een huishouden houdt minstens één gezinslid; sluit het anders af.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De gegevens van dit gezinslid kunt u niet corrigeren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alleen de regisseur of de teamleider sluit een huishouden af.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U kunt dit huishouden niet heropenen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN gekopieerd; het klembord wordt straks weer leeggemaakt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wordt zo weer verborgen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN &amp;tonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toont het volledige BSN van het gekozen gezinslid even; dit wordt vastgelegd in het logboek (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN &amp;kopiëren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kopieert het BSN; het klembord wordt na enkele seconden weer leeggemaakt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw gezinslid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iemand komt bij het huishouden (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinslid &amp;vertrekt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gekozen gezinslid hoort niet meer bij het huishouden (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gegevens &amp;corrigeren…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbeter de gegevens van het gekozen gezinslid, met een reden (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team en wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adres wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verhuizing of verbeterd adres (Ctrl+Shift+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Af&amp;sluiten…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het huishouden afsluiten, met een reden (Ctrl+Shift+X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heropenen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het afgesloten huishouden weer openen (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanChoices</name>
    <message>
        <source>Eerst het huishouden zelf en zijn netwerk, daarna de professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hele huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(beperkt gezinslid)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommon</name>
    <message>
        <source>Dit plan is vastgesteld (versie {old}). Opslaan begint concept versie {new} {what}; de vastgestelde versie blijft bewaard zoals hij is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergelijken met wat is opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jouw invoer naast wat nu is opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jouw invoer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nu opgeslagen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>Evaluatie vastleggen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan vaststellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw besluit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanHistory</name>
    <message>
        <source>Toegevoegd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gewijzigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leefgebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resultaat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>naam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vraag van het huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volgende evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uitkomst per doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onderwerp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Euro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Akkoord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begonnen op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(leeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen gezinslid meer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Van versie {a} naar versie {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>niets gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} toegevoegd, {removed} verwijderd, {changed} gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hele huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel: {title} ({lg} · {who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actie: {what} ({who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is één versie; na de volgende versie staat hier wat er veranderde.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er is nog geen plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSection</name>
    <message>
        <source>Doelen en acties per leefgebied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe actie bij het gekozen doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen doel of actie wijzigen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gekozen doel of actie verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan vaststellen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw concept beginnen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versies van het plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat er veranderde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw besluit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand van het plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details van de gekozen regel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{goals} doelen · {actions} acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluaties ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ve&amp;rsies ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besl&amp;uiten ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin met een doel: Ctrl+G. Een doel krijgt meteen zijn eerste acties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Vastgesteld op {date}&lt;/b&gt; (akkoord huishouden {agreed}) — versie {n}, door {by}. Deze versie verandert niet meer; een wijziging begint een nieuw concept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Concept — nog niet vastgesteld&lt;/b&gt; (versie {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; de geldende versie is {n}, vastgesteld op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stel het vast met het akkoord van het huishouden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand: {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volgende evaluatie: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verlopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen doelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een doel hoort bij een leefgebied en is voor het hele huishouden of één gezinslid. Nieuw doel: Ctrl+G.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel &apos;{t}&apos; met zijn acties verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actie &apos;{t}&apos; verwijderen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het plan is vastgesteld: dit begint een nieuw concept zonder deze regel; de vastgestelde versie blijft bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actie verwijderd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw concept begonnen; de vastgestelde versie blijft bewaard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dit plan is al vastgesteld; er is geen concept om vast te stellen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw &amp;concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begint een nieuw concept, gekopieerd van de vastgestelde versie; die blijft bewaard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vaststellen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het concept vaststellen met de datum van het akkoord van het huishouden (Ctrl+Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;oelen en acties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw &amp;doel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een doel met de eerste acties toevoegen (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe ac&amp;tie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een actie toevoegen bij het gekozen doel (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wijzigen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gekozen doel of de gekozen actie wijzigen (Enter of F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het gekozen doel of de gekozen actie verwijderen (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doel / actie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor / wie</source>
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
        <source>section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluaties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe evaluatie…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een evaluatie van het plan vastleggen (Ctrl+Shift+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ve&amp;rsies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vergelijk versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;met versie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijziging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Besl&amp;uiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuw besluit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een besluit vastleggen met de afweging hart, wet en euro</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <source>Hele huishouden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(geen gezinslid meer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaat: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huishouden en netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nog niets afgesproken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 doel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} doelen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(verlopen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De deadline is voorbij en de actie loopt nog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bij doel: {goal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De deadline is verlopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgerond op {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resultaat (SMART)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huishouden en netwerk: {own} · professionals: {pro}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonForm</name>
    <message>
        <source>&amp;Gezinslid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterHouseholdDialog</name>
    <message>
        <source>Nog niet gevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ja — Meldcode stap 1 starten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuw huishouden registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— kies de bron —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huisnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toevoeging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinslid toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bron van de aanmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum van de aanmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden van de aanmelding of hulpvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is er zorg over de veiligheid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toelichting op de veiligheid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorkeur van het huishouden voor de regie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valt onder de wet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mogelijk al geregistreerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U kunt in geen enkel team huishoudens registreren.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — {n} huishoudens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (uzelf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode nog niet bekend: vul straat en plaats in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straat en plaats ingevuld uit eerdere registraties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaats ingevuld; vul de straat in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mogelijk is dit huishouden al geregistreerd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zelfde BSN ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zelfde BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open huishouden op dit adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({case}, {status}), {address} — {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({case}) openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bekend bij {team} (dossier {case}) — {why}; u kunt het niet openen, neem contact op met dat team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toch registreren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bestaand huishouden openen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet geregistreerd: mogelijk bestaat dit huishouden al (zie de melding bij het adres). Open het bestaande huishouden, of registreer toch een nieuw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterHouseholdForm</name>
    <message>
        <source>Adres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1234 AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Huisnummer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toe&amp;voeging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Straat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;laats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;emeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wijk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optioneel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinsleden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voornamen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tussenv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leeftijd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ &amp;Gezinslid toevoegen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog een gezinslid (Ctrl++); Ctrl+Delete haalt de regel met de cursor weg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl++ voegt een regel toe, Ctrl+Delete haalt de regel met de cursor weg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aanmelding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datu&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;den / hulpvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waarom meldt het huishouden zich, of wie maakt zich zorgen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Zorg over de veiligheid?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toel&amp;ichting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welke signalen? (nodig bij zorg: start Meldcode stap 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team en regie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor&amp;keur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wens van het huishouden (optioneel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valt o&amp;nder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>&amp;Heropenen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreField</name>
    <message>
        <source>kies {low}–{high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geen score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialogs</name>
    <message>
        <source>Gezinslid vertrekt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wie hoort niet meer bij het huishouden, en sinds wanneer? Het blijft zichtbaar in het journaal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huishouden afsluiten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sluit {name} af. De regie eindigt en de bewaartermijn gaat lopen; heropenen kan later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huishouden heropenen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heropen {name}: het huishouden wordt weer actief, met een regisseur.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZrmSection</name>
    <message>
        <source>Domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verschil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Betekenis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laatste meting {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meting {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grafiek: intake en laatste meting per domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voor wie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe meting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores per domein: intake, laatste en verschil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nog niet gemeten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nog geen meting met {name} voor {who}. Nieuwe meting: Ctrl+M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eén meting ({date}); na de volgende staat hier de vergelijking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake {a} · laatste meting {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nieuwe meting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een meting invoeren: per domein een cijfer, Tab naar het volgende, Enter slaat op (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instrument:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake en laatste meting per domein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_MemberDialog</name>
    <message>
        <source>Voornamen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achternaam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geboortedatum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} jaar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ReasonDialog</name>
    <message>
        <source>Verhuisd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zelfstandig gaan wonen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uit huis geplaatst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relatie beëindigd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overleden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doelen behaald; het huishouden redt zich zelf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nazorg afgerond zonder nieuwe vragen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overgedragen aan een andere organisatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verhuisd buiten de gemeente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Het huishouden wil geen ondersteuning meer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nieuwe hulpvraag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terugval na afsluiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten onrechte afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kies of typ een reden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gezinslid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>De database is beschadigd of buiten h4casus om gewijzigd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Een bestand kan niet worden gelezen of geschreven ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Er ging onverwacht iets mis ({kind}); er is niets half opgeslagen. Meld dit bij de functioneel beheerder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Aanbieder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangemeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aangevraagd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgerond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afgewezen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afsluiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beheerder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casusoverleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deels behaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doorgevoerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geaccepteerd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geen melding, geen hulp nodig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geregeld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestopt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huisarts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huisbezoek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hulp organiseren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informeel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veilig Thuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeugdgezondheidszorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jeugdwet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journaal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouder/verzorger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lopend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Melden en hulp organiseren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N.v.t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nazorg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netwerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Niet behaald</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alle, ook afgesloten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overleg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participatiewet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plaatsvervanger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Politie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regisseur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teamleider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telefonisch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vastgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veilig thuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vervallen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voltooid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voorgesteld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wijkteam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wmo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woningcorporatie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zelfmelder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
