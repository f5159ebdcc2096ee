<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>I&amp;nitiatives</source>
        <translation>I&amp;nitiatieven</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation>Mensen &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Export people…</source>
        <translation>Mensen &amp;exporteren…</translation>
    </message>
    <message>
        <source>Export a&amp;genda (.ics)…</source>
        <translation>A&amp;genda exporteren (.ics)…</translation>
    </message>
    <message>
        <source>Export ini&amp;tiatives…</source>
        <translation>Ini&amp;tiatieven exporteren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Find &amp;duplicates</source>
        <translation>&amp;Dubbelen zoeken</translation>
    </message>
    <message>
        <source>Open sign-up &amp;desk…</source>
        <translation>&amp;Aanmeldbalie openen…</translation>
    </message>
    <message>
        <source>Coordinator &amp;PIN…</source>
        <translation>&amp;Pincode coördinator…</translation>
    </message>
    <message>
        <source>&amp;Locations and rooms…</source>
        <translation>&amp;Locaties en ruimtes…</translation>
    </message>
    <message>
        <source>&amp;Stages and checklists…</source>
        <translation>&amp;Fasen en checklists…</translation>
    </message>
    <message>
        <source>&amp;Time in each stage…</source>
        <translation>&amp;Tijd per fase…</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Groter</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>&amp;Kleiner</translation>
    </message>
    <message>
        <source>&amp;About buurtdesk</source>
        <translation>&amp;Over buurtdesk</translation>
    </message>
</context>
<context>
    <name>ActivitiesSection</name>
    <message>
        <source>Activities</source>
        <translation>Activiteiten</translation>
    </message>
    <message>
        <source>No activities yet. Link an activity to this initiative in the Agenda (field Initiative).</source>
        <translation>Nog geen activiteiten. Koppel een activiteit aan dit initiatief in de Agenda (veld Initiatief).</translation>
    </message>
    <message>
        <source>Activities of this initiative</source>
        <translation>Activiteiten van dit initiatief</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>Choose an activity in the agenda to see its details.</source>
        <translation>Kies een activiteit in de agenda om de gegevens te zien.</translation>
    </message>
    <message>
        <source>Or plan a new activity.</source>
        <translation>Of plan een nieuwe activiteit.</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <source>Cancel this date</source>
        <translation>Deze datum afgelasten</translation>
    </message>
    <message>
        <source>Restore this date</source>
        <translation>Deze datum gaat toch door</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <source>the new activity</source>
        <translation>de nieuwe activiteit</translation>
    </message>
    <message>
        <source>Activity {number}</source>
        <translation>Activiteit {number}</translation>
    </message>
    <message>
        <source>Fill in at least the title, date and times.</source>
        <translation>Vul ten minste de titel, de datum en de tijden in.</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Geen wijzigingen om op te slaan.</translation>
    </message>
    <message>
        <source>This activity repeats. Which dates should change?</source>
        <translation>Deze activiteit herhaalt zich. Welke datums wilt u wijzigen?</translation>
    </message>
    <message>
        <source>Only this date</source>
        <translation>Alleen deze datum</translation>
    </message>
    <message>
        <source>This and all following</source>
        <translation>Deze en alle volgende</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Alle datums</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Toch opslaan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gelezen</translation>
    </message>
    <message>
        <source>Date cancelled.</source>
        <translation>Datum afgelast.</translation>
    </message>
    <message>
        <source>Date restored.</source>
        <translation>Datum gaat toch door.</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>Toch laten doorgaan</translation>
    </message>
    <message>
        <source>Delete {name} with all its dates?</source>
        <translation>{name} met alle datums verwijderen?</translation>
    </message>
    <message>
        <source>Its sign-ups and shifts go with it. This cannot be undone.</source>
        <translation>De aanmeldingen en diensten verdwijnen ook. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Geen ruimte</translation>
    </message>
    <message>
        <source>Activity details</source>
        <translation>Gegevens van de activiteit</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Koffieochtend</source>
        <translation>bijv. Koffieochtend</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Begintijd</translation>
    </message>
    <message>
        <source>10:00</source>
        <translation>10:00</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Eindtijd</translation>
    </message>
    <message>
        <source>12:00</source>
        <translation>12:00</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Aantal plaatsen</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>onbeperkt</translation>
    </message>
    <message>
        <source>Sign-up required</source>
        <translation>Aanmelden verplicht</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organisatoren</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>Linked initiative</source>
        <translation>Gekoppeld initiatief</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>afgelast</translation>
    </message>
    <message>
        <source>held</source>
        <translation>gehouden</translation>
    </message>
    <message>
        <source>+{count} more</source>
        <translation>+{count} meer</translation>
    </message>
    <message>
        <source>double booked</source>
        <translation>dubbel geboekt</translation>
    </message>
</context>
<context>
    <name>AgendaDates</name>
    <message>
        <source>week {number} · {first} – {last}</source>
        <translation>week {number} · {first} – {last}</translation>
    </message>
</context>
<context>
    <name>AgendaFiles</name>
    <message>
        <source>Export agenda</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <source>1 activity exported to {path}</source>
        <translation>1 activiteit geëxporteerd naar {path}</translation>
    </message>
    <message>
        <source>{count} activities exported to {path}</source>
        <translation>{count} activiteiten geëxporteerd naar {path}</translation>
    </message>
</context>
<context>
    <name>AgendaList</name>
    <message>
        <source>Open in the agenda</source>
        <translation>Openen in de agenda</translation>
    </message>
    <message>
        <source>… and {count} more in the agenda.</source>
        <translation>… en nog {count} in de agenda.</translation>
    </message>
</context>
<context>
    <name>AgendaToolbar</name>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Show as {view}</source>
        <translation>Tonen als {view}</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Getoonde periode</translation>
    </message>
    <message>
        <source>Locations and rooms…</source>
        <translation>Locaties en ruimtes…</translation>
    </message>
    <message>
        <source>Open sign-up desk…</source>
        <translation>Aanmeldbalie openen…</translation>
    </message>
    <message>
        <source>The chosen activity on a full screen at the door, for volunteers</source>
        <translation>De gekozen activiteit schermvullend bij de deur, voor vrijwilligers</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Alle ruimtes</translation>
    </message>
    <message>
        <source>Search activities</source>
        <translation>Activiteiten zoeken</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nieuwe activiteit</translation>
    </message>
    <message>
        <source>New activity ({shortcut})</source>
        <translation>Nieuwe activiteit ({shortcut})</translation>
    </message>
</context>
<context>
    <name>AgendaViews</name>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Week by room</source>
        <translation>Week per ruimte</translation>
    </message>
    <message>
        <source>Coming dates</source>
        <translation>Komende datums</translation>
    </message>
</context>
<context>
    <name>AreaFilter</name>
    <message>
        <source>Area</source>
        <translation>Wijk of buurt</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle wijken en buurten</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>No initiatives here.</source>
        <translation>Hier staan geen initiatieven.</translation>
    </message>
    <message>
        <source>A closed stage: the initiative has ended</source>
        <translation>Een afgesloten fase: het initiatief is afgelopen</translation>
    </message>
    <message>
        <source>Show the cards</source>
        <translation>Kaarten tonen</translation>
    </message>
    <message>
        <source>Fold this stage</source>
        <translation>Deze fase inklappen</translation>
    </message>
    <message>
        <source>{stage}: {count} initiatives</source>
        <translation>{stage}: {count} initiatieven</translation>
    </message>
</context>
<context>
    <name>BoardToolbar</name>
    <message>
        <source>Search title, initiator, theme, area or step</source>
        <translation>Zoek op titel, initiatiefnemer, thema, buurt of stap</translation>
    </message>
    <message>
        <source>Search initiatives</source>
        <translation>Initiatieven zoeken</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nieuw initiatief</translation>
    </message>
    <message>
        <source>New initiative ({shortcut})</source>
        <translation>Nieuw initiatief ({shortcut})</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Verplaatsen naar…</translation>
    </message>
    <message>
        <source>Move the chosen initiative to another stage (Ctrl+Right / Ctrl+Left)</source>
        <translation>Het gekozen initiatief naar een andere fase verplaatsen (Ctrl+pijl rechts / Ctrl+pijl links)</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Wijk of buurt</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Initiator…</source>
        <translation>Initiatiefnemer…</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Initiatiefnemer</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle thema&apos;s</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Alle wijken en buurten</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle fasen</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>Point</source>
        <translation>Punt</translation>
    </message>
    <message>
        <source>ticked on {date}</source>
        <translation>afgevinkt op {date}</translation>
    </message>
    <message>
        <source>opened again on {date}</source>
        <translation>weer opengezet op {date}</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Points to tick off before an initiative moves on from this stage.</source>
        <translation>Punten om af te vinken voordat een initiatief naar de volgende fase gaat.</translation>
    </message>
    <message>
        <source>No points yet. Type the first one below, for example “Three initiators from different households”.</source>
        <translation>Nog geen punten. Typ hieronder het eerste punt, bijvoorbeeld “Drie initiatiefnemers uit verschillende huishoudens”.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Change the text of the point (F2)</source>
        <translation>De tekst van het punt wijzigen (F2)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>One place up ({keys})</source>
        <translation>Eén plek omhoog ({keys})</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>One place down ({keys})</source>
        <translation>Eén plek omlaag ({keys})</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Delete the point (Delete)</source>
        <translation>Het punt verwijderen (Delete)</translation>
    </message>
    <message>
        <source>A new point for the checklist</source>
        <translation>Een nieuw punt voor de checklist</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>Punt toevoegen</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Checklist for {stage}</source>
        <translation>Checklist voor {stage}</translation>
    </message>
    <message>
        <source>Point added to the checklist of {stage}.</source>
        <translation>Punt toegevoegd aan de checklist van {stage}.</translation>
    </message>
    <message>
        <source>Checklist point changed.</source>
        <translation>Punt van de checklist gewijzigd.</translation>
    </message>
    <message>
        <source>Checklist point moved.</source>
        <translation>Punt van de checklist verplaatst.</translation>
    </message>
    <message>
        <source>Delete the point “{text}”?</source>
        <translation>Het punt “{text}” verwijderen?</translation>
    </message>
    <message>
        <source>The ticks initiatives gave this point go with it.</source>
        <translation>De vinkjes die initiatieven bij dit punt hebben gezet, gaan mee weg.</translation>
    </message>
    <message>
        <source>Checklist point deleted.</source>
        <translation>Punt van de checklist verwijderd.</translation>
    </message>
</context>
<context>
    <name>ChecklistSection</name>
    <message>
        <source>Checklist of this stage</source>
        <translation>Checklist van deze fase</translation>
    </message>
    <message>
        <source>This stage has no checklist. The coordinator can set one up for each stage, to match the local rules.</source>
        <translation>Deze fase heeft geen checklist. De coördinator kan voor elke fase een checklist maken die past bij de regels hier.</translation>
    </message>
    <message>
        <source>Stage {stage}: {done} of {count} done</source>
        <translation>Fase {stage}: {done} van {count} afgerond</translation>
    </message>
