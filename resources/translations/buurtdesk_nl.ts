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
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
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
    <name>Parts</name>
    <message>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
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
        <translation>Zet terug wat bewaard was (Esc)</translation>
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
    <message>
        <source>{name} has been deleted.</source>
        <translation>{name} is verwijderd.</translation>
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
        <source>Follow-up marked as done.</source>
        <translation>Vervolgactie afgerond.</translation>
    </message>
</context>
</TS>