</context>
<context>
    <name>ChooseDoorDialog</name>
    <message>
        <source>Open the sign-in desk</source>
        <translation>Aanmeldbalie openen</translation>
    </message>
    <message>
        <source>There is nothing in the agenda for today.</source>
        <translation>Vandaag staat er niets in de agenda.</translation>
    </message>
    <message>
        <source>Open the sign-in desk for:</source>
        <translation>Aanmeldbalie openen voor:</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Open sign-in desk</source>
        <translation>Aanmeldbalie openen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>on {when}</source>
        <translation>op {when}</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Links</source>
        <translation>Koppelingen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>bewoner</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>vrijwilliger</translation>
    </message>
    <message>
        <source>initiator</source>
        <translation>initiatiefnemer</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Postcode en plaats</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Verschilt</translation>
    </message>
    <message>
        <source>{field}, differs</source>
        <translation>{field}, verschilt</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
    <message>
        <source>{name} (stays)</source>
        <translation>{name} (blijft)</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>You are in. Enjoy!</source>
        <translation>U bent binnen. Veel plezier!</translation>
    </message>
</context>
<context>
    <name>Consents</name>
    <message>
        <source>may be contacted</source>
        <translation>contact opnemen mag</translation>
    </message>
    <message>
        <source>Consent: may be contacted</source>
        <translation>Toestemming: contact opnemen mag</translation>
    </message>
    <message>
        <source>photos and video</source>
        <translation>beeldmateriaal</translation>
    </message>
    <message>
        <source>Consent: photos and video</source>
        <translation>Toestemming: beeldmateriaal</translation>
    </message>
</context>
<context>
    <name>ContactChannels</name>
    <message>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>ContactHistory</name>
    <message>
        <source>Contact moments, newest first</source>
        <translation>Contactmomenten, nieuwste eerst</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>No contact moments yet. Write down a talk, a call or a home visit, and what has to happen next.</source>
        <translation>Nog geen contactmomenten. Schrijf een gesprek, telefoontje of huisbezoek op, en wat er daarna moet gebeuren.</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Weer openzetten</translation>
    </message>
    <message>
        <source>The follow-up is not done after all</source>
        <translation>De vervolgactie is toch nog niet gedaan</translation>
    </message>
    <message>
        <source>Tick the follow-up off</source>
        <translation>De vervolgactie afvinken</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add a contact moment</source>
        <translation>Een contactmoment toevoegen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Change the contact moment (Enter)</source>
        <translation>Het contactmoment wijzigen (Enter)</translation>
    </message>
    <message>
        <source>Delete the contact moment… (Del)</source>
        <translation>Het contactmoment verwijderen… (Del)</translation>
    </message>
    <message>
        <source>Follow-up marked as done.</source>
        <translation>Vervolgactie afgerond.</translation>
    </message>
    <message>
        <source>Follow-up open again.</source>
        <translation>Vervolgactie staat weer open.</translation>
    </message>
    <message>
        <source>Delete the contact moment of {date} ({channel})?</source>
        <translation>Het contactmoment van {date} ({channel}) verwijderen?</translation>
    </message>
    <message>
        <source>Its report and its follow-up go with it. This cannot be undone.</source>
        <translation>Het verslag en de vervolgactie verdwijnen ook. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>Its report goes with it. This cannot be undone.</source>
        <translation>Het verslag verdwijnt ook. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>Contact moment deleted.</source>
        <translation>Contactmoment verwijderd.</translation>
    </message>
</context>
<context>
    <name>ContactMomentForm</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>What was talked about, what was agreed</source>
        <translation>Waar ging het over, wat is afgesproken</translation>
    </message>
    <message>
        <source>Add a person: type a name…</source>
        <translation>Persoon toevoegen: typ een naam…</translation>
    </message>
    <message>
        <source>Add a person to this contact moment</source>
        <translation>Een persoon aan dit contactmoment toevoegen</translation>
    </message>
    <message>
        <source>Add an organisation: type its name…</source>
        <translation>Organisatie toevoegen: typ de naam…</translation>
    </message>
    <message>
        <source>Add an organisation to this contact moment</source>
        <translation>Een organisatie aan dit contactmoment toevoegen</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <source>What still has to happen? Empty if nothing</source>
        <translation>Wat moet er nog gebeuren? Leeg als er niets is</translation>
    </message>
    <message>
        <source>set a date</source>
        <translation>datum invullen</translation>
    </message>
    <message>
        <source>Give the follow-up a date</source>
        <translation>De vervolgactie een datum geven</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Datum van de vervolgactie</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Save contact moment</source>
        <translation>Contactmoment opslaan</translation>
    </message>
    <message>
        <source>Save the contact moment (Enter)</source>
        <translation>Het contactmoment opslaan (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Back to the list without saving (Esc)</source>
        <translation>Terug naar de lijst zonder op te slaan (Esc)</translation>
    </message>
    <message>
        <source>New contact moment</source>
        <translation>Nieuw contactmoment</translation>
    </message>
    <message>
        <source>Change contact moment</source>
        <translation>Contactmoment wijzigen</translation>
    </message>
    <message>
        <source>Part of the initiative “{title}”.</source>
        <translation>Hoort bij het initiatief „{title}”.</translation>
    </message>
</context>
<context>
    <name>ContactMomentsModel</name>
    <message>
        <source>Contact moment</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>met {names}</translation>
    </message>
    <message>
        <source>Follow-up: {what} — {when}</source>
        <translation>Vervolgactie: {what} — {when}</translation>
    </message>
    <message>
        <source>(no report)</source>
        <translation>(geen verslag)</translation>
    </message>
</context>
<context>
    <name>ContactMomentsPanel</name>
    <message>
        <source>The contact moment for {name} is not saved yet; it is kept and comes back when you open {name} again.</source>
        <translation>Het contactmoment voor {name} is nog niet opgeslagen; het blijft bewaard en komt terug als u {name} weer opent.</translation>
    </message>
</context>
<context>
    <name>CountsStrip</name>
    <message>
        <source>Expected</source>
        <translation>Verwacht</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
    <message>
        <source>Choose in the calendar</source>
        <translation>Kies in de kalender</translation>
    </message>
</context>
<context>
    <name>DoorListModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <source>present</source>
        <translation>aanwezig</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>niet aanwezig</translation>
    </message>
</context>
<context>
    <name>DoorSection</name>
    <message>
        <source>Sign up</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Sign up someone from the network</source>
        <translation>Iemand uit het netwerk aanmelden</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>Inloper toevoegen</translation>
    </message>
    <message>
        <source>Add someone who is not in the network yet</source>
        <translation>Iemand toevoegen die nog niet in het netwerk staat</translation>
    </message>
    <message>
        <source>Cancel sign-up</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Cancel the selected sign-up (Del)</source>
        <translation>De gekozen persoon afmelden (Del)</translation>
    </message>
    <message>
        <source>Search by name or phone number (Ctrl+F)</source>
        <translation>Naam of telefoon (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the door list</source>
        <translation>Zoeken in de presentielijst</translation>
    </message>
    <message>
        <source>Nobody matches “{text}”.</source>
        <translation>Niemand gevonden bij “{text}”.</translation>
    </message>
    <message>
        <source>Nobody has signed up yet. Sign up someone from the network, or add a walk-in at the door.</source>
        <translation>Nog niemand aangemeld. Meld iemand uit het netwerk aan, of voeg een inloper toe aan de deur.</translation>
    </message>
    <message>
        <source>Cancel the sign-up of {name}?</source>
        <translation>{name} afmelden?</translation>
    </message>
    <message>
        <source>Yes, cancel sign-up</source>
        <translation>Ja, afmelden</translation>
    </message>
    <message>
        <source>{name} will not come to this date?</source>
        <translation>Komt {name} deze keer niet?</translation>
    </message>
    <message>
        <source>Yes, not this time</source>
        <translation>Ja, deze keer niet</translation>
    </message>
    <message>
        <source>Call {name} ({phone}): they moved from the waiting list to signed up.</source>
        <translation>Bel {name} ({phone}): staat niet meer op de wachtlijst, maar is nu aangemeld.</translation>
    </message>
    <message>
        <source>E-mail {name} ({email}): they moved from the waiting list to signed up.</source>
        <translation>Mail {name} ({email}): staat niet meer op de wachtlijst, maar is nu aangemeld.</translation>
    </message>
    <message>
        <source>{name} moved from the waiting list to signed up. No phone number or e-mail address is known: let them know another way.</source>
        <translation>{name} staat niet meer op de wachtlijst, maar is nu aangemeld. Er is geen telefoonnummer of e-mailadres bekend: laat het op een andere manier weten.</translation>
    </message>
</context>
<context>
    <name>DoorTable</name>
    <message>
        <source>Door list</source>
        <translation>Presentielijst</translation>
    </message>
    <message>
        <source>Space: check the selected person in or out</source>
        <translation>Spatie: de gekozen persoon binnenmelden, of dat terugdraaien</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>Compare…</source>
        <translation>Vergelijken…</translation>
    </message>
    <message>
        <source>Looks like: {name} ({reasons})</source>
        <translation>Lijkt op: {name} ({reasons})</translation>
    </message>
    <message>
        <source>and 1 other</source>
        <translation>en nog 1 ander</translation>
    </message>
    <message>
        <source>and {count} others</source>
        <translation>en nog {count} anderen</translation>
    </message>
    <message>
        <source>Compare with {name} and merge</source>
        <translation>Vergelijken met {name} en samenvoegen</translation>
    </message>
</context>
<context>
    <name>DuplicatePairsModel</name>
    <message>
        <source>Match</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Likely the same person</source>
        <translation>Waarschijnlijk dezelfde persoon</translation>
    </message>
    <message>
        <source>{score}%</source>
        <translation>{score}%</translation>
    </message>
</context>
<context>
    <name>DuplicatesView</name>
    <message>
        <source>Likely duplicates</source>
        <translation>Mogelijke dubbelen</translation>
    </message>
    <message>
        <source>Search again</source>
        <translation>Opnieuw zoeken</translation>
    </message>
    <message>
        <source>Look through the whole network again</source>
        <translation>Het hele netwerk opnieuw doorzoeken</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Terug naar de lijst</translation>
    </message>
    <message>
        <source>Back to the people list (Esc)</source>
        <translation>Terug naar de lijst met mensen (Esc)</translation>
    </message>
    <message>
        <source>A pair you mark as “Not a duplicate” stays hidden until you open buurtdesk again.</source>
        <translation>Een paar dat u ‘Geen dubbel’ noemt, blijft verborgen tot u buurtdesk opnieuw opent.</translation>
    </message>
    <message>
        <source>Likely duplicate pairs</source>
        <translation>Mogelijke dubbele paren</translation>
    </message>
    <message>
        <source>Comparing everyone in the network…</source>
        <translation>Iedereen in het netwerk wordt vergeleken…</translation>
    </message>
    <message>
        <source>{percent}% done</source>
        <translation>{percent}% klaar</translation>
    </message>
    <message>
        <source>Maybe the same as {name}</source>
        <translation>Misschien dezelfde als {name}</translation>
    </message>
    <message>
        <source>The search did not work.</source>
        <translation>Het zoeken is niet gelukt.</translation>
    </message>
    <message>
        <source>Search cancelled.</source>
        <translation>Zoeken geannuleerd.</translation>
    </message>
    <message>
        <source>1 pair</source>
        <translation>1 paar</translation>
    </message>
    <message>
        <source>{count} pairs</source>
        <translation>{count} paren</translation>
    </message>
    <message>
        <source>No likely duplicates.</source>
        <translation>Geen mogelijke dubbelen.</translation>
    </message>
    <message>
        <source>Nobody in the network looks like someone else.</source>
        <translation>Niemand in het netwerk lijkt op iemand anders.</translation>
    </message>
    <message>
        <source>Hidden until buurtdesk is opened again.</source>
        <translation>Verborgen tot buurtdesk opnieuw wordt geopend.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Import people</source>
        <translation>Mensen importeren</translation>
    </message>
    <message>
        <source>People lists (*.csv *.xlsx *.txt)</source>
        <translation>Lijsten met mensen (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>CSV (*.csv *.txt)</source>
        <translation>CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV voor Excel (*.csv)</translation>
    </message>
    <message>
        <source>vCard for phones and e-mail programs (*.vcf)</source>
        <translation>vCard voor telefoons en e-mailprogramma&apos;s (*.vcf)</translation>
    </message>
    <message>
        <source>people-{date}</source>
        <translation>mensen-{date}</translation>
    </message>
    <message>
        <source>Export people</source>
        <translation>Mensen exporteren</translation>
    </message>
    <message>
        <source>initiatives-{date}</source>
        <translation>initiatieven-{date}</translation>
    </message>
    <message>
        <source>Export initiatives</source>
        <translation>Initiatieven exporteren</translation>
    </message>
    <message>
        <source>agenda-{date}.ics</source>
        <translation>agenda-{date}.ics</translation>
    </message>
    <message>
        <source>Export agenda</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <source>Calendar for Outlook, Google and Apple (*.ics)</source>
        <translation>Agenda voor Outlook, Google en Apple (*.ics)</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>Problemen opslaan</translation>
    </message>
</context>
<context>
    <name>FollowUpList</name>
    <message>
        <source>No open follow-ups.</source>
        <translation>Geen open vervolgacties.</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… en nog {count}.</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>te laat, sinds {date}</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Over:</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>{name} openen</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>en nog {count}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Mark this follow-up as done</source>
        <translation>Deze vervolgactie is gedaan</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Vervolgactie</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Contact moment</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Follow-ups</source>
        <translation>Vervolgacties</translation>
    </message>
    <message>
        <source>Only overdue</source>
        <translation>Alleen te laat</translation>
    </message>
    <message>
        <source>Show only the follow-ups whose date has passed</source>
        <translation>Alleen de vervolgacties waarvan de datum voorbij is</translation>
    </message>
    <message>
        <source>Open follow-ups, overdue first</source>
        <translation>Open vervolgacties, te late eerst</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Tick this follow-up off (Space)</source>
        <translation>Deze vervolgactie afvinken (spatie)</translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation>Niets om op te volgen.</translation>
    </message>
    <message>
        <source>{open} open, {overdue} of them overdue.</source>
        <translation>{open} open, waarvan {overdue} te laat.</translation>
    </message>
    <message>
        <source>{open} open.</source>
        <translation>{open} open.</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Niets te laat.</translation>
    </message>
    <message>
        <source>Every follow-up is still on time.</source>
        <translation>Alle vervolgacties zijn nog op tijd.</translation>
    </message>
    <message>
        <source>A follow-up is written with a contact moment, in the panel of a person or an organisation.</source>
        <translation>Een vervolgactie schrijft u bij een contactmoment, in het paneel van een persoon of een organisatie.</translation>
    </message>
    <message>
        <source>When: {when}</source>
        <translation>Wanneer: {when}</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Weer openzetten</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Over:</translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>{name} openen</translation>
    </message>
    <message>
        <source>Follow-up marked as done. Untick it to undo.</source>
        <translation>Vervolgactie afgerond. Vink haar uit om dat terug te draaien.</translation>
    </message>
    <message>
        <source>Follow-up open again.</source>
        <translation>Vervolgactie staat weer open.</translation>
    </message>
</context>
<context>
    <name>HoursModel</name>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>Shifts</source>
        <translation>Diensten</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
</context>
<context>
    <name>HoursSection</name>
    <message>
        <source>Hours from</source>
        <translation>Uren vanaf</translation>
    </message>
    <message>
        <source>Hours until</source>
        <translation>Uren tot en met</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Show the hours of this month</source>
        <translation>De uren van deze maand tonen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>until</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>Hours per volunteer</source>
        <translation>Uren per vrijwilliger</translation>
    </message>
    <message>
        <source>The end date is before the start date. Choose an end date after {day}.</source>
        <translation>De einddatum ligt voor de begindatum. Kies een einddatum na {day}.</translation>
    </message>
    <message>
        <source>Together {hours} hours by {people} volunteers</source>
        <translation>Samen {hours} uur door {people} vrijwilligers</translation>
    </message>
    <message>
        <source>No shifts in this period.</source>
        <translation>Geen diensten in deze periode.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import people</source>
        <translation>Mensen importeren</translation>
    </message>
    <message>
        <source>Save the problems…</source>
        <translation>Problemen opslaan…</translation>
    </message>
    <message>
        <source>Save the list of problems as a CSV file, to fix the rows in Excel</source>
        <translation>De lijst met problemen opslaan als CSV-bestand, om de rijen in Excel te verbeteren</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Ander bestand kiezen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close without importing (Esc)</source>
        <translation>Sluiten zonder te importeren (Esc)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Reading and checking {name}…</source>
        <translation>{name} lezen en controleren…</translation>
    </message>
    <message>
        <source>{count} rows read</source>
        <translation>{count} rijen gelezen</translation>
    </message>
    <message>
        <source>There is nobody new in this file, so there is nothing to import.</source>
        <translation>Er staat niemand nieuw in dit bestand, dus er is niets te importeren.</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Dit bestand kan niet worden geïmporteerd</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>{name} importeren…</translation>
    </message>
    <message>
        <source>{done} of {total} rows</source>
        <translation>{done} van {total} rijen</translation>
    </message>
    <message>
        <source>Fix the rows with problems in the file and import it again: the people added now are recognised then, and not added twice.</source>
        <translation>Verbeter de rijen met problemen in het bestand en importeer het opnieuw: wie nu is toegevoegd, wordt dan herkend en niet dubbel opgenomen.</translation>
    </message>
    <message>
        <source>The import did not work; nothing has been saved</source>
        <translation>Het importeren is niet gelukt; er is niets opgeslagen</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importeren geannuleerd</translation>
    </message>
    <message>
        <source>Nothing has been saved.</source>
        <translation>Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>{name}-problems.csv</source>
        <translation>{name}-problemen.csv</translation>
    </message>
    <message>
        <source>Save the problems</source>
        <translation>Problemen opslaan</translation>
    </message>
    <message>
        <source>Problems saved in {path}</source>
        <translation>Problemen opgeslagen in {path}</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>nobody added</source>
        <translation>niemand toegevoegd</translation>
    </message>
    <message>
        <source>1 person added</source>
        <translation>1 persoon toegevoegd</translation>
    </message>
    <message>
        <source>{count} people added</source>
        <translation>{count} mensen toegevoegd</translation>
    </message>
    <message>
        <source>{count} already known</source>
        <translation>{count} al bekend</translation>
    </message>
    <message>
        <source>1 row not read</source>
        <translation>1 rij niet ingelezen</translation>
    </message>
    <message>
        <source>{count} rows not read</source>
        <translation>{count} rijen niet ingelezen</translation>
    </message>
    <message>
        <source>nobody new</source>
        <translation>niemand nieuw</translation>
    </message>
    <message>
        <source>1 new person</source>
        <translation>1 nieuwe persoon</translation>
    </message>
    <message>
        <source>{count} new people</source>
        <translation>{count} nieuwe mensen</translation>
    </message>
    <message>
        <source>1 row with problems</source>
        <translation>1 rij met problemen</translation>
    </message>
    <message>
        <source>{count} rows with problems</source>
        <translation>{count} rijen met problemen</translation>
    </message>
    <message>
        <source>encoding {encoding}</source>
        <translation>tekenset {encoding}</translation>
    </message>
    <message>
        <source>separator {separator}</source>
        <translation>scheidingsteken {separator}</translation>
    </message>
    <message>
        <source>column names on row {row}</source>
        <translation>kolomnamen op rij {row}</translation>
    </message>
    <message>
        <source>{name}, already on row {row} of this file</source>
        <translation>{name}, staat al op rij {row} van dit bestand</translation>
    </message>
</context>
<context>
    <name>InitiativeActivities</name>
    <message>
        <source>no next date planned</source>
        <translation>geen volgende datum gepland</translation>
    </message>
    <message>
        <source>next: {date}</source>
        <translation>volgende: {date}</translation>
    </message>
    <message>
        <source>not held yet</source>
        <translation>nog niet gehouden</translation>
    </message>
    <message>
        <source>held once</source>
        <translation>1 keer gehouden</translation>
    </message>
    <message>
        <source>held {count} times</source>
        <translation>{count} keer gehouden</translation>
    </message>
    <message>
        <source>{count} present</source>
        <translation>{count} aanwezig</translation>
    </message>
    <message>
        <source>{title} — {rule} · {next} · {held}, {present}</source>
        <translation>{title} — {rule} · {next} · {held}, {present}</translation>
    </message>
    <message>
        <source>Open in the Agenda</source>
        <translation>Openen in de Agenda</translation>
    </message>
</context>
<context>
    <name>InitiativeCard</name>
    <message>
        <source>In this stage since today</source>
        <translation>Sinds vandaag in deze fase</translation>
    </message>
    <message>
        <source>1 day in this stage</source>
        <translation>1 dag in deze fase</translation>
    </message>
    <message>
        <source>{count} days in this stage</source>
        <translation>{count} dagen in deze fase</translation>
    </message>
    <message>
        <source>Needs: {needs}</source>
        <translation>Behoeften: {needs}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>No next step yet</source>
        <translation>Nog geen volgende stap</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Vastgelopen</translation>
    </message>
</context>
<context>
    <name>InitiativeContactForm</name>
    <message>
        <source>Save moment</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>New contact moment</source>
        <translation>Nieuw contactmoment</translation>
    </message>
</context>
<context>
    <name>InitiativeFiles</name>
    <message>
        <source>1 initiative exported to {path} and {history}</source>
        <translation>1 initiatief geëxporteerd naar {path} en {history}</translation>
    </message>
    <message>
        <source>{count} initiatives exported to {path} and {history}</source>
        <translation>{count} initiatieven geëxporteerd naar {path} en {history}</translation>
    </message>
    <message>
        <source>1 initiative exported to {path}</source>
        <translation>1 initiatief geëxporteerd naar {path}</translation>
    </message>
    <message>
        <source>{count} initiatives exported to {path}</source>
        <translation>{count} initiatieven geëxporteerd naar {path}</translation>
    </message>
    <message>
        <source>Export initiatives</source>
        <translation>Initiatieven exporteren</translation>
    </message>
</context>
<context>
    <name>InitiativeForm</name>
    <message>
        <source>Add an initiator: type a name…</source>
        <translation>Initiatiefnemer toevoegen: typ een naam…</translation>
    </message>
    <message>
        <source>Initiators</source>
        <translation>Initiatiefnemers</translation>
    </message>
    <message>
        <source>Add a partner organisation…</source>
        <translation>Partnerorganisatie toevoegen…</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Partnerorganisaties</translation>
    </message>
    <message>
        <source>Next step due date</source>
        <translation>Datum volgende stap</translation>
    </message>
    <message>
        <source>No buurt</source>
        <translation>Geen buurt</translation>
    </message>
    <message>
        <source>e.g. Wijkbudget</source>
        <translation>bijv. Wijkbudget</translation>
    </message>
    <message>
        <source>Nothing granted yet</source>
        <translation>Nog niets toegekend</translation>
    </message>
    <message>
        <source>{amount} more spent than granted</source>
        <translation>{amount} meer uitgegeven dan toegekend</translation>
    </message>
    <message>
        <source>Initiative details</source>
        <translation>Gegevens van het initiatief</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Initiatief</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>e.g. Moestuin achter de flat</source>
        <translation>bijv. Moestuin achter de flat</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>What the residents want to do, and why</source>
        <translation>Wat de bewoners willen doen, en waarom</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thema&apos;s</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Buurt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>e.g. Bel de woningcorporatie over de grond</source>
        <translation>bijv. Bel de woningcorporatie over de grond</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Steun</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gevraagd</translation>
    </message>
    <message>
        <source>€</source>
        <translation>€</translation>
    </message>
    <message>
        <source>Budget asked</source>
        <translation>Gevraagd bedrag</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Toegekend</translation>
    </message>
    <message>
        <source>Budget granted</source>
        <translation>Toegekend bedrag</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Bonnetjes</translation>
    </message>
    <message>
        <source>Receipts received</source>
        <translation>Bonnetjes ontvangen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Over</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verloop</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <source>Stages and how long each took</source>
        <translation>Fasen en hoe lang elke fase duurde</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Aan het eind</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Wat het heeft opgeleverd</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessen</translation>
    </message>
    <message>
        <source>What we would do the same, or differently, next time</source>
        <translation>Wat we de volgende keer hetzelfde of anders zouden doen</translation>
    </message>
</context>
<context>
    <name>InitiativePanel</name>
    <message>
        <source>Choose an initiative on the board to see its details.</source>
        <translation>Kies een initiatief op het bord om de gegevens te zien.</translation>
    </message>
    <message>
        <source>Or add a new initiative.</source>
        <translation>Of voeg een nieuw initiatief toe.</translation>
    </message>
    <message>
        <source>New initiative</source>
        <translation>Nieuw initiatief</translation>
    </message>
    <message>
        <source>Stages and how long each took</source>
        <translation>Fasen en hoe lang elke fase duurde</translation>
    </message>
    <message>
        <source>the contact moment about {title}</source>
        <translation>het contactmoment over {title}</translation>
    </message>
    <message>
        <source>the new initiative</source>
        <translation>het nieuwe initiatief</translation>
    </message>
    <message>
        <source>Stage: {stage} · since {date} ({days})</source>
        <translation>Fase: {stage} · sinds {date} ({days})</translation>
    </message>
    <message>
        <source>Fill in at least the title.</source>
        <translation>Vul ten minste de titel in.</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Geen wijzigingen om op te slaan.</translation>
    </message>
    <message>
        <source>Delete the initiative {name}?</source>
        <translation>Het initiatief {name} verwijderen?</translation>
    </message>
    <message>
        <source>Its needs, checklist answers and stage history go with it. Its contact moments and activities stay, no longer linked to it. This cannot be undone.</source>
        <translation>De behoeften, de checklist en het verloop van de fasen verdwijnen ook. De contactmomenten en activiteiten blijven, maar niet meer gekoppeld aan dit initiatief. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
</context>
<context>
    <name>InitiativeWords</name>
    <message>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <source>A place</source>
        <translation>Een plek</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Permit</source>
        <translation>Vergunning</translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation>Publiciteit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Arranged</source>
        <translation>Geregeld</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} dagen</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <source>No initiatives yet. Add the first one with “New initiative”.</source>
        <translation>Nog geen initiatieven. Voeg het eerste toe met „Nieuw initiatief”.</translation>
    </message>
    <message>
        <source>{count} initiatives</source>
        <translation>{count} initiatieven</translation>
    </message>
    <message>
        <source>{shown} of {count} initiatives shown</source>
        <translation>{shown} van {count} initiatieven getoond</translation>
    </message>
    <message>
        <source>{count} stalled</source>
        <translation>{count} vastgelopen</translation>
    </message>
    <message>
        <source>This is the last stage.</source>
        <translation>Dit is de laatste fase.</translation>
    </message>
    <message>
        <source>This is the first stage.</source>
        <translation>Dit is de eerste fase.</translation>
    </message>
</context>
<context>
    <name>InlineForm</name>
    <message>
        <source>Save (Enter)</source>
        <translation>Opslaan (Enter)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Sluiten zonder op te slaan (Esc)</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <source>Sign-in desk</source>
        <translation>Aanmeldbalie</translation>
    </message>
    <message>
        <source>There is nothing in the agenda today. Choose an activity in the agenda first to open the sign-in desk for its next date.</source>
        <translation>Vandaag staat er niets in de agenda. Kies eerst een activiteit in de agenda om de aanmeldbalie voor de volgende datum te openen.</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Close the sign-in desk (coordinator PIN)</source>
        <translation>De aanmeldbalie sluiten (pincode coördinator)</translation>
    </message>
    <message>
        <source>Expected {expected}  ·  Present {present}  ·  Waiting list {waiting}</source>
        <translation>Verwacht {expected}  ·  Aanwezig {present}  ·  Wachtlijst {waiting}</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Sign-in desk</source>
        <translation>Aanmeldbalie</translation>
    </message>
    <message>
        <source>Sign-in desk — {title}</source>
        <translation>Aanmeldbalie — {title}</translation>
    </message>
    <message>
        <source>This sign-in desk cannot continue: its activity no longer exists. Ask the coordinator to close it.</source>
        <translation>Deze aanmeldbalie kan niet verder: de activiteit bestaat niet meer. Vraag de coördinator om de aanmeldbalie te sluiten.</translation>
    </message>
    <message>
        <source>Find your name</source>
        <translation>Zoek uw naam</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Coordinator PIN</source>
        <translation>Pincode coördinator</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Niet beschikbaar</translation>
    </message>
    <message>
        <source>today, {time}</source>
        <translation>vandaag, {time}</translation>
    </message>
    <message>
        <source>You are in. Enjoy!</source>
        <translation>U bent binnen. Veel plezier!</translation>
    </message>
</context>
<context>
    <name>LinkedNames</name>
    <message>
        <source>Remove {name}</source>
        <translation>{name} weghalen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Parts of buurtdesk</source>
        <translation>Onderdelen van buurtdesk</translation>
    </message>
    <message>
        <source>Text size {percent}%</source>
        <translation>Tekstgrootte {percent}%</translation>
    </message>
    <message>
        <source>About buurtdesk</source>
        <translation>Over buurtdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;buurtdesk {version}&lt;/h3&gt;&lt;p&gt;The offline desk of the neighbourhood coordinator: network, agenda, initiatives, print work and summaries.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;&lt;p&gt;Icons: Lucide (ISC licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;buurtdesk {version}&lt;/h3&gt;&lt;p&gt;Het offline bureau van de buurtcoördinator: netwerk, agenda, initiatieven, drukwerk en overzichten.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;&lt;p&gt;Pictogrammen: Lucide (ISC-licentie).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MatchView</name>
    <message>
        <source>Back to the needs</source>
        <translation>Terug naar de behoeften</translation>
    </message>
    <message>
        <source>Back to the needs (Esc)</source>
        <translation>Terug naar de behoeften (Esc)</translation>
    </message>
    <message>
        <source>Best fit first. Introducing records a conversation with the initiators.</source>
        <translation>Wie het best past, staat bovenaan. Kennismaken legt een gesprek met de initiatiefnemers vast.</translation>
    </message>
    <message>
        <source>Nobody found who fits yet. Add skills and interests to people in the network, and the kind to organisations.</source>
        <translation>Nog niemand gevonden die past. Vul bij mensen in het netwerk vaardigheden en interesses in, en bij organisaties de soort.</translation>
    </message>
    <message>
        <source>Who could help with {need}?</source>
        <translation>Wie kan helpen bij {need}?</translation>
    </message>
    <message>
        <source>Introduction recorded as a contact moment: {name}.</source>
        <translation>Kennismaking vastgelegd als contactmoment: {name}.</translation>
    </message>
</context>
<context>
    <name>MembershipsModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
</context>
<context>
    <name>MembershipsPanel</name>
    <message>
        <source>Memberships of this person</source>
        <translation>Lidmaatschappen van deze persoon</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>for example volunteer, treasurer</source>
        <translation>bijvoorbeeld vrijwilliger, penningmeester</translation>
    </message>
    <message>
        <source>Fill in a start date</source>
        <translation>Een begindatum invullen</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>Fill in an end date</source>
        <translation>Een einddatum invullen</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Not with any organisation yet. Add where this person works, volunteers or is a member.</source>
        <translation>Nog bij geen enkele organisatie. Voeg toe waar deze persoon werkt, vrijwilliger of lid is.</translation>
    </message>
    <message>
        <source>No people at this organisation yet. Add the first member.</source>
        <translation>Nog niemand bij deze organisatie. Voeg het eerste lid toe.</translation>
    </message>
    <message>
        <source>New membership</source>
        <translation>Nieuw lidmaatschap</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Nieuw lid</translation>
    </message>
    <message>
        <source>Save change</source>
        <translation>Wijziging opslaan</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add a membership</source>
        <translation>Een lidmaatschap toevoegen</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Een lid toevoegen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the organisation</source>
        <translation>De organisatie openen</translation>
    </message>
    <message>
        <source>Open the person</source>
        <translation>De persoon openen</translation>
    </message>
    <message>
        <source>Change the function or period (Enter)</source>
        <translation>De functie of periode wijzigen (Enter)</translation>
    </message>
    <message>
        <source>Remove the membership… (Del)</source>
        <translation>Het lidmaatschap weghalen… (Del)</translation>
    </message>
    <message>
        <source>set a date</source>
        <translation>datum invullen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Change membership</source>
        <translation>Lidmaatschap wijzigen</translation>
    </message>
    <message>
        <source>Choose an organisation from the list: type part of its name.</source>
        <translation>Kies een organisatie uit de lijst: typ een deel van de naam.</translation>
    </message>
    <message>
        <source>Choose a person from the list: type part of their name.</source>
        <translation>Kies een persoon uit de lijst: typ een deel van de naam.</translation>
    </message>
    <message>
        <source>{person} at {organisation} as {function}</source>
        <translation>{person} bij {organisation} als {function}</translation>
    </message>
    <message>
        <source>{person} at {organisation}</source>
        <translation>{person} bij {organisation}</translation>
    </message>
    <message>
        <source>Remove the membership of {what}?</source>
        <translation>Het lidmaatschap van {what} weghalen?</translation>
    </message>
    <message>
        <source>Only this membership goes; {person} and {organisation} stay.</source>
        <translation>Alleen dit lidmaatschap verdwijnt; {person} en {organisation} blijven bestaan.</translation>
    </message>
    <message>
        <source>Membership removed.</source>
        <translation>Lidmaatschap weggehaald.</translation>
    </message>
</context>
<context>
    <name>MergePanel</name>
    <message>
        <source>The two records side by side</source>
        <translation>De twee gegevens naast elkaar</translation>
    </message>
    <message>
        <source>differs between the two</source>
        <translation>verschilt tussen de twee</translation>
    </message>
    <message>
        <source>Who stays?</source>
        <translation>Wie blijft?</translation>
    </message>
    <message>
        <source>The one who stays keeps their own details and gets what only the other has. All links move along; then the other record is removed.</source>
        <translation>Wie blijft, houdt de eigen gegevens en krijgt erbij wat alleen de ander heeft. Alle koppelingen gaan mee; daarna wordt de ander verwijderd.</translation>
    </message>
    <message>
        <source>Yes, merge</source>
        <translation>Ja, samenvoegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Do not merge (Esc)</source>
        <translation>Niet samenvoegen (Esc)</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Geen dubbel</translation>
    </message>
    <message>
        <source>These are two people: hide this pair until buurtdesk is opened again</source>
        <translation>Dit zijn twee mensen: dit paar verbergen tot buurtdesk opnieuw wordt geopend</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Samenvoegen…</translation>
    </message>
    <message>
        <source>See what merging does, then confirm</source>
        <translation>Eerst zien wat samenvoegen doet, dan bevestigen</translation>
    </message>
    <message>
        <source>{a} and {b}</source>
        <translation>{a} en {b}</translation>
    </message>
    <message>
        <source>{score}% match · {reasons}</source>
        <translation>{score}% overeenkomst · {reasons}</translation>
    </message>
    <message>
        <source>no links</source>
        <translation>geen koppelingen</translation>
    </message>
    <message>
        <source>1 link</source>
        <translation>1 koppeling</translation>
    </message>
    <message>
        <source>{count} links</source>
        <translation>{count} koppelingen</translation>
    </message>
    <message>
        <source>Keep {name} ({links})</source>
        <translation>{name} blijft ({links})</translation>
    </message>
    <message>
        <source>Checking what moves…</source>
        <translation>Nagaan wat er meegaat…</translation>
    </message>
    <message>
        <source>{removed} becomes part of {kept} and is then removed. {summary}. This cannot be undone.</source>
        <translation>{removed} wordt samengevoegd met {kept} en daarna verwijderd. {summary}. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Bezig met samenvoegen…</translation>
    </message>
    <message>
        <source>Merged into {name}: {summary}.</source>
        <translation>Samengevoegd tot {name}: {summary}.</translation>
    </message>
</context>
<context>
    <name>MoveBar</name>
    <message>
        <source>Note (optional), e.g. what was decided</source>
        <translation>Notitie (mag leeg blijven), bijv. wat er is besloten</translation>
    </message>
    <message>
        <source>Note with this move</source>
        <translation>Notitie bij deze verplaatsing</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verplaatsen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Move “{title}” to {stage}? You can add a note for its history.</source>
        <translation>„{title}” verplaatsen naar {stage}? U kunt een notitie toevoegen voor het verloop.</translation>
    </message>
    <message>
        <source>Not yet ticked off on the checklist of {stage}:
{items}
Move anyway?</source>
        <translation>Nog niet afgevinkt op de checklist van {stage}:
{items}
Toch verplaatsen?</translation>
    </message>
    <message>
        <source>Move anyway</source>
        <translation>Toch verplaatsen</translation>
    </message>
</context>
<context>
    <name>MoveTargetDialog</name>
    <message>
        <source>Delete stage</source>
        <translation>Fase verwijderen</translation>
    </message>
    <message>
        <source>There is 1 initiative in {stage}.</source>
        <translation>In {stage} staat 1 initiatief.</translation>
    </message>
    <message>
        <source>There are {count} initiatives in {stage}.</source>
        <translation>In {stage} staan {count} initiatieven.</translation>
    </message>
    <message>
        <source>Choose the stage they move to; then {stage} is deleted.</source>
        <translation>Kies de fase waar ze naartoe gaan; daarna wordt {stage} verwijderd.</translation>
    </message>
    <message>
        <source>Each move is written in the initiative&apos;s history.</source>
        <translation>Elke verplaatsing komt in de geschiedenis van het initiatief.</translation>
    </message>
    <message>
        <source>Move the initiatives to</source>
        <translation>Initiatieven verplaatsen naar</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verplaatsen naar</translation>
    </message>
    <message>
        <source>Move and delete the stage</source>
        <translation>Verplaatsen en fase verwijderen</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <source>Need</source>
        <translation>Behoefte</translation>
    </message>
    <message>
        <source>What exactly</source>
        <translation>Wat precies</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>NeedsSection</name>
    <message>
        <source>Needs of this initiative</source>
        <translation>Behoeften van dit initiatief</translation>
    </message>
    <message>
        <source>No needs yet. Add what the initiative needs: volunteers, a place, money, a permit or publicity.</source>
        <translation>Nog geen behoeften. Voeg toe wat het initiatief nodig heeft: vrijwilligers, een plek, geld, een vergunning of publiciteit.</translation>
    </message>
    <message>
        <source>Status of the chosen need</source>
        <translation>Status van de gekozen behoefte</translation>
    </message>
    <message>
        <source>Find help</source>
        <translation>Hulp zoeken</translation>
    </message>
    <message>
        <source>Koppelen: people and organisations that could help with this need</source>
        <translation>Koppelen: mensen en organisaties die kunnen helpen bij deze behoefte</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Remove the chosen need…</source>
        <translation>De gekozen behoefte weghalen…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation>Wat er nodig is</translation>
    </message>
    <message>
        <source>What exactly is needed</source>
        <translation>Wat er precies nodig is</translation>
    </message>
    <message>
        <source>What exactly? e.g. four cooks</source>
        <translation>Wat precies? bijv. vier koks</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add this need (Enter)</source>
        <translation>Deze behoefte toevoegen (Enter)</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>Nieuwe behoefte</translation>
    </message>
    <message>
        <source>Need added.</source>
        <translation>Behoefte toegevoegd.</translation>
    </message>
    <message>
        <source>{need}: now {status}.</source>
        <translation>{need}: nu {status}.</translation>
    </message>
    <message>
        <source>Remove the need {need}?</source>
        <translation>De behoefte {need} weghalen?</translation>
    </message>
    <message>
        <source>Its history goes with it. This cannot be undone.</source>
        <translation>Het verloop verdwijnt ook. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>Need removed.</source>
        <translation>Behoefte weggehaald.</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <source>Done</source>
        <translation>Gelezen</translation>
    </message>
    <message>
        <source>I have read this; remove the notice</source>
        <translation>Gelezen; de melding weghalen</translation>
    </message>
    <message>
        <source>Remove the notice: {text}</source>
        <translation>Melding weghalen: {text}</translation>
    </message>
</context>
<context>
    <name>OccurrencePanel</name>
    <message>
        <source>Sign-ups</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Vaste deelnemers</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Hours per volunteer over a period</source>
        <translation>Uren per vrijwilliger over een periode</translation>
    </message>
    <message>
        <source>Choose a date in the agenda to see its sign-ups.</source>
        <translation>Kies een datum in de agenda om de aanmeldingen te zien.</translation>
    </message>
</context>
<context>
    <name>OrganisationEditor</name>
    <message>
        <source>Choose an organisation in the list to see its details.</source>
        <translation>Kies een organisatie in de lijst om de gegevens te zien.</translation>
    </message>
    <message>
        <source>Or add a new organisation.</source>
        <translation>Of voeg een nieuwe organisatie toe.</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Leden</translation>
    </message>
    <message>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>the new organisation</source>
        <translation>de nieuwe organisatie</translation>
    </message>
    <message>
        <source>Found from the address once it lies in a known buurt.</source>
        <translation>Volgt uit het adres, zodra dat in een bekende buurt ligt.</translation>
    </message>
    <message>
        <source>Fill in at least the name.</source>
        <translation>Vul ten minste de naam in.</translation>
    </message>
    <message>
        <source>{count} people linked</source>
        <translation>{count} mensen gekoppeld</translation>
    </message>
    <message>
        <source>1 person linked</source>
        <translation>1 persoon gekoppeld</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Geen wijzigingen om op te slaan.</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} verwijderen?</translation>
    </message>
    <message>
        <source>Linked to it: {summary}. The memberships go with it; contact moments, initiatives and activities stay, without {name}. This cannot be undone.</source>
        <translation>Hieraan gekoppeld: {summary}. De lidmaatschappen verdwijnen mee; contactmomenten, initiatieven en activiteiten blijven, maar zonder {name}. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>Nothing else is linked to it. This cannot be undone.</source>
        <translation>Er is verder niets aan gekoppeld. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode, town</source>
        <translation>Postcode, plaats</translation>
    </message>
    <message>
        <source>Buurt</source>
        <translation>Buurt</translation>
    </message>
</context>
<context>
    <name>OrganisationKinds</name>
    <message>
        <source>Housing association</source>
        <translation>Woningcorporatie</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <source>Welfare organisation</source>
        <translation>Welzijnsorganisatie</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Zorg</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Church, mosque or temple</source>
        <translation>Kerk, moskee of tempel</translation>
    </message>
    <message>
        <source>Sports club</source>
        <translation>Sportclub</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Ondernemer</translation>
    </message>
    <message>
        <source>Residents&apos; association</source>
        <translation>Bewonersvereniging</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>OrganisationList</name>
    <message>
        <source>Search by name</source>
        <translation>Zoek op naam</translation>
    </message>
    <message>
        <source>Search organisations</source>
        <translation>Organisaties zoeken</translation>
    </message>
    <message>
        <source>Kind of organisation</source>
        <translation>Soort organisatie</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <source>New organisation ({shortcut})</source>
        <translation>Nieuwe organisatie ({shortcut})</translation>
    </message>
    <message>
        <source>Number of organisations</source>
        <translation>Aantal organisaties</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>1 organisation</source>
        <translation>1 organisatie</translation>
    </message>
    <message>
        <source>{count} organisations</source>
        <translation>{count} organisaties</translation>
    </message>
    <message>
        <source>No organisations yet.</source>
        <translation>Nog geen organisaties.</translation>
    </message>
    <message>
        <source>Add the first organisation.</source>
        <translation>Voeg de eerste organisatie toe.</translation>
    </message>
    <message>
        <source>Add an organisation</source>
        <translation>Organisatie toevoegen</translation>
    </message>
    <message>
        <source>No organisation found.</source>
        <translation>Geen organisatie gevonden.</translation>
    </message>
    <message>
        <source>Try a shorter search or another kind.</source>
        <translation>Probeer een kortere zoekterm of een andere soort.</translation>
    </message>
</context>
<context>
    <name>OrganisationPicker</name>
    <message>
        <source>Type the name of an organisation…</source>
        <translation>Typ de naam van een organisatie…</translation>
    </message>
    <message>
        <source>Choose an organisation</source>
        <translation>Kies een organisatie</translation>
    </message>
</context>
<context>
    <name>OrganisationsModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
</context>
<context>
    <name>OrganisersEditor</name>
    <message>
        <source>Organisers</source>
        <translation>Organisatoren</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Persoon toevoegen…</translation>
    </message>
    <message>
        <source>Add an organising person</source>
        <translation>Een persoon toevoegen die mee organiseert</translation>
    </message>
    <message>
        <source>Add an organisation…</source>
        <translation>Organisatie toevoegen…</translation>
    </message>
    <message>
        <source>Add an organising organisation</source>
        <translation>Een organisatie toevoegen die mee organiseert</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Remove the chosen organiser</source>
        <translation>De gekozen organisator weghalen</translation>
    </message>
</context>
<context>
    <name>Parts</name>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Vervolgacties</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Initiatives</source>
        <translation>Initiatieven</translation>
    </message>
</context>
<context>
    <name>PeopleFiles</name>
    <message>
        <source>Export people</source>
        <translation>Mensen exporteren</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exporteren geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>Exporting people to {name}…</source>
        <translation>Mensen exporteren naar {name}…</translation>
    </message>
    <message>
        <source>1 person exported to {path}</source>
        <translation>1 persoon geëxporteerd naar {path}</translation>
    </message>
    <message>
        <source>{count} people exported to {path}</source>
        <translation>{count} mensen geëxporteerd naar {path}</translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message>
        <source>Search by name, street, postcode, phone, email or skill</source>
        <translation>Zoek op naam, straat, postcode, telefoon, e-mail of vaardigheid</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Mensen zoeken</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Toon</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Bewoners</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <source>Initiators</source>
        <translation>Initiatiefnemers</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>New person ({shortcut})</source>
        <translation>Nieuwe persoon ({shortcut})</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Aantal mensen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>more than {count} people</source>
        <translation>meer dan {count} mensen</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persoon</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} mensen</translation>
    </message>
    <message>
        <source>Nobody in the network yet.</source>
        <translation>Nog niemand in het netwerk.</translation>
    </message>
    <message>
        <source>Add the first person.</source>
        <translation>Voeg de eerste persoon toe.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>Niemand gevonden.</translation>
    </message>
    <message>
        <source>Try a shorter search or fewer filters.</source>
        <translation>Probeer een kortere zoekterm of minder filters.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>resident</source>
        <translation>bewoner</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>vrijwilliger</translation>
    </message>
    <message>
        <source>initiator</source>
        <translation>initiatiefnemer</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professional</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Choose someone in the list to see their details.</source>
        <translation>Kies iemand in de lijst om de gegevens te zien.</translation>
    </message>
    <message>
        <source>Or add someone new to the network.</source>
        <translation>Of voeg iemand nieuw toe aan het netwerk.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Fill in at least the last name.</source>
        <translation>Vul minstens de achternaam in.</translation>
    </message>
    <message>
        <source>the new person</source>
        <translation>de nieuwe persoon</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The database cannot be reached right now, so nothing was saved. Your typing is still here; try again in a moment.</source>
        <translation>De database is nu niet bereikbaar. Er is niets opgeslagen. Wat u typte staat er nog; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Changes saved</source>
        <translation>Wijzigingen bewaard</translation>
    </message>
    <message>
        <source>Delete {name} and everything that belongs to this person?</source>
        <translation>{name} en alles wat bij deze persoon hoort verwijderen?</translation>
    </message>
    <message>
        <source>Their memberships, relationships and contact moments are removed too. This cannot be undone.</source>
        <translation>Ook de lidmaatschappen, relaties en contactmomenten gaan weg. Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Person details</source>
        <translation>Gegevens van de persoon</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Name prefix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>e.g. van der</source>
        <translation>bijv. van der</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Postcode and town</source>
        <translation>Postcode en plaats</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>name@example.nl</source>
        <translation>naam@voorbeeld.nl</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Bewoner</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Initiatiefnemer</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <source>Skills, separated by commas</source>
        <translation>Vaardigheden, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>e.g. cooking, fixing bikes</source>
        <translation>bijv. koken, fietsen repareren</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <source>Interests, separated by commas</source>
        <translation>Interesses, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>e.g. gardening, chess</source>
        <translation>bijv. tuinieren, schaken</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type a name, street or phone number…</source>
        <translation>Typ een naam, straat of telefoonnummer…</translation>
    </message>
    <message>
        <source>Choose a person</source>
        <translation>Kies een persoon</translation>
    </message>
</context>
<context>
    <name>PersonTabs</name>
    <message>
        <source>Memberships</source>
        <translation>Lidmaatschappen</translation>
    </message>
    <message>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaties</translation>
    </message>
</context>
<context>
    <name>PinScreen</name>
    <message>
        <source>Coordinator PIN</source>
        <translation>Pincode coördinator</translation>
    </message>
    <message>
        <source>Only the coordinator can close the sign-in desk.</source>
        <translation>Alleen de coördinator kan de aanmeldbalie sluiten.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Pincode</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Laatste cijfer wissen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Close the sign-in desk with this PIN</source>
        <translation>De aanmeldbalie sluiten met deze pincode</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to the sign-in desk</source>
        <translation>Terug naar de aanmeldbalie</translation>
    </message>
    <message>
        <source>The PIN was wrong. Try again in 1 second.</source>
        <translation>Pincode onjuist. Probeer het over 1 seconde opnieuw.</translation>
    </message>
    <message>
        <source>The PIN was wrong. Try again in {seconds} seconds.</source>
        <translation>Pincode onjuist. Probeer het over {seconds} seconden opnieuw.</translation>
    </message>
    <message>
        <source>The PIN was wrong. Try again in 1 minute.</source>
        <translation>Pincode onjuist. Probeer het over 1 minuut opnieuw.</translation>
    </message>
    <message>
        <source>The PIN was wrong. Try again in {minutes} minutes.</source>
        <translation>Pincode onjuist. Probeer het over {minutes} minuten opnieuw.</translation>
    </message>
    <message>
        <source>Please wait: you can try a PIN again in {seconds} s.</source>
        <translation>Even wachten: u kunt over {seconds} seconden opnieuw een pincode proberen.</translation>
    </message>
    <message>
        <source>Please wait: you can try a PIN again in {minutes} min.</source>
        <translation>Even wachten: u kunt over {minutes} minuten opnieuw een pincode proberen.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>U kunt het nu opnieuw proberen.</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Nothing has been saved yet. Check that the columns and the first rows are right, then choose Import.</source>
        <translation>Er is nog niets opgeslagen. Kijk of de kolommen en de eerste rijen kloppen en kies dan Importeren.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <source>Used as</source>
        <translation>Wordt</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Kolommen van het bestand</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Eerste rijen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Import people from {name}</source>
        <translation>Mensen importeren uit {name}</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>niet gebruikt</translation>
    </message>
    <message>
        <source>(column {number} without a name)</source>
        <translation>(kolom {number} zonder naam)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Voornaam</translation>
    </message>
    <message>
        <source>Infix</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Achternaam</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Woonplaats</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Geboortejaar</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Not read: {message}</source>
        <translation>Niet ingelezen: {message}</translation>
    </message>
    <message>
        <source>Already known: {name}</source>
        <translation>Al bekend: {name}</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
</context>
<context>
    <name>ProblemsFile</name>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}). Is the file open in another program?</source>
        <translation>{path} kon niet worden geschreven ({reason}). Is het bestand geopend in een ander programma?</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop; nothing is saved (Esc)</source>
        <translation>Stoppen; er wordt niets opgeslagen (Esc)</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} van {total}</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to {name}?</source>
        <translation>De wijzigingen bij {name} opslaan?</translation>
    </message>
    <message>
        <source>If you do not save them, they are lost.</source>
        <translation>Als u niet opslaat, gaan ze verloren.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Niet opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Keep it as it is (Esc)</source>
        <translation>Zo laten (Esc)</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save (Enter or {shortcut})</source>
        <translation>Opslaan (Enter of {shortcut})</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Put back what was saved (Esc)</source>
        <translation>Terugzetten wat opgeslagen was (Esc)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Wijzigingen nog niet opgeslagen</translation>
    </message>
    <message>
        <source>{name} has been deleted.</source>
        <translation>{name} is verwijderd.</translation>
    </message>
</context>
<context>
    <name>RegisterForm</name>
    <message>
        <source>Sign up someone from the network</source>
        <translation>Iemand uit het netwerk aanmelden</translation>
    </message>
    <message>
        <source>Sign up</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Choose a person from the list: type part of their name.</source>
        <translation>Kies een persoon uit de lijst: typ een deel van de naam.</translation>
    </message>
</context>
<context>
    <name>RegularsModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Laatst gezien</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
</context>
<context>
    <name>RegularsSection</name>
    <message>
        <source>Regulars come to every date. They are on the door list already, so checking them in takes one click.</source>
        <translation>Vaste deelnemers komen elke keer. Ze staan al op de presentielijst, dus binnenmelden is één klik.</translation>
    </message>
    <message>
        <source>Type a name to add a regular…</source>
        <translation>Typ een naam…</translation>
    </message>
    <message>
        <source>Add a regular</source>
        <translation>Vaste deelnemer toevoegen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add the chosen person as a regular (Enter)</source>
        <translation>De gekozen persoon toevoegen als vaste deelnemer (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected regular… (Del)</source>
        <translation>De gekozen vaste deelnemer weghalen… (Del)</translation>
    </message>
    <message>
        <source>Regulars</source>
        <translation>Vaste deelnemers</translation>
    </message>
    <message>
        <source>Regulars not seen for 3 weeks</source>
        <translation>Vaste deelnemers die 3 weken niet gezien zijn</translation>
    </message>
    <message>
        <source>Not seen for 3 weeks</source>
        <translation>Niet gezien in 3 weken</translation>
    </message>
    <message>
        <source>This activity does not repeat, so it has no regulars. Sign people up for this date on the Sign-ups tab.</source>
        <translation>Deze activiteit herhaalt zich niet en heeft dus geen vaste deelnemers. Meld mensen voor deze datum aan op het tabblad Aanmeldingen.</translation>
    </message>
    <message>
        <source>No regulars yet. Add the people who come every time.</source>
        <translation>Nog geen vaste deelnemers. Voeg de mensen toe die elke keer komen.</translation>
    </message>
    <message>
        <source>Give them a call to ask how they are.</source>
        <translation>Bel ze even om te vragen hoe het gaat.</translation>
    </message>
    <message>
        <source>Every regular was here in the last 3 weeks.</source>
        <translation>Alle vaste deelnemers waren er de afgelopen 3 weken.</translation>
    </message>
    <message>
        <source>Choose a person from the list: type part of their name.</source>
        <translation>Kies een persoon uit de lijst: typ een deel van de naam.</translation>
    </message>
    <message>
        <source>{name} is now a regular.</source>
        <translation>{name} is nu vaste deelnemer.</translation>
    </message>
    <message>
        <source>Remove {name} as a regular? Their sign-ups stay.</source>
        <translation>{name} weghalen als vaste deelnemer? De aanmeldingen blijven staan.</translation>
    </message>
    <message>
        <source>Yes, remove</source>
        <translation>Ja, weghalen</translation>
    </message>
    <message>
        <source>{name} is no longer a regular.</source>
        <translation>{name} is geen vaste deelnemer meer.</translation>
    </message>
</context>
<context>
    <name>RelationshipsModel</name>
    <message>
        <source>Relationship</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
</context>
<context>
    <name>RelationshipsPanel</name>
    <message>
        <source>Relationships of this person</source>
        <translation>Relaties van deze persoon</translation>
    </message>
    <message>
        <source>Kind of relationship</source>
        <translation>Soort relatie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>optional, for example since the street party</source>
        <translation>mag leeg blijven, bijvoorbeeld sinds het straatfeest</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relatie</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>No relationships yet. Add who this person knows: neighbours, family, a mentor, someone they care for.</source>
        <translation>Nog geen relaties. Voeg toe wie deze persoon kent: buren, familie, een mentor, iemand voor wie hij of zij zorgt.</translation>
    </message>
    <message>
        <source>New relationship</source>
        <translation>Nieuwe relatie</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add a relationship</source>
        <translation>Een relatie toevoegen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the other person (Enter)</source>
        <translation>De andere persoon openen (Enter)</translation>
    </message>
    <message>
        <source>Remove the relationship… (Del)</source>
        <translation>De relatie weghalen… (Del)</translation>
    </message>
    <message>
        <source>Choose the kind of relationship.</source>
        <translation>Kies de soort relatie.</translation>
    </message>
    <message>
        <source>Choose a person from the list: type part of their name.</source>
        <translation>Kies een persoon uit de lijst: typ een deel van de naam.</translation>
    </message>
    <message>
        <source>Remove the relationship “{tie}”?</source>
        <translation>De relatie „{tie}” weghalen?</translation>
    </message>
    <message>
        <source>Only the relationship goes; both people stay in the network.</source>
        <translation>Alleen de relatie verdwijnt; beide personen blijven in het netwerk.</translation>
    </message>
    <message>
        <source>Relationship removed.</source>
        <translation>Relatie weggehaald.</translation>
    </message>
</context>
<context>
    <name>RepeatEditor</name>
    <message>
        <source>Repeat</source>
        <translation>Herhalen</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Niet herhalen</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wekelijks</translation>
    </message>
    <message>
        <source>Monthly, on a weekday</source>
        <translation>Maandelijks, op een weekdag</translation>
    </message>
    <message>
        <source>Monthly, on the same date</source>
        <translation>Maandelijks, op dezelfde datum</translation>
    </message>
    <message>
        <source>Every how many weeks or months</source>
        <translation>Om de hoeveel weken of maanden</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>Welke week van de maand</translation>
    </message>
    <message>
        <source>first</source>
        <translation>eerste</translation>
    </message>
    <message>
        <source>second</source>
        <translation>tweede</translation>
    </message>
    <message>
        <source>third</source>
        <translation>derde</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierde</translation>
    </message>
    <message>
        <source>last</source>
        <translation>laatste</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot wanneer</translation>
    </message>
    <message>
        <source>No end</source>
        <translation>Geen einde</translation>
    </message>
    <message>
        <source>Until the date</source>
        <translation>Tot en met datum</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Aantal keer</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Laatste datum</translation>
    </message>
    <message>
        <source>every</source>
        <translation>elke</translation>
    </message>
    <message>
        <source>The date, {day}, is not one of the ticked days.</source>
        <translation>De datum, {day}, is geen van de aangevinkte dagen.</translation>
    </message>
    <message>
        <source>The first date will then be {first}.</source>
        <translation>De eerste datum wordt dan {first}.</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weken</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>months</source>
        <translation>maanden</translation>
    </message>
    <message>
        <source>month</source>
        <translation>maand</translation>
    </message>
</context>
<context>
    <name>ReportTabs</name>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Already known as</source>
        <translation>Al bekend als</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemen</translation>
    </message>
    <message>
        <source>People already known</source>
        <translation>Mensen die al bekend zijn</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>Problemen ({count})</translation>
    </message>
    <message>
        <source>Already known ({count})</source>
        <translation>Al bekend ({count})</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <source>Locations and rooms</source>
        <translation>Locaties en ruimtes</translation>
    </message>
    <message>
        <source>Locations and their rooms</source>
        <translation>Locaties met hun ruimtes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Aantal plaatsen</translation>
    </message>
    <message>
        <source>New location</source>
        <translation>Nieuwe locatie</translation>
    </message>
    <message>
        <source>New room</source>
        <translation>Nieuwe ruimte</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>House number</source>
        <translation>Huisnummer</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Choose or add a location first.</source>
        <translation>Kies eerst een locatie, of voeg er een toe.</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Toegankelijkheid</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>{name} verwijderen?</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Dit kan niet ongedaan gemaakt worden.</translation>
    </message>
    <message>
        <source>{name} has been deleted.</source>
        <translation>{name} is verwijderd.</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>Type your first name or surname</source>
        <translation>Typ uw voornaam of achternaam</translation>
    </message>
    <message>
        <source>First name or surname</source>
        <translation>Voornaam of achternaam</translation>
    </message>
    <message>
        <source>Your first name or surname</source>
        <translation>Uw voornaam of achternaam</translation>
    </message>
    <message>
        <source>I am not on the list</source>
        <translation>Ik sta er niet tussen</translation>
    </message>
    <message>
        <source>I am not on the list: sign up here</source>
        <translation>Ik sta er niet tussen: hier aanmelden</translation>
    </message>
    <message>
        <source>Then press your name.</source>
        <translation>Druk daarna op uw naam.</translation>
    </message>
    <message>
        <source>More names start this way. Type a few more letters.</source>
        <translation>Er zijn meer namen die zo beginnen. Typ nog een paar letters.</translation>
    </message>
    <message>
        <source>Press your name to come in.</source>
        <translation>Druk op uw naam om binnen te komen.</translation>
    </message>
    <message>
        <source>Nobody found whose name starts with “{text}”. Check the spelling, or press “I am not on the list”.</source>
        <translation>Niemand gevonden met een naam die begint met „{text}”. Kijk of het goed gespeld is, of druk op „Ik sta er niet tussen”.</translation>
    </message>
    <message>
        <source>{name} ({count} people)</source>
        <translation>{name} ({count} personen)</translation>
    </message>
    <message>
        <source>already in</source>
        <translation>al binnen</translation>
    </message>
    <message>
        <source>waiting list</source>
        <translation>wachtlijst</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>vaste deelnemer</translation>
    </message>
    <message>
        <source>signed up</source>
        <translation>aangemeld</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Coordinator PIN</source>
        <translation>Pincode coördinator</translation>
    </message>
    <message>
        <source>Before the sign-in desk opens, choose a PIN. Only with this PIN can the sign-in desk be closed again.</source>
        <translation>Kies eerst een pincode, dan gaat de aanmeldbalie open. Alleen met deze pincode kan de aanmeldbalie weer gesloten worden.</translation>
    </message>
    <message>
        <source>The PIN closes the sign-in desk. Choose 4 to 8 digits.</source>
        <translation>Met de pincode sluit u de aanmeldbalie. Kies 4 tot 8 cijfers.</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nieuwe pincode</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nieuwe pincode nog een keer</translation>
    </message>
    <message>
        <source>&amp;New PIN (4 to 8 digits)</source>
        <translation>&amp;Nieuwe pincode (4 tot 8 cijfers)</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>Nog een &amp;keer</translation>
    </message>
    <message>
        <source>Save PIN</source>
        <translation>Pincode opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type the same PIN twice.</source>
        <translation>De twee pincodes zijn niet gelijk. Typ twee keer dezelfde pincode.</translation>
    </message>
    <message>
        <source>The PIN is saved.</source>
        <translation>De pincode is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ShiftsModel</name>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
</context>
<context>
    <name>ShiftsSection</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add a volunteer&apos;s shift</source>
        <translation>Dienst van een vrijwilliger toevoegen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Change the task or hours (Enter)</source>
        <translation>Taak of uren wijzigen (Enter)</translation>
    </message>
    <message>
        <source>Remove the selected shift… (Del)</source>
        <translation>De gekozen dienst verwijderen… (Del)</translation>
    </message>
    <message>
        <source>New shift</source>
        <translation>Nieuwe dienst</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Taak</translation>
    </message>
    <message>
        <source>for example coffee, reception, cleaning up</source>
        <translation>bijvoorbeeld koffie, ontvangst, opruimen</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>for example 2,5</source>
        <translation>bijvoorbeeld 2,5</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Vrijwilliger</translation>
    </message>
    <message>
        <source>Volunteer shifts on this date</source>
        <translation>Diensten van vrijwilligers op deze datum</translation>
    </message>
    <message>
        <source>No volunteers on this date yet. Add who helps, with their task and hours.</source>
        <translation>Nog geen vrijwilligers op deze datum. Voeg toe wie helpt, met taak en uren.</translation>
    </message>
    <message>
        <source>Together {hours} hours</source>
        <translation>Samen {hours} uur</translation>
    </message>
    <message>
        <source>Change shift</source>
        <translation>Dienst wijzigen</translation>
    </message>
    <message>
        <source>Save change</source>
        <translation>Wijziging opslaan</translation>
    </message>
    <message>
        <source>Choose a volunteer from the list: type part of their name.</source>
        <translation>Kies een vrijwilliger uit de lijst: typ een deel van de naam.</translation>
    </message>
    <message>
        <source>Shift added.</source>
        <translation>Dienst toegevoegd.</translation>
    </message>
    <message>
        <source>Shift changed.</source>
        <translation>Dienst gewijzigd.</translation>
    </message>
    <message>
        <source>Remove the shift of {what} ({hours} hours)?</source>
        <translation>De dienst van {what} ({hours} uur) verwijderen?</translation>
    </message>
    <message>
        <source>Yes, remove</source>
        <translation>Ja, verwijderen</translation>
    </message>
    <message>
        <source>Shift removed.</source>
        <translation>Dienst verwijderd.</translation>
    </message>
</context>
<context>
    <name>Signups</name>
    <message>
        <source>Number of persons</source>
        <translation>Aantal personen</translation>
    </message>
    <message>
        <source>How many persons come, this person included</source>
        <translation>Hoeveel personen komen er, deze persoon meegeteld</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <source>waiting list (place {position})</source>
        <translation>wachtlijst (plaats {position})</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>inloper</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>vaste deelnemer</translation>
    </message>
    <message>
        <source>signed up</source>
        <translation>aangemeld</translation>
    </message>
    <message>
        <source>Expected {n}</source>
        <translation>Verwacht {n}</translation>
    </message>
    <message>
        <source>Present {n}</source>
        <translation>Aanwezig {n}</translation>
    </message>
    <message>
        <source>Walk-ins {n}</source>
        <translation>Inlopers {n}</translation>
    </message>
    <message>
        <source>Waiting list {n}</source>
        <translation>Wachtlijst {n}</translation>
    </message>
    <message>
        <source>Free {free} of {capacity}</source>
        <translation>Vrij {free} van {capacity}</translation>
    </message>
    <message>
        <source>No maximum</source>
        <translation>Geen maximum</translation>
    </message>
</context>
<context>
    <name>StagesDialog</name>
    <message>
        <source>Stages and checklists</source>
        <translation>Fasen en checklists</translation>
    </message>
</context>
<context>
    <name>StagesPanel</name>
    <message>
        <source>Stages</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <source>The board shows the stages from left to right in this order.</source>
        <translation>Het bord toont de fasen in deze volgorde, van links naar rechts.</translation>
    </message>
    <message>
        <source>Stages of the board</source>
        <translation>Fasen van het bord</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>Rename the stage (F2)</source>
        <translation>De naam van de fase wijzigen (F2)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>One place to the left on the board ({keys})</source>
        <translation>Eén plek naar links op het bord ({keys})</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>One place to the right on the board ({keys})</source>
        <translation>Eén plek naar rechts op het bord ({keys})</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Delete the stage (Delete)</source>
        <translation>De fase verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Closed stage: initiatives here have ended</source>
        <translation>Afgesloten fase: initiatieven hier zijn afgelopen</translation>
    </message>
    <message>
        <source>Name of a new stage</source>
        <translation>Naam van een nieuwe fase</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Fase toevoegen</translation>
    </message>
    <message>
        <source>Add the stage after the chosen one</source>
        <translation>De nieuwe fase komt na de gekozen fase</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>{stage}: {count} initiatives</source>
        <translation>{stage}: {count} initiatieven</translation>
    </message>
    <message>
        <source>Stage renamed to {name}.</source>
        <translation>De fase heet nu {name}.</translation>
    </message>
    <message>
        <source>Stage {name} added.</source>
        <translation>Fase {name} toegevoegd.</translation>
    </message>
    <message>
        <source>Stage {name} moved.</source>
        <translation>Fase {name} verplaatst.</translation>
    </message>
    <message>
        <source>{name} is now a closed stage.</source>
        <translation>{name} is nu een afgesloten fase.</translation>
    </message>
    <message>
        <source>{name} is now an open stage.</source>
        <translation>{name} is nu een open fase.</translation>
    </message>
    <message>
        <source>Delete the stage {name}?</source>
        <translation>De fase {name} verwijderen?</translation>
    </message>
    <message>
        <source>Its checklist goes with it.</source>
        <translation>De checklist gaat mee weg.</translation>
    </message>
    <message>
        <source>Stage {name} deleted; its initiatives are now in {target}.</source>
        <translation>Fase {name} verwijderd; de initiatieven staan nu in {target}.</translation>
    </message>
    <message>
        <source>Stage {name} deleted.</source>
        <translation>Fase {name} verwijderd.</translation>
    </message>
</context>
<context>
    <name>StalledList</name>
    <message>
        <source>No stalled initiatives: every one has had attention.</source>
        <translation>Geen vastgelopen initiatieven: alle initiatieven hebben aandacht gehad.</translation>
    </message>
    <message>
        <source>Open on the initiatives board</source>
        <translation>Openen op het bord met initiatieven</translation>
    </message>
    <message>
        <source>… and {count} more on the board.</source>
        <translation>… en nog {count} op het bord.</translation>
    </message>
</context>
<context>
    <name>StalledWeeks</name>
    <message>
        <source>Stalled after</source>
        <translation>Vastgelopen na</translation>
    </message>
    <message>
        <source>Weeks without contact before stalled</source>
        <translation>Aantal weken zonder contact voordat een initiatief vastgelopen is</translation>
    </message>
    <message>
        <source>An open initiative without a contact moment for this many weeks is marked as stalled on the board and on the start screen.</source>
        <translation>Een open initiatief dat zo veel weken geen contactmoment had, staat als vastgelopen op het bord en op het startscherm.</translation>
    </message>
    <message>
        <source>weeks without contact</source>
        <translation>weken zonder contact</translation>
    </message>
    <message numerus="yes">
        <source>Stalled after %n week(s) without contact: saved.</source>
        <translation>
            <numerusform>Vastgelopen na %n week zonder contact: bewaard.</numerusform>
            <numerusform>Vastgelopen na %n weken zonder contact: bewaard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Something went wrong. What you saved before is safe; the last action may not have been saved. Details are in {path}.</source>
        <translation>Er ging iets mis. Wat u eerder opsloeg is veilig; de laatste handeling is misschien niet opgeslagen. De details staan in {path}.</translation>
    </message>
    <message>
        <source>Making the demo neighbourhood…</source>
        <translation>De demobuurt wordt gemaakt…</translation>
    </message>
    <message>
        <source>The demo neighbourhood is not available in this version of buurtdesk.</source>
        <translation>De demobuurt zit niet in deze versie van buurtdesk.</translation>
    </message>
    <message>
        <source>The database address “{address}” is not valid.</source>
        <translation>Het database-adres ‘{address}’ klopt niet.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be opened. Check that the folder exists and that you may write in it.</source>
        <translation>Het databasebestand {path} gaat niet open. Controleer of de map bestaat en of u erin mag schrijven.</translation>
    </message>
    <message>
        <source>The database server cannot be reached. Check the network connection and the address, or ask the person who manages the server.</source>
        <translation>De databaseserver is niet bereikbaar. Controleer de netwerkverbinding en het adres, of vraag het aan de beheerder van de server.</translation>
    </message>
    <message>
        <source>The file {path} is not a buurtdesk database. Choose another file.</source>
        <translation>Het bestand {path} is geen buurtdesk-database. Kies een ander bestand.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be opened: {reason}.</source>
        <translation>Het databasebestand {path} gaat niet open: {reason}.</translation>
    </message>
    <message>
        <source>buurtdesk is closing; nothing has been changed.</source>
        <translation>buurtdesk sluit af; er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>SuggestionRow</name>
    <message>
        <source>Introduce</source>
        <translation>Kennismaken</translation>
    </message>
    <message>
        <source>Introduce {name}</source>
        <translation>Kennismaken met {name}</translation>
    </message>
    <message>
        <source>Record an introduction of {name} to the initiators as a contact moment</source>
        <translation>Een kennismaking van {name} met de initiatiefnemers vastleggen als contactmoment</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Vastgelegd</translation>
    </message>
</context>
<context>
    <name>SupportModel</name>
    <message>
        <source>Contact moment</source>
        <translation>Contactmoment</translation>
    </message>
    <message>
        <source>Follow-up: {what} ({when})</source>
        <translation>Vervolgactie: {what} ({when})</translation>
    </message>
</context>
<context>
    <name>SupportSection</name>
    <message>
        <source>Contact moments about this initiative, newest first</source>
        <translation>Contactmomenten over dit initiatief, nieuwste eerst</translation>
    </message>
    <message>
        <source>No contact moments about this initiative yet. Write down each talk, call or visit: it shows who supports it and when it was last looked after.</source>
        <translation>Nog geen contactmomenten over dit initiatief. Schrijf elk gesprek, telefoontje of bezoek op: zo ziet u wie het initiatief steunt en wanneer er voor het laatst aandacht voor was.</translation>
    </message>
    <message>
        <source>Add contact moment</source>
        <translation>Contactmoment toevoegen</translation>
    </message>
    <message>
        <source>Contact moment added to the support log.</source>
        <translation>Contactmoment toegevoegd aan de steun.</translation>
    </message>
</context>
<context>
    <name>TabPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Close without saving (Esc)</source>
        <translation>Sluiten zonder op te slaan (Esc)</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Changes saved</source>
        <translation>Wijzigingen bewaard</translation>
    </message>
    <message>
        <source>The database cannot be reached right now, so nothing was saved. Your typing is still here; try again in a moment.</source>
        <translation>De database is nu niet bereikbaar, dus er is niets opgeslagen. Wat u typte staat er nog; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>sinds {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>tot en met {date}</translation>
    </message>
    <message>
        <source>{period} (ended)</source>
        <translation>{period} (afgelopen)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>te laat, sinds {date}</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>uiterlijk {date}</translation>
    </message>
</context>
<context>
    <name>TagFilter</name>
    <message>
        <source>Skill or interest</source>
        <translation>Vaardigheid of interesse</translation>
    </message>
    <message>
        <source>Any skill or interest</source>
        <translation>Vaardigheid of interesse</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
</context>
<context>
    <name>TimeInStage</name>
    <message>
        <source>No figures yet: no initiative has been in a stage.</source>
        <translation>Nog geen cijfers: nog geen enkel initiatief heeft in een fase gestaan.</translation>
    </message>
    <message>
        <source>Initiatives stay longest in {stage}: median 1 day.</source>
        <translation>Initiatieven blijven het langst in {stage}: mediaan 1 dag.</translation>
    </message>
    <message>
        <source>Initiatives stay longest in {stage}: median {days} days.</source>
        <translation>Initiatieven blijven het langst in {stage}: mediaan {days} dagen.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gemiddeld</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Langste</translation>
    </message>
</context>
<context>
    <name>TimeInStageDialog</name>
    <message>
        <source>Time in each stage</source>
        <translation>Tijd per fase</translation>
    </message>
    <message>
        <source>All figures in days, counted from the move into a stage to the move out of it; a stay that is still going counts up to today. “Number” is the number of stays: an initiative that came back to a stage counts twice. Initiatives that have ended are not counted in their closed stage. The median is the middle figure: half of the stays were shorter, half longer.</source>
        <translation>Alle cijfers in dagen, geteld van het moment dat een initiatief in een fase kwam tot het moment dat het verder ging; een periode die nog loopt, telt tot vandaag. “Aantal” is hoe vaak een initiatief in de fase stond: een initiatief dat terugkwam, telt twee keer. Afgelopen initiatieven tellen niet mee in hun afgesloten fase. De mediaan is het middelste getal: de helft stond er korter, de helft langer.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>{stage}: {start} until {end}, {days}</source>
        <translation>{stage}: {start} tot {end}, {days}</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Go to the network</source>
        <translation>Naar het netwerk</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Vervolgacties</translation>
    </message>
    <message>
        <source>All follow-ups</source>
        <translation>Alle vervolgacties</translation>
    </message>
    <message>
        <source>Today in the agenda</source>
        <translation>Vandaag in de agenda</translation>
    </message>
    <message>
        <source>No activities today.</source>
        <translation>Vandaag geen activiteiten.</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Nothing else planned this week.</source>
        <translation>Deze week verder niets gepland.</translation>
    </message>
    <message>
        <source>Go to the agenda</source>
        <translation>Naar de agenda</translation>
    </message>
    <message>
        <source>Go to the initiatives</source>
        <translation>Naar de initiatieven</translation>
    </message>
    <message>
        <source>Stalled initiatives</source>
        <translation>Vastgelopen initiatieven</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Goedemorgen</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Goedemiddag</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Goedenavond</translation>
    </message>
    <message>
        <source>Nobody in the network yet. Add the first person.</source>
        <translation>Nog niemand in het netwerk. Voeg de eerste persoon toe.</translation>
    </message>
    <message>
        <source>1 person in the network.</source>
        <translation>1 persoon in het netwerk.</translation>
    </message>
    <message>
        <source>{count} people in the network.</source>
        <translation>{count} mensen in het netwerk.</translation>
    </message>
    <message>
        <source>Nothing to follow up.</source>
        <translation>Niets om op te volgen.</translation>
    </message>
    <message>
        <source>{open} open, {overdue} of them overdue.</source>
        <translation>{open} open, waarvan {overdue} te laat.</translation>
    </message>
    <message>
        <source>{open} open.</source>
        <translation>{open} open.</translation>
    </message>
    <message>
        <source>{count} without contact or with an overdue next step.</source>
        <translation>{count} zonder contact of met een volgende stap die te laat is.</translation>
    </message>
    <message>
        <source>Follow-up marked as done.</source>
        <translation>Vervolgactie afgerond.</translation>
    </message>
</context>
<context>
    <name>UpcomingModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activiteit</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruimte</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Aanmeldingen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>+{count} waiting list</source>
        <translation>+{count} wachtlijst</translation>
    </message>
</context>
<context>
    <name>WalkInForm</name>
    <message>
        <source>Add a walk-in</source>
        <translation>Inloper toevoegen</translation>
    </message>
    <message>
        <source>Add walk-in</source>
        <translation>Inloper toevoegen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>first and last name</source>
        <translation>voornaam en achternaam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>for example 06 12345678</source>
        <translation>bijvoorbeeld 06 12345678</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>niet verplicht</translation>
    </message>
    <message>
        <source>inside now</source>
        <translation>nu binnen</translation>
    </message>
    <message>
        <source>Check them in straight away</source>
        <translation>Meteen binnenmelden</translation>
    </message>
    <message>
        <source>or e-mail</source>
        <translation>of e-mail</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
</context>
<context>
    <name>WalkInScreen</name>
    <message>
        <source>Not on the list? Sign up here</source>
        <translation>Staat u er niet tussen? Meld u hier aan</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>One person fewer</source>
        <translation>Eén persoon minder</translation>
    </message>
    <message>
        <source>One person more</source>
        <translation>Eén persoon meer</translation>
    </message>
    <message>
        <source>You may call or e-mail me about other activities in the neighbourhood</source>
        <translation>U mag mij bellen of mailen over andere activiteiten in de buurt</translation>
    </message>
    <message>
        <source>Photos with me in them may be used, for example in the newsletter</source>
        <translation>Foto&apos;s met mij erop mogen gebruikt worden, zoals in de nieuwsbrief</translation>
    </message>
    <message>
        <source>Sign up and come in</source>
        <translation>Aanmelden en binnenkomen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <source>Back to the start</source>
        <translation>Terug naar het begin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>or e-mail</source>
        <translation>of e-mail</translation>
    </message>
    <message>
        <source>How many people?</source>
        <translation>Met hoeveel personen komt u?</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} personen</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 persoon</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <source>No room</source>
        <translation>Geen ruimte</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>The database is busy or cannot be reached right now, so nothing was saved. Try again in a moment. (Details: {path})</source>
        <translation>De database is bezet of nu niet bereikbaar, daarom is er niets opgeslagen. Probeer het zo nog eens. (Details: {path})</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so this did not work. Nothing was half saved. The details are in the log file {path}.</source>
        <translation>Er ging iets onverwachts mis, daardoor is dit niet gelukt. Er is niets half opgeslagen. De details staan in het logbestand {path}.</translation>
    </message>
</context>
</TS>
