<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>part of the vault is damaged</source>
        <translation>ein Teil des Tresors ist beschädigt</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>der Datenträger konnte nicht gelesen oder beschrieben werden</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the vault&apos;s file could not be written</source>
        <translation>die Tresordatei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the vault&apos;s file could not be opened</source>
        <translation>die Tresordatei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>the vault was busy</source>
        <translation>der Tresor war belegt</translation>
    </message>
    <message>
        <source>a change broke one of the vault&apos;s rules</source>
        <translation>eine Änderung hat gegen eine Regel des Tresors verstoßen</translation>
    </message>
    <message>
        <source>the vault reported error %1</source>
        <translation>der Tresor hat Fehler %1 gemeldet</translation>
    </message>
    <message>
        <source>Discard what you typed for %1? It has not been saved.</source>
        <translation>Ihre Eingaben für %1 verwerfen? Sie wurden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Remove the hidden characters: “%1”</source>
        <translation>Die verborgenen Zeichen entfernen: „%1“</translation>
    </message>
    <message>
        <source>“Coaching session” only (nothing of the client)</source>
        <translation>Nur „Coaching-Sitzung“ (nichts über den Klienten)</translation>
    </message>
    <message>
        <source>Add the client&apos;s initials</source>
        <translation>Initialen des Klienten hinzufügen</translation>
    </message>
    <message>
        <source>Add the client&apos;s name</source>
        <translation>Namen des Klienten hinzufügen</translation>
    </message>
    <message>
        <source>Give the session&apos;s place</source>
        <translation>Ort der Sitzung angeben</translation>
    </message>
    <message>
        <source>Calendars sync to their provider&apos;s servers and to every device you use, and may be shared with an assistant or family. An initial or a name there is a client&apos;s name outside your encrypted vault, and a place (a client&apos;s office or home) can say who it is as plainly: choose them only if you need them.</source>
        <translation>Kalender werden mit den Servern ihres Anbieters und mit jedem Ihrer Geräte abgeglichen und werden vielleicht mit einer Assistenz oder der Familie geteilt. Ein Kürzel oder ein Name dort ist der Name eines Klienten außerhalb Ihres verschlüsselten Tresors, und ein Ort (das Büro oder die Wohnung eines Klienten) kann ebenso deutlich verraten, wer es ist: Wählen Sie diese Angaben nur, wenn Sie sie brauchen.</translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Kalenderdatei</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Events say</source>
        <translation>Termine zeigen</translation>
    </message>
    <message>
        <source>Your sessions from a month ago on, for any calendar (Apple, Google, Outlook, Thunderbird). Import the file again after changes: each session keeps its identity, so events are updated, not doubled, and cancelled ones are struck out. Times are in %1. Nothing from your notes, goals or fees is in it.</source>
        <translation>Ihre Sitzungen ab einem Monat zurück, für jeden Kalender (Apple, Google, Outlook, Thunderbird). Importieren Sie die Datei nach Änderungen erneut: Jede Sitzung behält ihre Kennung, sodass Termine aktualisiert statt verdoppelt und abgesagte durchgestrichen werden. Zeitangaben in %1. Nichts aus Ihren Notizen, Zielen oder Honoraren ist darin enthalten.</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Kalenderdatei speichern</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Nothing was exported: no file was chosen.</source>
        <translation>Es wurde nichts exportiert: Keine Datei gewählt.</translation>
    </message>
    <message numerus="yes">
        <source>Saved to %1 (sessions: %n). This export is recorded.</source>
        <translation>
            <numerusform>Gespeichert in %1 (Sitzungen: %n). Dieser Export wurde protokolliert.</numerusform>
            <numerusform>Gespeichert in %1 (Sitzungen: %n). Dieser Export wurde protokolliert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a course</source>
        <translation>Kurs hinzufügen</translation>
    </message>
    <message>
        <source>this course</source>
        <translation>diesen Kurs</translation>
    </message>
    <message>
        <source>e.g. Coaching ethics in practice</source>
        <translation>z. B. Coaching-Ethik in der Praxis</translation>
    </message>
    <message>
        <source>Who gave it</source>
        <translation>Wer ihn angeboten hat</translation>
    </message>
    <message>
        <source> h (CCE units)</source>
        <translation> Std. (CCE-Einheiten)</translation>
    </message>
    <message>
        <source>Core competencies</source>
        <translation>Kernkompetenzen</translation>
    </message>
    <message>
        <source>Coaching ethics (counts as core competencies too)</source>
        <translation>Coaching-Ethik (zählt auch als Kernkompetenzen)</translation>
    </message>
    <message>
        <source>Resource development</source>
        <translation>Ressourcenentwicklung</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>Kein Zertifikat</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Kurs</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>H&amp;ours</source>
        <translation>&amp;Stunden</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>A&amp;rt</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Zertifikat wählen</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Zertifikate (*.pdf *.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CoachDesk could not read %1 (%2). Choose the file again.</source>
        <translation>CoachDesk konnte %1 nicht lesen (%2). Wählen Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>&amp;Pronouns</source>
        <translation>&amp;Pronomen</translation>
    </message>
    <message>
        <source>e.g. she/her, they/them</source>
        <translation>z. B. sie/ihr, er/ihm</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress</source>
        <translation>Post&amp;anschrift</translation>
    </message>
    <message>
        <source>Optional, for invoices: street, town, postcode, country, one a line</source>
        <translation>Optional, für Rechnungen: Straße, Ort, Postleitzahl, Land, je eine Zeile</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Klient bearbeiten</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Neuer Klient</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>diesen Klienten</translation>
    </message>
    <message>
        <source>May be na&amp;med in my credential log, agreed on</source>
        <translation>Darf in meinem Coaching-Log &amp;genannt werden, zugestimmt am</translation>
    </message>
    <message>
        <source>Naming agreed on</source>
        <translation>Nennung zugestimmt am</translation>
    </message>
    <message>
        <source>Credential log entry</source>
        <translation>Eintrag im Coaching-Log</translation>
    </message>
    <message>
        <source>this log entry</source>
        <translation>diesen Log-Eintrag</translation>
    </message>
    <message>
        <source>%1 agreed to be named in my credential log</source>
        <translation>%1 hat zugestimmt, in meinem Coaching-Log genannt zu werden</translation>
    </message>
    <message>
        <source>Individual coaching</source>
        <translation>Einzelcoaching</translation>
    </message>
    <message>
        <source>Group coaching</source>
        <translation>Gruppencoaching</translation>
    </message>
    <message>
        <source> people</source>
        <translation> Personen</translation>
    </message>
    <message>
        <source>As the fee says: paid</source>
        <translation>Laut Honorar: bezahlt</translation>
    </message>
    <message>
        <source>As the fee says: pro bono (no fee)</source>
        <translation>Laut Honorar: pro bono (kein Honorar)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Pro bono</source>
        <translation>Pro bono</translation>
    </message>
    <message>
        <source>A fee of 0 is pro bono, any other fee is paid (a sponsor&apos;s payment included). Choose here when this engagement is otherwise.</source>
        <translation>Ein Honorar von 0 gilt als pro bono, jedes andere als bezahlt (auch die Zahlung eines Sponsors). Wählen Sie hier, wenn es sich bei diesem Auftrag anders verhält.</translation>
    </message>
    <message>
        <source>&amp;Agreed on</source>
        <translation>Zugestimmt &amp;am</translation>
    </message>
    <message>
        <source>&amp;Coaching</source>
        <translation>&amp;Coaching</translation>
    </message>
    <message>
        <source>&amp;Hours are</source>
        <translation>&amp;Stunden sind</translation>
    </message>
    <message>
        <source>Without the client&apos;s agreement the log lists them as a confidential client, with the sponsor contact&apos;s email where there is one.</source>
        <translation>Ohne Zustimmung des Klienten führt das Log ihn als vertraulichen Klienten, gegebenenfalls mit der E-Mail-Adresse der Ansprechperson des Sponsors.</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <source>this invoice</source>
        <translation>diese Rechnung</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Rechnung ausstellen</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>Your address and contact are not in Settings → Invoices yet: the invoice will carry only your name. Add them there first if it should carry them.</source>
        <translation>Ihre Anschrift und Kontaktdaten stehen noch nicht unter Einstellungen → Rechnungen: Die Rechnung trägt nur Ihren Namen. Tragen Sie sie dort zuerst ein, wenn die Rechnung sie tragen soll.</translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>&amp;Fällig am</translation>
    </message>
    <message>
        <source>e.g. VAT or Sales tax</source>
        <translation>z. B. USt. oder MwSt.</translation>
    </message>
    <message>
        <source>No tax line</source>
        <translation>Keine Steuerzeile</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>Dates, minutes and sums only: no notes, goals or places. The number is given when you issue the invoice; it is never changed or reused (a mistake is voided, and stays on the list as voided).</source>
        <translation>Nur Daten, Minuten und Beträge: keine Notizen, Ziele oder Orte. Die Nummer wird beim Ausstellen vergeben; sie wird nie geändert oder wiederverwendet (eine fehlerhafte Rechnung wird storniert und bleibt als storniert in der Liste).</translation>
    </message>
    <message>
        <source>Every held or missed session of this client is already on an invoice (a package billed whole bills its sessions). Sessions appear here once they are held.</source>
        <translation>Jede stattgefundene oder versäumte Sitzung dieses Klienten steht bereits auf einer Rechnung (ein als Ganzes abgerechnetes Paket rechnet seine Sitzungen mit ab). Sitzungen erscheinen hier, sobald sie stattgefunden haben.</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Auftrag</translation>
    </message>
    <message>
        <source>&amp;Bill to</source>
        <translation>&amp;Rechnung an</translation>
    </message>
    <message>
        <source>For the &amp;attention of</source>
        <translation>Zu &amp;Händen</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Invoice date</source>
        <translation>Rechnungs&amp;datum</translation>
    </message>
    <message>
        <source>&amp;Tax</source>
        <translation>S&amp;teuer</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Insgesamt</translation>
    </message>
    <message>
        <source>%1 (the sponsor)</source>
        <translation>%1 (der Sponsor)</translation>
    </message>
    <message numerus="yes">
        <source>Bill the whole package now: %n sessions for %1</source>
        <translation>
            <numerusform>Ganzes Paket jetzt abrechnen: %n Sitzung für %1</numerusform>
            <numerusform>Ganzes Paket jetzt abrechnen: %n Sitzungen für %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Keine bestimmte Person</translation>
    </message>
    <message>
        <source>Billed to the client, not the sponsor. %1</source>
        <translation>An den Klienten berechnet, nicht an den Sponsor. %1</translation>
    </message>
    <message>
        <source>The sponsor has no postal address yet: the invoice will go without one. Add it on the sponsor&apos;s page first if it should carry one.</source>
        <translation>Der Sponsor hat noch keine Postanschrift: Die Rechnung geht ohne Anschrift hinaus. Tragen Sie sie zuerst auf der Seite des Sponsors ein, wenn sie eine tragen soll.</translation>
    </message>
    <message>
        <source>No postal address for this client yet: the invoice will go without one. Add it with Edit details on the client&apos;s page first if it should carry one.</source>
        <translation>Für diesen Klienten gibt es noch keine Postanschrift: Die Rechnung geht ohne Anschrift hinaus. Tragen Sie sie zuerst mit „Angaben bearbeiten“ auf der Seite des Klienten ein, wenn sie eine tragen soll.</translation>
    </message>
    <message numerus="yes">
        <source>Sessions: %n</source>
        <translation>
            <numerusform>Sitzungen: %n</numerusform>
            <numerusform>Sitzungen: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole package</source>
        <translation>Das ganze Paket</translation>
    </message>
    <message>
        <source>subtotal %1</source>
        <translation>Zwischensumme %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>Gesamt %1</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Als bezahlt markieren</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>&amp;Bezahlt am</translation>
    </message>
    <message>
        <source>Invoice %1, %2, due %3.</source>
        <translation>Rechnung %1, %2, fällig am %3.</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Rechnung stornieren</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>die Begründung</translation>
    </message>
    <message>
        <source>e.g. Wrong address; issued again as the next number</source>
        <translation>z. B. Falsche Adresse; unter der nächsten Nummer neu ausgestellt</translation>
    </message>
    <message>
        <source>Log a data-protection request</source>
        <translation>Datenschutzanfrage protokollieren</translation>
    </message>
    <message>
        <source>this request</source>
        <translation>diese Anfrage</translation>
    </message>
    <message>
        <source>Log request</source>
        <translation>Anfrage protokollieren</translation>
    </message>
    <message>
        <source>e.g. passport seen on a video call</source>
        <translation>z. B. Ausweis im Videogespräch gesehen</translation>
    </message>
    <message>
        <source>From %1. The deadline is one month after the day it arrived; you may extend it once by two months, telling the client why.</source>
        <translation>Von %1. Die Frist endet einen Monat nach dem Eingangstag; Sie können sie einmal um zwei Monate verlängern und dem Klienten den Grund nennen.</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>Re&amp;ceived on</source>
        <translation>Ein&amp;gegangen am</translation>
    </message>
    <message>
        <source>&amp;Identity checked</source>
        <translation>&amp;Identität geprüft</translation>
    </message>
    <message>
        <source>&amp;Note on the check</source>
        <translation>&amp;Vermerk zur Prüfung</translation>
    </message>
    <message>
        <source>Identity checked</source>
        <translation>Identität geprüft</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Frist verlängern</translation>
    </message>
    <message>
        <source>this extension</source>
        <translation>diese Verlängerung</translation>
    </message>
    <message>
        <source>Extend by two months</source>
        <translation>Um zwei Monate verlängern</translation>
    </message>
    <message>
        <source>e.g. records across three engagements to go through</source>
        <translation>z. B. Unterlagen aus drei Aufträgen durchzusehen</translation>
    </message>
    <message>
        <source>Due on %1 (%2). Extended, it is due on %3. Tell the client within the first month, with this reason.</source>
        <translation>Fällig am %1 (%2). Verlängert ist sie am %3 fällig. Teilen Sie dies dem Klienten innerhalb des ersten Monats mit, zusammen mit diesem Grund.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begründung</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Ergebnis erfassen</translation>
    </message>
    <message>
        <source>this outcome</source>
        <translation>dieses Ergebnis</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Ergebnis erfassen</translation>
    </message>
    <message>
        <source>e.g. corrected her email address</source>
        <translation>z. B. ihre E-Mail-Adresse korrigiert</translation>
    </message>
    <message>
        <source>Sent as disclosure D-%1.</source>
        <translation>Gesendet als Weitergabe D-%1.</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Answered on</source>
        <translation>&amp;Beantwortet am</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Vermerk</translation>
    </message>
    <message>
        <source>Invoice %1 stays on the list under its number, marked voided, and nothing is due on it. This cannot be undone. Its sessions can go on a new invoice, which takes the next number.</source>
        <translation>Rechnung %1 bleibt unter ihrer Nummer in der Liste, als storniert markiert, und auf sie ist nichts fällig. Dies kann nicht rückgängig gemacht werden. Die Sitzungen darauf können auf eine neue Rechnung gesetzt werden, die die nächste Nummer erhält.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Missed (the client did not come)</source>
        <translation>Versäumt (der Klient ist nicht gekommen)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>diese Sitzung</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Online, the client&apos;s office, …</source>
        <translation>Online, Büro des Klienten, …</translation>
    </message>
    <message>
        <source>As the session keeps it. The engagement&apos;s fee: %1</source>
        <translation>Wie in der Sitzung gespeichert. Honorar des Auftrags: %1</translation>
    </message>
    <message>
        <source>its fee, or the engagement&apos;s word</source>
        <translation>dem Honorar der Sitzung oder der Angabe des Auftrags</translation>
    </message>
    <message>
        <source>This session is on invoice %1: void the invoice first to change its date, minutes or status. Its time of day and place may change.</source>
        <translation>Diese Sitzung steht auf Rechnung %1: Stornieren Sie zuerst die Rechnung, um Datum, Minuten oder Status zu ändern. Uhrzeit und Ort können sich ändern.</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuten</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>This session is billed on invoice %1: void the invoice first to make it pro bono.</source>
        <translation>Diese Sitzung steht auf Rechnung %1: Stornieren Sie zuerst die Rechnung, um sie pro bono zu stellen.</translation>
    </message>
    <message>
        <source>The minutes of a held session are the ones the tax export shows.</source>
        <translation>Die Minuten einer stattgefundenen Sitzung erscheinen im Steuerexport.</translation>
    </message>
    <message>
        <source>&amp;Credential log</source>
        <translation>&amp;Coaching-Log</translation>
    </message>
    <message>
        <source>Pro bono: %1 not charged</source>
        <translation>Pro bono: %1 nicht berechnet</translation>
    </message>
    <message>
        <source>A held or missed session has already happened: change its date, or mark it planned.</source>
        <translation>Eine stattgefundene oder versäumte Sitzung liegt bereits in der Vergangenheit: Ändern Sie ihr Datum, oder markieren Sie sie als geplant.</translation>
    </message>
    <message>
        <source>End of session</source>
        <translation>Sitzungsende</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Leave it as it is</source>
        <translation>So &amp;lassen</translation>
    </message>
    <message>
        <source>&amp;Back to the note</source>
        <translation>&amp;Zurück zur Notiz</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes to keep</source>
        <translation>Zu übernehmende Minuten</translation>
    </message>
    <message>
        <source>&amp;Held</source>
        <translation>&amp;Stattgefunden</translation>
    </message>
    <message>
        <source>M&amp;issed (the client did not come)</source>
        <translation>&amp;Versäumt (Klient nicht erschienen)</translation>
    </message>
    <message>
        <source>&amp;Discard: started by mistake</source>
        <translation>&amp;Verwerfen: versehentlich gestartet</translation>
    </message>
    <message>
        <source>Nothing was written: the session is removed, and the audit log keeps that it was discarded.</source>
        <translation>Es wurde nichts geschrieben: Die Sitzung wird entfernt, und das Prüfprotokoll hält fest, dass sie verworfen wurde.</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>&amp;Minutes to keep</source>
        <translation>Zu übernehmende &amp;Minuten</translation>
    </message>
    <message>
        <source>The session was</source>
        <translation>Status der Sitzung</translation>
    </message>
    <message>
        <source>The minutes kept here are the ones the tax export shows. A missed session keeps its planned minutes.</source>
        <translation>Diese Minuten erscheinen im Steuerexport. Eine versäumte Sitzung behält ihre geplanten Minuten.</translation>
    </message>
    <message>
        <source>CoachDesk locked at %1 while your session with %2 (%3) was open.</source>
        <translation>CoachDesk wurde um %1 gesperrt, während Ihre Sitzung mit %2 (%3) geöffnet war.</translation>
    </message>
    <message>
        <source>CoachDesk was closed at %1 while your session with %2 (%3) was open.</source>
        <translation>CoachDesk wurde um %1 geschlossen, während Ihre Sitzung mit %2 (%3) geöffnet war.</translation>
    </message>
    <message numerus="yes">
        <source>Your note was saved. The session was kept as held for %n min, as measured (planned: %1 min).</source>
        <translation>
            <numerusform>Ihre Notiz wurde gespeichert. Die Sitzung wurde wie gemessen als stattgefunden mit %n Min. übernommen (geplant: %1 Min.).</numerusform>
            <numerusform>Ihre Notiz wurde gespeichert. Die Sitzung wurde wie gemessen als stattgefunden mit %n Min. übernommen (geplant: %1 Min.).</numerusform>
        </translation>
    </message>
    <message>
        <source>Review it now to correct the minutes, or to mark it missed? You can also change it later: Edit session… on the client&apos;s Sessions tab.</source>
        <translation>Jetzt prüfen, um die Minuten zu korrigieren oder sie als versäumt zu markieren? Sie können das auch später ändern: „Sitzung bearbeiten…“ im Reiter „Sitzungen“ des Klienten.</translation>
    </message>
    <message>
        <source>A session was cut short</source>
        <translation>Eine Sitzung wurde unterbrochen</translation>
    </message>
    <message>
        <source>Review the session…</source>
        <translation>Sitzung prüfen…</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>So lassen</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>e.g. Acme Ltd</source>
        <translation>z. B. Muster GmbH</translation>
    </message>
    <message>
        <source>&amp;Billing name</source>
        <translation>Rechnungs&amp;name</translation>
    </message>
    <message>
        <source>who invoices go to</source>
        <translation>an wen Rechnungen gehen</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Street, town, postcode, country: one a line</source>
        <translation>Straße, PLZ und Ort, Land: je eine Zeile</translation>
    </message>
    <message>
        <source>New sponsor</source>
        <translation>Neuer Sponsor</translation>
    </message>
    <message>
        <source>this sponsor</source>
        <translation>diesen Sponsor</translation>
    </message>
    <message>
        <source>Edit sponsor</source>
        <translation>Sponsor bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>e.g. HR business partner</source>
        <translation>z. B. HR Business Partner</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neue Ansprechperson</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>diese Ansprechperson</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>CoachDesk could not write %1 (%2). Nothing was exported.</source>
        <translation>CoachDesk konnte %1 nicht schreiben (%2). Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No file manager answered. The file is in %1</source>
        <translation>Kein Dateimanager hat geantwortet. Die Datei liegt in %1</translation>
    </message>
    <message>
        <source>No app to open it answered. The file is in %1</source>
        <translation>Keine App zum Öffnen hat geantwortet. Die Datei liegt in %1</translation>
    </message>
    <message>
        <source>Closed when CoachDesk locked, with changes that were not saved: %1. Those changes need entering again.</source>
        <translation>Geschlossen, als CoachDesk gesperrt wurde, mit Änderungen, die nicht gespeichert waren: %1. Diese Änderungen müssen erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>What was saved before is safe.</source>
        <translation>Was zuvor gespeichert wurde, ist sicher.</translation>
    </message>
    <message>
        <source>A note was not saved</source>
        <translation>Eine Notiz wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Unsaved changes were discarded</source>
        <translation>Nicht gespeicherte Änderungen wurden verworfen</translation>
    </message>
    <message>
        <source>%1 per session</source>
        <translation>%1 pro Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>%1 for the engagement (planned sessions: %n)</source>
        <translation>
            <numerusform>%1 für den Auftrag (geplante Sitzungen: %n)</numerusform>
            <numerusform>%1 für den Auftrag (geplante Sitzungen: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for the engagement</source>
        <translation>%1 für den Auftrag</translation>
    </message>
    <message numerus="yes">
        <source>%1 for a package (sessions: %n), to be used by %2</source>
        <translation>
            <numerusform>%1 für ein Paket (Sitzungen: %n), einzulösen bis %2</numerusform>
            <numerusform>%1 für ein Paket (Sitzungen: %n), einzulösen bis %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for a package (sessions: %n)</source>
        <translation>
            <numerusform>%1 für ein Paket (Sitzungen: %n)</numerusform>
            <numerusform>%1 für ein Paket (Sitzungen: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: fee basis to confirm</source>
        <translation>%1: Abrechnungsbasis noch zu bestätigen</translation>
    </message>
    <message numerus="yes">
        <source>In all: %1 (planned sessions: %n)</source>
        <translation>
            <numerusform>Insgesamt: %1 (geplante Sitzungen: %n)</numerusform>
            <numerusform>Insgesamt: %1 (geplante Sitzungen: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A session&apos;s share: %1 (planned sessions: %n)</source>
        <translation>
            <numerusform>Anteil je Sitzung: %1 (geplante Sitzungen: %n)</numerusform>
            <numerusform>Anteil je Sitzung: %1 (geplante Sitzungen: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No number of sessions planned: sessions carry no share of the fee.</source>
        <translation>Keine Anzahl an Sitzungen geplant: Die Sitzungen tragen keinen Anteil am Honorar.</translation>
    </message>
    <message numerus="yes">
        <source>A session&apos;s share: %1 (sessions in the package: %n)</source>
        <translation>
            <numerusform>Anteil je Sitzung: %1 (Sitzungen im Paket: %n)</numerusform>
            <numerusform>Anteil je Sitzung: %1 (Sitzungen im Paket: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n used</source>
        <translation>
            <numerusform>%1 von %n genutzt</numerusform>
            <numerusform>%1 von %n genutzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n pro bono)</source>
        <translation>
            <numerusform> (und %n pro bono)</numerusform>
            <numerusform> (und %n pro bono)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every session of the package is used.</source>
        <translation>Alle Sitzungen des Pakets sind genutzt.</translation>
    </message>
    <message>
        <source>The last session is booked.</source>
        <translation>Die letzte Sitzung ist gebucht.</translation>
    </message>
    <message numerus="yes">
        <source>Booked beyond the package: %n more than it holds.</source>
        <translation>
            <numerusform>Über das Paket hinaus gebucht: %n mehr, als es umfasst.</numerusform>
            <numerusform>Über das Paket hinaus gebucht: %n mehr, als es umfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its last day is today.</source>
        <translation>Sein letzter Tag ist heute.</translation>
    </message>
    <message numerus="yes">
        <source>Its last day is %1 (days left: %n).</source>
        <translation>
            <numerusform>Sein letzter Tag ist %1 (verbleibende Tage: %n).</numerusform>
            <numerusform>Sein letzter Tag ist %1 (verbleibende Tage: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its last day was %1; sessions unused: %n.</source>
        <translation>
            <numerusform>Sein letzter Tag war %1; ungenutzte Sitzungen: %n.</numerusform>
            <numerusform>Sein letzter Tag war %1; ungenutzte Sitzungen: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>All sessions used</source>
        <translation>Alle Sitzungen genutzt</translation>
    </message>
    <message>
        <source>Booked beyond it</source>
        <translation>Überbucht</translation>
    </message>
    <message>
        <source>Last session booked</source>
        <translation>Letzte Sitzung gebucht</translation>
    </message>
    <message>
        <source>Last day near</source>
        <translation>Letzter Tag naht</translation>
    </message>
    <message>
        <source>Last day passed</source>
        <translation>Letzter Tag vorbei</translation>
    </message>
    <message numerus="yes">
        <source>Last day: %1 (days left: %n)</source>
        <translation>
            <numerusform>Letzter Tag: %1 (verbleibende Tage: %n)</numerusform>
            <numerusform>Letzter Tag: %1 (verbleibende Tage: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The client&apos;s</source>
        <translation>Zuständig: Klient</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Zuständig: Sie</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>due %1, overdue</source>
        <translation>fällig am %1, überfällig</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>notiert am %1</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>bezahlt am %1</translation>
    </message>
    <message>
        <source>voided %1</source>
        <translation>storniert am %1</translation>
    </message>
    <message>
        <source>Issued %1 · %2</source>
        <translation>Ausgestellt am %1 · %2</translation>
    </message>
    <message>
        <source>a payment recorded %1 on this computer was set aside: refund it or put it on a new invoice</source>
        <translation>eine Zahlung vom %1, erfasst auf diesem Computer, wurde zurückgestellt: Erstatten Sie sie oder nehmen Sie sie in eine neue Rechnung auf</translation>
    </message>
    <message>
        <source>a payment recorded %1 on computer %2 was set aside: refund it or put it on a new invoice</source>
        <translation>eine Zahlung vom %1, erfasst auf Computer %2, wurde zurückgestellt: Erstatten Sie sie oder nehmen Sie sie in eine neue Rechnung auf</translation>
    </message>
    <message>
        <source>New &amp;invoice…</source>
        <translation>Neue &amp;Rechnung…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>Mark pai&amp;d…</source>
        <translation>Als &amp;bezahlt markieren…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Stornieren…</translation>
    </message>
    <message>
        <source>No invoices yet.
An invoice bills held sessions: their dates, minutes and fees, never what was said. Numbers run on without a gap each year.</source>
        <translation>Noch keine Rechnungen.
Eine Rechnung berechnet stattgefundene Sitzungen: ihre Daten, Minuten und Honorare, nie das Gesagte. Die Nummern laufen jedes Jahr lückenlos fort.</translation>
    </message>
    <message>
        <source>New invoice…</source>
        <translation>Neue Rechnung…</translation>
    </message>
    <message>
        <source>Mark un&amp;paid</source>
        <translation>Als &amp;unbezahlt markieren</translation>
    </message>
    <message>
        <source>Invoice %1 issued. Save its PDF to send it.</source>
        <translation>Rechnung %1 ausgestellt. Speichern Sie das PDF, um sie zu versenden.</translation>
    </message>
    <message>
        <source>Save the invoice</source>
        <translation>Rechnung speichern</translation>
    </message>
    <message>
        <source>Invoice %1 saved to %2. This export is recorded.</source>
        <translation>Rechnung %1 gespeichert in %2. Dieser Export wurde protokolliert.</translation>
    </message>
    <message>
        <source>Mark unpaid</source>
        <translation>Als unbezahlt markieren</translation>
    </message>
    <message>
        <source>Mark invoice %1 unpaid again? Its payment on %2 is forgotten.</source>
        <translation>Rechnung %1 wieder als unbezahlt markieren? Die Zahlung vom %2 wird verworfen.</translation>
    </message>
    <message>
        <source>Invoice %1 marked paid.</source>
        <translation>Rechnung %1 als bezahlt markiert.</translation>
    </message>
    <message>
        <source>Invoice %1 voided.</source>
        <translation>Rechnung %1 storniert.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>No sponsor: the client pays</source>
        <translation>Kein Sponsor: Klient zahlt selbst</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Paket: %1</translation>
    </message>
    <message>
        <source>Fee %1</source>
        <translation>Honorar %1</translation>
    </message>
    <message>
        <source>Sessions planned: %1</source>
        <translation>Geplante Sitzungen: %1</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Ziele: %1</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Noch keine Ziele</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> · private reflection</source>
        <translation> · private Reflexion</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>Pro bono: not billed</source>
        <translation>Pro bono: nicht berechnet</translation>
    </message>
    <message>
        <source>Signed by %1 of %2</source>
        <translation>Unterschrieben: %1 von %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>For %1 · %2 to %3</source>
        <translation>Für %1 · %2 bis %3</translation>
    </message>
    <message>
        <source>Next session: %1</source>
        <translation>Nächste Sitzung: %1</translation>
    </message>
    <message>
        <source>No session planned</source>
        <translation>Keine Sitzung geplant</translation>
    </message>
    <message>
        <source>Last held: %1</source>
        <translation>Letzte Sitzung: %1</translation>
    </message>
    <message>
        <source>None held yet</source>
        <translation>Bisher keine Sitzung</translation>
    </message>
    <message>
        <source>Approved %1, %2</source>
        <translation>Freigegeben am %1, %2</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, bis %1</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>Der Bericht: %1.</translation>
    </message>
    <message>
        <source>Item %1 “%2”: %3.</source>
        <translation>Punkt %1 „%2“: %3.</translation>
    </message>
    <message>
        <source>Exported D-%1</source>
        <translation>Exportiert D-%1</translation>
    </message>
    <message>
        <source>Ready to export</source>
        <translation>Bereit zum Export</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n approved</source>
        <translation>
            <numerusform>%1 von %n freigegeben</numerusform>
            <numerusform>%1 von %n freigegeben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n struck, nothing to send</source>
        <translation>
            <numerusform>%n gestrichen, nichts zu senden</numerusform>
            <numerusform>%n gestrichen, nichts zu senden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in it yet</source>
        <translation>Noch leer</translation>
    </message>
    <message>
        <source>changed since it was sent</source>
        <translation>seit dem Versand geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n struck by the client</source>
        <translation>
            <numerusform>%n vom Klienten gestrichen</numerusform>
            <numerusform>%n vom Klienten gestrichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can leave yet:</source>
        <translation>Noch kann nichts versandt werden:</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Klient: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Zeitraum: %1 bis %2</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Zweck: %1</translation>
    </message>
    <message>
        <source>Print &amp;in:</source>
        <translation>Druck&amp;sprache:</translation>
    </message>
    <message>
        <source>Print in</source>
        <translation>Drucksprache</translation>
    </message>
    <message>
        <source>The language of CoachDesk&apos;s words in the report and its release form: headings, labels, session facts and dates. The client&apos;s words print as they were approved.</source>
        <translation>Die Sprache der Worte von CoachDesk im Bericht und in seinem Freigabeformular: Überschriften, Beschriftungen, Sitzungsangaben und Daten. Die Worte des Klienten werden so gedruckt, wie sie freigegeben wurden.</translation>
    </message>
    <message>
        <source>Print in another language</source>
        <translation>In einer anderen Sprache drucken</translation>
    </message>
    <message>
        <source>The client approved this report printed in %1. Printed in %2, it needs their approval again before it can be sent.</source>
        <translation>Der Klient hat diesen Bericht auf %1 gedruckt freigegeben. Auf %2 gedruckt braucht er erneut seine Freigabe, bevor er gesendet werden kann.</translation>
    </message>
    <message>
        <source>Print in %1</source>
        <translation>Auf %1 drucken</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Weitergaben</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Weitergabe</translation>
    </message>
    <message>
        <source>Nothing has left the vault yet. Each report you export, and each legal export, is logged here: to whom, when, why, and the exact words.</source>
        <translation>Noch hat nichts den Tresor verlassen. Jeder Bericht, den Sie exportieren, und jede Herausgabe aus rechtlichen Gründen wird hier protokolliert: an wen, wann, warum und mit genauem Wortlaut.</translation>
    </message>
    <message>
        <source>What left, to whom, and why</source>
        <translation>Was hinausging, an wen und warum</translation>
    </message>
    <message>
        <source>Access request bundle</source>
        <translation>Auskunftspaket</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Wann: %1</translation>
    </message>
    <message>
        <source>When: %1 UTC</source>
        <translation type="vanished">Wann: %1 UTC</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Rechtsgrundlage: %1</translation>
    </message>
    <message>
        <source>File SHA-256: %1</source>
        <translation>SHA-256 der Datei: %1</translation>
    </message>
    <message>
        <source>Printed in: %1</source>
        <translation>Drucksprache: %1</translation>
    </message>
    <message>
        <source>Session facts sent (as the agreement allows):</source>
        <translation>Gesendete Sitzungsangaben (wie die Vereinbarung erlaubt):</translation>
    </message>
    <message numerus="yes">
        <source>The exact words sent (%n passage(s)):</source>
        <translation>
            <numerusform>Der genaue gesendete Wortlaut (%n Passage):</numerusform>
            <numerusform>Der genaue gesendete Wortlaut (%n Passagen):</numerusform>
        </translation>
    </message>
    <message>
        <source>What you told them</source>
        <translation>Was Sie ihnen mitgeteilt haben</translation>
    </message>
    <message>
        <source>The chosen request</source>
        <translation>Die gewählte Anfrage</translation>
    </message>
    <message>
        <source>No sponsor requests logged. When a sponsor asks what happens in the coaching, log it here: you see what the agreement lets them receive, and record how you answered.</source>
        <translation>Noch keine Sponsor-Anfragen protokolliert. Wenn ein Sponsor fragt, was im Coaching geschieht, protokollieren Sie es hier: Sie sehen, was der Sponsor laut Vereinbarung erhalten darf, und halten fest, wie Sie geantwortet haben.</translation>
    </message>
    <message>
        <source>Log a request…</source>
        <translation>Anfrage protokollieren…</translation>
    </message>
    <message>
        <source>Your address and contact, as invoices show them</source>
        <translation>Ihre Adresse und Kontaktdaten, wie Rechnungen sie zeigen</translation>
    </message>
    <message>
        <source>VAT, GST or tax number</source>
        <translation>USt-IdNr. oder Steuernummer</translation>
    </message>
    <message>
        <source>e.g. VAT</source>
        <translation>z. B. USt.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Bank account, or how clients pay you</source>
        <translation>Bankverbindung oder wie Klienten Sie bezahlen</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Your &amp;details</source>
        <translation>&amp;Ihre Angaben</translation>
    </message>
    <message>
        <source>Ta&amp;x number</source>
        <translation>&amp;Steuernummer</translation>
    </message>
    <message>
        <source>Tax &amp;line</source>
        <translation>Steuer&amp;zeile</translation>
    </message>
    <message>
        <source>Days to &amp;pay</source>
        <translation>Zahlungs&amp;frist (Tage)</translation>
    </message>
    <message>
        <source>How to pa&amp;y</source>
        <translation>Zahlungswe&amp;g</translation>
    </message>
    <message>
        <source>Copied onto each invoice as it is issued: a change here never alters an invoice already issued.</source>
        <translation>Wird beim Ausstellen auf jede Rechnung übernommen: Eine Änderung hier verändert nie eine bereits ausgestellte Rechnung.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Neue Vorlage</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>Vorlage entfernen</translation>
    </message>
    <message>
        <source>The template&apos;s name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Vorlagenname</translation>
    </message>
    <message>
        <source>The template&apos;s sections</source>
        <translation>Die Abschnitte der Vorlage</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Who may see it</source>
        <translation>Sichtbar für</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Leitfrage</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>&amp;Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>Abschnitt entfernen</translation>
    </message>
    <message>
        <source>Save &amp;template</source>
        <translation>Vorlage &amp;speichern</translation>
    </message>
    <message>
        <source>A session&apos;s notes start from a template. Each section says who may see what is written in it, and is kept as a note of its own. The coach&apos;s reflection is yours alone, always.</source>
        <translation>Die Notizen einer Sitzung beginnen mit einer Vorlage. Jeder Abschnitt legt fest, wer sehen darf, was darin steht, und wird als eigene Notiz gespeichert. Die Reflexion des Coaches gehört immer allein Ihnen.</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Notizvorlagen</translation>
    </message>
    <message>
        <source>The coach&apos;s reflection: coach only, always</source>
        <translation>Reflexion des Coaches: immer nur Coach</translation>
    </message>
    <message>
        <source>(new template)</source>
        <translation>(neue Vorlage)</translation>
    </message>
    <message>
        <source>Saved. New sessions can start from it.</source>
        <translation>Gespeichert. Neue Sitzungen können damit beginnen.</translation>
    </message>
    <message>
        <source>Removed. Notes written with it keep their sections.</source>
        <translation>Entfernt. Damit geschriebene Notizen behalten ihre Abschnitte.</translation>
    </message>
    <message numerus="yes">
        <source>Ended %1 · kept %n year(s), until %2</source>
        <translation>
            <numerusform>Beendet am %1 · %n Jahr aufbewahrt, bis %2</numerusform>
            <numerusform>Beendet am %1 · %n Jahre aufbewahrt, bis %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Past retention</source>
        <translation>Frist abgelaufen</translation>
    </message>
    <message>
        <source>%1 · running since %2</source>
        <translation>%1 · läuft seit %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemanden</translation>
    </message>
    <message>
        <source>%1 · waiting for: %2</source>
        <translation>%1 · wartet auf: %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>ends %1 (%2)</source>
        <translation>endet am %1 (%2)</translation>
    </message>
    <message>
        <source>To restore your newest backup, type your recovery code.</source>
        <translation>Um Ihre neueste Sicherung wiederherzustellen, geben Sie Ihren Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring does not hold your vault&apos;s key. To restore your newest backup, type your recovery code.</source>
        <translation>Der Schlüsselbund dieses Computers enthält den Schlüssel Ihres Tresors nicht. Um Ihre neueste Sicherung wiederherzustellen, geben Sie Ihren Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Sicherung wird geprüft…</translation>
    </message>
    <message>
        <source>Checking the backup made %1…</source>
        <translation>Sicherung vom %1 wird geprüft…</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Replace everything in your vault with the backup made %1? What you changed since it was made will be gone from the vault. The backup checked out; your vault as it is now is kept, encrypted, in the vault&apos;s folder, so this can be undone.</source>
        <translation>Alles in Ihrem Tresor durch die Sicherung vom %1 ersetzen? Was Sie seitdem geändert haben, ist dann nicht mehr im Tresor. Die Sicherung ist geprüft und intakt; Ihr Tresor, wie er jetzt ist, bleibt verschlüsselt im Ordner des Tresors erhalten, sodass sich dies rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Your vault will then open with the passphrase that was in use when the backup was made, or with the recovery code you typed.</source>
        <translation>Ihr Tresor öffnet sich dann mit der Passphrase, die beim Erstellen der Sicherung galt, oder mit dem eingegebenen Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>Your vault will then open with the key of this backup: the recovery code you typed is the one to keep.</source>
        <translation>Ihr Tresor öffnet sich dann mit dem Schlüssel dieser Sicherung: Der eingegebene Wiederherstellungscode ist der, den Sie aufbewahren sollten.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Identity not checked</source>
        <translation>Identität nicht geprüft</translation>
    </message>
    <message>
        <source>Record it in the requests log: Data protection → Requests log → Identity checked…</source>
        <translation>Erfassen Sie es im Anfragenprotokoll: Datenschutz → Anfragenprotokoll → Identität geprüft…</translation>
    </message>
    <message>
        <source>Request logged: due on %1.</source>
        <translation>Anfrage protokolliert: fällig am %1.</translation>
    </message>
    <message>
        <source>Save the access bundle (PDF; the JSON file goes beside it)</source>
        <translation>Auskunftspaket speichern (PDF; die JSON-Datei kommt daneben)</translation>
    </message>
    <message>
        <source>Nothing was sent: no file was chosen.</source>
        <translation>Nichts wurde gesendet: Es wurde keine Datei gewählt.</translation>
    </message>
    <message>
        <source>Bundle saved</source>
        <translation>Auskunftspaket gespeichert</translation>
    </message>
    <message>
        <source>The PDF and the JSON file were saved, and logged as disclosure D-%1. Once the client has both, record the access request as done today?</source>
        <translation>Die PDF- und die JSON-Datei wurden gespeichert und als Weitergabe D-%1 protokolliert. Sobald der Klient beide hat: Auskunftsanfrage mit heutigem Datum als erledigt erfassen?</translation>
    </message>
    <message>
        <source>Record as done</source>
        <translation>Als erledigt erfassen</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Files saved</source>
        <translation>Dateien gespeichert</translation>
    </message>
    <message>
        <source>Saved %1 and the CSV file beside it. Once the client has them, record the portability request as done today?</source>
        <translation>%1 und die CSV-Datei daneben wurden gespeichert. Sobald der Klient sie hat: Anfrage auf Datenübertragbarkeit mit heutigem Datum als erledigt erfassen?</translation>
    </message>
    <message>
        <source>Save the client&apos;s data (JSON; the CSV file goes beside it)</source>
        <translation>Daten des Klienten speichern (JSON; die CSV-Datei kommt daneben)</translation>
    </message>
    <message>
        <source>Close this client&apos;s open notes before erasing the records.</source>
        <translation>Schließen Sie die offenen Notizen dieses Klienten, bevor Sie die Unterlagen löschen.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s), kept whole for the tax office</source>
        <translation>
            <numerusform>%n Rechnung, vollständig aufbewahrt für das Finanzamt</numerusform>
            <numerusform>%n Rechnungen, vollständig aufbewahrt für das Finanzamt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the dates, lengths and fees of %n session(s)</source>
        <translation>
            <numerusform>Datum, Dauer und Honorar von %n Sitzung</numerusform>
            <numerusform>Daten, Dauer und Honorare von %n Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the disclosure log, without their words</source>
        <translation>
            <numerusform>%n Eintrag im Weitergabeprotokoll, ohne seinen Wortlaut</numerusform>
            <numerusform>%n Einträge im Weitergabeprotokoll, ohne ihren Wortlaut</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase the client&apos;s records</source>
        <translation>Unterlagen des Klienten löschen</translation>
    </message>
    <message>
        <source>Erase %1&apos;s records from the vault and from every backup in your backup folder? This cannot be undone. The law requires keeping: %2. The receipt says so.</source>
        <translation>Die Unterlagen von %1 aus dem Tresor und aus jeder Sicherung in Ihrem Sicherungsordner löschen? Das lässt sich nicht rückgängig machen. Gesetzlich aufzubewahren ist: %2. Der Nachweis hält das fest.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Erase the records</source>
        <translation>Unterlagen löschen</translation>
    </message>
    <message>
        <source>Erasing the records…</source>
        <translation>Unterlagen werden gelöscht…</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Save the erasure receipt</source>
        <translation>Löschnachweis speichern</translation>
    </message>
    <message>
        <source>Erasure receipt saved.</source>
        <translation>Löschnachweis gespeichert.</translation>
    </message>
    <message>
        <source>Save the record of processing</source>
        <translation>Verarbeitungsverzeichnis speichern</translation>
    </message>
    <message>
        <source>Nothing was saved: no file was chosen.</source>
        <translation>Nichts wurde gespeichert: Es wurde keine Datei gewählt.</translation>
    </message>
    <message>
        <source>Record of processing saved to %1.</source>
        <translation>Verarbeitungsverzeichnis unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Restoring the backup made %1…</source>
        <translation>Sicherung vom %1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Unlock your vault as usual to carry on.</source>
        <translation>Entsperren Sie Ihren Tresor wie gewohnt, um weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Your vault now holds the records of the backup made %1.</source>
        <translation>Ihr Tresor enthält jetzt die Daten der Sicherung vom %1.</translation>
    </message>
    <message>
        <source>The vault as it was before is kept, encrypted, in the vault&apos;s folder as %1.</source>
        <translation>Der vorherige Tresor bleibt verschlüsselt im Ordner des Tresors erhalten, als %1.</translation>
    </message>
    <message>
        <source>Its key is now kept in this computer&apos;s keyring.</source>
        <translation>Sein Schlüssel liegt jetzt im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring could not keep its key (%1) Until it can, CoachDesk asks for your recovery code at each start.</source>
        <translation>Der Schlüsselbund dieses Computers konnte den Schlüssel nicht aufnehmen (%1). Bis das möglich ist, fragt CoachDesk bei jedem Start nach Ihrem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>This computer now syncs as a new computer of the practice: the numbers it gives from now on carry the letter %1. What it had sent to the sync folder after the backup was made comes back from there.</source>
        <translation>Dieser Computer synchronisiert jetzt als neuer Computer der Praxis: Die Nummern, die er von nun an vergibt, tragen den Buchstaben %1. Was er nach der Sicherung in den Synchronisierungsordner geschrieben hatte, kommt von dort zurück.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Choose a new passphrase?</source>
        <translation>Neue Passphrase wählen?</translation>
    </message>
    <message>
        <source>Your vault now opens with the passphrase that was in use when the backup was made. If you do not remember it, choose a new one now: the recovery code you typed stands in for it.</source>
        <translation>Ihr Tresor öffnet sich jetzt mit der Passphrase, die beim Erstellen der Sicherung galt. Wenn Sie sich nicht an sie erinnern, wählen Sie jetzt eine neue: Der eingegebene Wiederherstellungscode tritt an ihre Stelle.</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Neue Passphrase wählen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>, always</source>
        <translation>, immer</translation>
    </message>
    <message>
        <source>Who may see this note</source>
        <translation>Wer diese Notiz sehen darf</translation>
    </message>
    <message>
        <source>Who may see this note. A sponsor sees words from it only in a report the client approved.</source>
        <translation>Wer diese Notiz sehen darf. Ein Sponsor sieht Worte daraus nur in einem Bericht, den der Klient freigegeben hat.</translation>
    </message>
    <message>
        <source>&amp;Who may see it:</source>
        <translation>Sicht&amp;bar für:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Ctrl+Tab moves on to the next control.</source>
        <translation>Ctrl+Tab springt zum nächsten Steuerelement.</translation>
    </message>
    <message>
        <source>Write your note. Everything saves by itself.</source>
        <translation>Schreiben Sie Ihre Notiz. Alles wird automatisch gespeichert.</translation>
    </message>
    <message>
        <source>Write as you listen. Everything saves by itself.</source>
        <translation>Schreiben Sie, während Sie zuhören. Alles wird automatisch gespeichert.</translation>
    </message>
    <message>
        <source>The note&apos;s sections</source>
        <translation>Die Abschnitte der Notiz</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <source>Not saved: %1 Everything you typed is still here, and saves by itself once it can.</source>
        <translation>Nicht gespeichert: %1 Alles, was Sie eingegeben haben, ist noch da und wird automatisch gespeichert, sobald es geht.</translation>
    </message>
    <message>
        <source>Not saved (%2): %1 Everything you typed is still here, and saves by itself once it can.</source>
        <translation>Nicht gespeichert (%2): %1 Alles, was Sie eingegeben haben, ist noch da und wird automatisch gespeichert, sobald es geht.</translation>
    </message>
    <message>
        <source>Who may see the note: %1</source>
        <translation>Wer die Notiz sehen darf: %1</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Notizvorlage</translation>
    </message>
    <message>
        <source>One page, no sections</source>
        <translation>Eine Seite, keine Abschnitte</translation>
    </message>
    <message>
        <source>The page this note starts from. It can change until you write the first word.</source>
        <translation>Die Seite, mit der diese Notiz beginnt. Sie lässt sich ändern, bis Sie das erste Wort schreiben.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>handwritten signature</source>
        <translation>handschriftliche Unterschrift</translation>
    </message>
    <message>
        <source>electronic signature</source>
        <translation>elektronische Unterschrift</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Signature: ______________________________     Date: ________________</source>
        <translation>Unterschrift: ______________________________     Datum: ________________</translation>
    </message>
    <message>
        <source>Between  </source>
        <translation>Zwischen  </translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>Signed for the sponsor by %1 on %2 (%3).</source>
        <translation>Für den Sponsor unterschrieben von %1 am %2 (%3).</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 (%3).</source>
        <translation>Unterschrieben von %1 am %2 (%3).</translation>
    </message>
    <message>
        <source>Name: ______________________________</source>
        <translation>Name: ______________________________</translation>
    </message>
    <message>
        <source>Title: ______________________________</source>
        <translation>Funktion: ______________________________</translation>
    </message>
    <message>
        <source>Printed from CoachDesk on %1 for signing. Each printing is recorded in the coach&apos;s records.</source>
        <translation>Am %1 aus CoachDesk zum Unterschreiben gedruckt. Jeder Ausdruck wird in den Unterlagen des Coaches festgehalten.</translation>
    </message>
    <message>
        <source>Coaching agreement</source>
        <translation>Coaching-Vereinbarung</translation>
    </message>
    <message>
        <source>PREVIEW, not a disclosure · %1</source>
        <translation>VORSCHAU, keine Weitergabe · %1</translation>
    </message>
    <message>
        <source>Disclosure %1 · exported from CoachDesk on %2</source>
        <translation>Weitergabe %1 · am %2 aus CoachDesk exportiert</translation>
    </message>
    <message>
        <source>Coaching progress report</source>
        <translation>Bericht über den Coaching-Fortschritt</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="vanished">Für</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="vanished">Zeitraum</translation>
    </message>
    <message>
        <source>Access to their data (Art. 15)</source>
        <translation>Auskunft über ihre Daten (Art. 15)</translation>
    </message>
    <message>
        <source>A copy to take elsewhere (portability, Art. 20)</source>
        <translation>Eine Kopie zur Mitnahme (Datenübertragbarkeit, Art. 20)</translation>
    </message>
    <message>
        <source>Correction (Art. 16)</source>
        <translation>Berichtigung (Art. 16)</translation>
    </message>
    <message>
        <source>Erasure (Art. 17)</source>
        <translation>Löschung (Art. 17)</translation>
    </message>
    <message>
        <source>Objection to a use of their data (Art. 21)</source>
        <translation>Widerspruch gegen eine Verwendung ihrer Daten (Art. 21)</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Auskunft</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Übertragbarkeit</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Berichtigung</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Löschung</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>Asked in person, by the client I know</source>
        <translation>Persönlich gestellt, vom mir bekannten Klienten</translation>
    </message>
    <message>
        <source>From the email or phone the client gave me</source>
        <translation>Von der E-Mail-Adresse oder Telefonnummer, die der Klient mir gegeben hat</translation>
    </message>
    <message>
        <source>An identity document was shown</source>
        <translation>Ein Ausweisdokument wurde vorgelegt</translation>
    </message>
    <message>
        <source>I called the client back to confirm</source>
        <translation>Ich habe den Klienten zur Bestätigung zurückgerufen</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Done in part</source>
        <translation>Teilweise erledigt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Withdrawn by the client</source>
        <translation>Vom Klienten zurückgezogen</translation>
    </message>
    <message>
        <source>It would reveal another person&apos;s information (such as a sponsor&apos;s own words)</source>
        <translation>Es würde Angaben über eine andere Person offenlegen (etwa die eigenen Worte eines Sponsors)</translation>
    </message>
    <message>
        <source>The coach&apos;s own reflections, which the law lets me keep back</source>
        <translation>Die eigenen Reflexionen des Coaches, die ich nach dem Gesetz zurückhalten darf</translation>
    </message>
    <message>
        <source>Needed to establish or defend a legal claim</source>
        <translation>Zur Geltendmachung oder Abwehr eines Rechtsanspruchs nötig</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdaten</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>What a sponsor asked about you</source>
        <translation>Was ein Sponsor über Sie gefragt hat</translation>
    </message>
    <message>
        <source>Words sent to others</source>
        <translation>An andere gesendete Worte</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>In the client&apos;s approved words</source>
        <translation>In den vom Klienten freigegebenen Worten</translation>
    </message>
    <message>
        <source>Each passage below was read and approved by the client, word for word, for this recipient.</source>
        <translation>Jede Passage unten wurde vom Klienten gelesen und für diesen Empfänger Wort für Wort freigegeben.</translation>
    </message>
    <message>
        <source>Approved %1, %2.</source>
        <translation>Freigegeben am %1, %2.</translation>
    </message>
    <message>
        <source>This report holds only passages the client approved word for word for its recipient, and the session facts the coaching agreement allows. It is confidential to its recipient; please do not pass it on.</source>
        <translation>Dieser Bericht enthält nur Passagen, die der Klient für seinen Empfänger Wort für Wort freigegeben hat, sowie die Sitzungsangaben, die die Coaching-Vereinbarung zulässt. Er ist nur für seinen Empfänger bestimmt; bitte geben Sie ihn nicht weiter.</translation>
    </message>
    <message>
        <source>my coach</source>
        <translation>meinem Coach</translation>
    </message>
    <message>
        <source>Permission to share coaching information</source>
        <translation>Einwilligung zur Weitergabe von Coaching-Informationen</translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period, the session facts and the passages, word for word.</source>
        <translation>Ich, %1, erlaube %2, %3 den unten aufgeführten Bericht genau so zu senden, wie er hier gedruckt ist: wer ihn erhält, sein Zweck und Zeitraum, die Sitzungsangaben und die Passagen, Wort für Wort.</translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period, the session facts.</source>
        <translation>Ich, %1, erlaube %2, %3 den unten aufgeführten Bericht genau so zu senden, wie er hier gedruckt ist: wer ihn erhält, sein Zweck und Zeitraum, die Sitzungsangaben.</translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period and the passages, word for word.</source>
        <translation>Ich, %1, erlaube %2, %3 den unten aufgeführten Bericht genau so zu senden, wie er hier gedruckt ist: wer ihn erhält, sein Zweck und Zeitraum und die Passagen, Wort für Wort.</translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period.</source>
        <translation>Ich, %1, erlaube %2, %3 den unten aufgeführten Bericht genau so zu senden, wie er hier gedruckt ist: wer ihn erhält, sein Zweck und Zeitraum.</translation>
    </message>
    <message>
        <source>The report as it will be sent  ·  report code %1</source>
        <translation>Der Bericht, wie er versandt wird  ·  Berichtscode %1</translation>
    </message>
    <message>
        <source>The session facts above come from the session records, as our coaching agreement allows (as recorded on %1). Nothing else from my coaching is shared.</source>
        <translation>Die Sitzungsangaben oben stammen aus den Sitzungsunterlagen, wie es unsere Coaching-Vereinbarung zulässt (erfasst am %1). Nichts weiter aus meinem Coaching wird weitergegeben.</translation>
    </message>
    <message>
        <source>No session facts are sent. Nothing else from my coaching is shared.</source>
        <translation>Es werden keine Sitzungsangaben gesendet. Nichts weiter aus meinem Coaching wird weitergegeben.</translation>
    </message>
    <message>
        <source>I may strike out any passage before signing. I may withdraw this permission at any time by telling my coach; passages not yet sent will then not be sent. If the purpose, the period, the facts or the recipient change, I will be asked again.</source>
        <translation>Ich kann jede Passage vor dem Unterschreiben streichen. Ich kann diese Einwilligung jederzeit widerrufen, indem ich es meinem Coach sage; noch nicht gesendete Passagen werden dann nicht gesendet. Ändern sich Zweck, Zeitraum, Angaben oder Empfänger, werde ich erneut gefragt.</translation>
    </message>
    <message>
        <source>Passage %1  ·  words code %2</source>
        <translation>Passage %1  ·  Wortcode %2</translation>
    </message>
    <message>
        <source>Approved [  ]     Struck out [  ]</source>
        <translation>Freigegeben [  ]     Gestrichen [  ]</translation>
    </message>
    <message>
        <source>Expires on (optional): ________________</source>
        <translation>Gültig bis (optional): ________________</translation>
    </message>
    <message>
        <source>Coach: %1</source>
        <translation>Coach: %1</translation>
    </message>
    <message>
        <source>Release form printed from CoachDesk on %1</source>
        <translation>Freigabeformular, am %1 aus CoachDesk gedruckt</translation>
    </message>
    <message>
        <source>Consent receipt</source>
        <translation>Einwilligungsnachweis</translation>
    </message>
    <message>
        <source>%1: %2; signed by %3 on %4 (%5)</source>
        <translation>%1: %2; unterschrieben von %3 am %4 (%5)</translation>
    </message>
    <message>
        <source>%1: %2; not signed</source>
        <translation>%1: %2; nicht unterschrieben</translation>
    </message>
    <message>
        <source>%1: %2 (whose: %3; due: %4; done on %5)</source>
        <translation>%1: %2 (wessen Aufgabe: %3; fällig: %4; erledigt am %5)</translation>
    </message>
    <message>
        <source>%1: %2 (whose: %3; due: %4; open)</source>
        <translation>%1: %2 (wessen Aufgabe: %3; fällig: %4; offen)</translation>
    </message>
    <message>
        <source>Words code %1 (withdrawn %2: %3): %4</source>
        <translation>Wortcode %1 (Freigabe widerrufen am %2: %3): %4</translation>
    </message>
    <message>
        <source>Words code %1 (withdrawn %2): %3</source>
        <translation>Wortcode %1 (Freigabe widerrufen am %2): %3</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Your coach (who keeps your record)</source>
        <translation>Ihr Coach (der Ihre Unterlagen führt)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>May be shared with</source>
        <translation>Darf weitergegeben werden an</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>How you approved</source>
        <translation>Wie Sie freigegeben haben</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Freigegeben am</translation>
    </message>
    <message>
        <source>Approval ends</source>
        <translation>Freigabe endet</translation>
    </message>
    <message>
        <source>when you withdraw it</source>
        <translation>wenn Sie sie widerrufen</translation>
    </message>
    <message>
        <source>Signed form kept</source>
        <translation>Unterschriebenes Formular aufbewahrt</translation>
    </message>
    <message>
        <source>yes, encrypted with your record</source>
        <translation>ja, verschlüsselt mit Ihren Unterlagen</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>You withdrew this approval on %1: nothing in it is sent any more.</source>
        <translation>Sie haben diese Freigabe am %1 widerrufen: Nichts daraus wird mehr gesendet.</translation>
    </message>
    <message>
        <source>The report as you approved it (report code %1)</source>
        <translation>Der Bericht, wie Sie ihn freigegeben haben (Berichtscode %1)</translation>
    </message>
    <message>
        <source>The exact words you approved</source>
        <translation>Der genaue Wortlaut, den Sie freigegeben haben</translation>
    </message>
    <message>
        <source>How to withdraw</source>
        <translation>So widerrufen Sie</translation>
    </message>
    <message>
        <source>Nothing else from your coaching is shared: not your session notes, and nothing you have not approved word for word.</source>
        <translation>Nichts weiter aus Ihrem Coaching wird weitergegeben: nicht Ihre Sitzungsnotizen und nichts, was Sie nicht Wort für Wort freigegeben haben.</translation>
    </message>
    <message>
        <source>Consent receipt %1</source>
        <translation>Einwilligungsnachweis %1</translation>
    </message>
    <message>
        <source>Consent receipt %1 · CoachDesk</source>
        <translation>Einwilligungsnachweis %1 · CoachDesk</translation>
    </message>
    <message>
        <source>Complete client record: legal release</source>
        <translation>Vollständige Klientenakte: Herausgabe aus rechtlichen Gründen</translation>
    </message>
    <message>
        <source>Released under a legal obligation or at the client&apos;s own request. This is not a sponsor report.</source>
        <translation>Herausgegeben aufgrund einer rechtlichen Verpflichtung oder auf eigenen Wunsch des Klienten. Dies ist kein Sponsor-Bericht.</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Produced on</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>%1: %2 to %3 (%4)</source>
        <translation>%1: %2 bis %3 (%4)</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="vanished">nicht unterschrieben</translation>
    </message>
    <message>
        <source>What the sponsor may receive: </source>
        <translation>Was der Sponsor erhalten darf: </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>not confirmed (nothing is sent)</source>
        <translation>nicht bestätigt (nichts wird gesendet)</translation>
    </message>
    <message>
        <source>Records kept %1 years; disposal: %2</source>
        <translation>Unterlagen werden %1 Jahre aufbewahrt; Löschung: %2</translation>
    </message>
    <message>
        <source>%1, %2 min, %3</source>
        <translation>%1, %2 Min., %3</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, Ort: %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>coach&apos;s private note</source>
        <translation>private Notiz des Coaches</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 (%2), as it stands (saved %3)</source>
        <translation>%1 (%2), aktueller Stand (gespeichert %3)</translation>
    </message>
    <message>
        <source>Earlier version, saved %1</source>
        <translation>Frühere Fassung, gespeichert %1</translation>
    </message>
    <message>
        <source>open)</source>
        <translation type="vanished">offen)</translation>
    </message>
    <message>
        <source>Excerpts written for sponsors</source>
        <translation>Für Sponsoren geschriebene Auszüge</translation>
    </message>
    <message>
        <source>Reports to sponsors</source>
        <translation>Berichte an Sponsoren</translation>
    </message>
    <message>
        <source>To %1: %2 (%3 to %4)</source>
        <translation>An %1: %2 (%3 bis %4)</translation>
    </message>
    <message>
        <source>Item %1 (%2): %3</source>
        <translation>Element %1 (%2): %3</translation>
    </message>
    <message>
        <source>Approvals given, with the words approved</source>
        <translation>Erteilte Freigaben, mit dem freigegebenen Wortlaut</translation>
    </message>
    <message>
        <source>%1: %2, by %3, for %4; purpose: %5</source>
        <translation>%1: %2, von %3, für %4; Zweck: %5</translation>
    </message>
    <message>
        <source>the sponsor</source>
        <translation>den Sponsor</translation>
    </message>
    <message>
        <source>; until %1</source>
        <translation>; bis %1</translation>
    </message>
    <message>
        <source>; signed form kept</source>
        <translation>; unterschriebenes Formular aufbewahrt</translation>
    </message>
    <message>
        <source>The report as approved (report code %1): %2</source>
        <translation>Der Bericht wie freigegeben (Berichtscode %1): %2</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <source>(approved before CoachDesk kept the approved words)</source>
        <translation>(freigegeben, bevor CoachDesk den freigegebenen Wortlaut aufbewahrte)</translation>
    </message>
    <message>
        <source>Words code %1: %2</source>
        <translation>Wortcode %1: %2</translation>
    </message>
    <message>
        <source>Words code %1 (withdrawn on %2: %3): %4</source>
        <translation type="vanished">Wortcode %1 (Freigabe widerrufen am %2: %3): %4</translation>
    </message>
    <message>
        <source>Words code %1 (withdrawn on %2): %3</source>
        <translation type="vanished">Wortcode %1 (Freigabe widerrufen am %2): %3</translation>
    </message>
    <message>
        <source>Signed forms kept (encrypted in the vault)</source>
        <translation>Aufbewahrte unterschriebene Formulare (verschlüsselt im Tresor)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%3, %Ln byte(s), SHA-256 %4)</source>
        <translation>
            <numerusform>%1: %2 (%3, %Ln Byte, SHA-256 %4)</numerusform>
            <numerusform>%1: %2 (%3, %Ln Bytes, SHA-256 %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 to %3 (D-%4); purpose: %5</source>
        <translation>%1: %2 an %3 (D-%4); Zweck: %5</translation>
    </message>
    <message>
        <source>; legal basis: %1</source>
        <translation>; Rechtsgrundlage: %1</translation>
    </message>
    <message>
        <source>File SHA-256 %1</source>
        <translation>Datei-SHA-256 %1</translation>
    </message>
    <message>
        <source>Sponsor requests</source>
        <translation>Sponsor-Anfragen</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>Answered on %1: %2</source>
        <translation>Beantwortet am %1: %2</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Beantwortet: %1</translation>
    </message>
    <message>
        <source>Client record (legal release)</source>
        <translation>Klientenakte (Herausgabe aus rechtlichen Gründen)</translation>
    </message>
    <message>
        <source> · legal release</source>
        <translation> · rechtliche Herausgabe</translation>
    </message>
    <message>
        <source>What was shared about you</source>
        <translation>Was über Sie weitergegeben wurde</translation>
    </message>
    <message>
        <source>Prepared for %1 by %2 on %3.</source>
        <translation>Erstellt für %1 von %2 am %3.</translation>
    </message>
    <message>
        <source>your coach</source>
        <translation>Ihrem Coach</translation>
    </message>
    <message>
        <source>Nothing from your coaching has been shared with anyone.</source>
        <translation>Nichts aus Ihrem Coaching wurde an irgendjemanden weitergegeben.</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1: %2 bis %3</translation>
    </message>
    <message>
        <source>Purpose: %1 · Legal basis: %2</source>
        <translation>Zweck: %1 · Rechtsgrundlage: %2</translation>
    </message>
    <message>
        <source>Facts from your session records, as your agreement allows: </source>
        <translation>Angaben aus Ihren Sitzungsunterlagen, wie Ihre Vereinbarung es zulässt: </translation>
    </message>
    <message>
        <source>Your consent receipts</source>
        <translation>Ihre Einwilligungsnachweise</translation>
    </message>
    <message>
        <source>%1: approved %2 (%3) for %4</source>
        <translation>%1: freigegeben am %2 (%3) für %4</translation>
    </message>
    <message>
        <source>Disposal receipt</source>
        <translation>Löschnachweis</translation>
    </message>
    <message>
        <source>Records of</source>
        <translation>Unterlagen von</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Klientennummer</translation>
    </message>
    <message>
        <source>Disposed on</source>
        <translation>Gelöscht am</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>the coach</source>
        <translation>der Coach</translation>
    </message>
    <message>
        <source>Removed from the vault</source>
        <translation>Aus dem Tresor entfernt</translation>
    </message>
    <message>
        <source>The search index was rebuilt and the vault file compacted with secure deletion, so the removed words are not left in free space.</source>
        <translation>Der Suchindex wurde neu aufgebaut und die Tresordatei mit sicherem Löschen verdichtet, sodass die entfernten Worte nicht im freien Speicher zurückbleiben.</translation>
    </message>
    <message>
        <source>Your personal data</source>
        <translation>Ihre personenbezogenen Daten</translation>
    </message>
    <message>
        <source>Prepared for %1 by %2 on %3, in answer to your request of %4 (GDPR Art. 15).</source>
        <translation>Erstellt für %1 von %2 am %3, als Antwort auf Ihre Anfrage vom %4 (DSGVO Art. 15).</translation>
    </message>
    <message>
        <source>Your coach&apos;s details: %1</source>
        <translation>Angaben zu Ihrem Coach: %1</translation>
    </message>
    <message>
        <source>What is used, and what for</source>
        <translation>Was verwendet wird und wofür</translation>
    </message>
    <message>
        <source>Who received any of it</source>
        <translation>Wer etwas davon erhalten hat</translation>
    </message>
    <message>
        <source>Nothing about you has been disclosed to anyone.</source>
        <translation>Nichts über Sie wurde an irgendjemanden weitergegeben.</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Wie lange es aufbewahrt wird</translation>
    </message>
    <message>
        <source>No agreement names a period yet.</source>
        <translation>Noch keine Vereinbarung nennt einen Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the engagement ends</source>
        <translation>
            <numerusform>%n Jahr nach Ende des Auftrags</numerusform>
            <numerusform>%n Jahre nach Ende des Auftrags</numerusform>
        </translation>
    </message>
    <message>
        <source>no period named</source>
        <translation>kein Zeitraum genannt</translation>
    </message>
    <message>
        <source>What was withheld, and why</source>
        <translation>Was zurückgehalten wurde und warum</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s). %2</source>
        <translation>
            <numerusform>%1: %n Element. %2</numerusform>
            <numerusform>%1: %n Elemente. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The same data, for a computer to read, is in the JSON file sent with this one.</source>
        <translation>Dieselben Daten in maschinenlesbarer Form enthält die JSON-Datei, die mit dieser gesendet wird.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Record of processing activities</source>
        <translation>Verzeichnis von Verarbeitungstätigkeiten</translation>
    </message>
    <message>
        <source>GDPR Art. 30(1). Generated by CoachDesk from the practice on %1.</source>
        <translation>DSGVO Art. 30 Abs. 1. Am %1 von CoachDesk aus der Praxis erstellt.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Verantwortlicher</translation>
    </message>
    <message>
        <source>(your name is not set: Settings → Your name)</source>
        <translation>(Ihr Name ist nicht festgelegt: Einstellungen → Ihr Name)</translation>
    </message>
    <message>
        <source>(your address and contact details are not set: Settings → Invoices → Your details)</source>
        <translation>(Ihre Anschrift und Kontaktdaten sind nicht festgelegt: Einstellungen → Rechnungen → Ihre Angaben)</translation>
    </message>
    <message>
        <source>Purposes of the processing</source>
        <translation>Zwecke der Verarbeitung</translation>
    </message>
    <message>
        <source>Categories of people</source>
        <translation>Kategorien betroffener Personen</translation>
    </message>
    <message numerus="yes">
        <source>Clients: %n (records held now)</source>
        <translation>
            <numerusform>Klienten: %n (derzeit geführte Unterlagen)</numerusform>
            <numerusform>Klienten: %n (derzeit geführte Unterlagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sponsors&apos; people (contacts): %n</source>
        <translation>
            <numerusform>Personen bei Sponsoren (Ansprechpersonen): %n</numerusform>
            <numerusform>Personen bei Sponsoren (Ansprechpersonen): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Kategorien personenbezogener Daten</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Sponsors who pay for coaching, each receiving only what its agreement names and the words the client approved: %1</source>
        <translation>Sponsoren, die Coaching bezahlen; jeder erhält nur, was seine Vereinbarung nennt, und den vom Klienten freigegebenen Wortlaut: %1</translation>
    </message>
    <message>
        <source>No sponsor pays for coaching: nothing is reported to anyone.</source>
        <translation>Kein Sponsor bezahlt Coaching: An niemanden wird berichtet.</translation>
    </message>
    <message numerus="yes">
        <source>Courts and authorities, only under a legal obligation (legal exports so far: %n)</source>
        <translation>
            <numerusform>Gerichte und Behörden, nur aufgrund einer rechtlichen Verpflichtung (bisherige Herausgaben: %n)</numerusform>
            <numerusform>Gerichte und Behörden, nur aufgrund einer rechtlichen Verpflichtung (bisherige Herausgaben: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers to other countries</source>
        <translation>Übermittlungen in andere Länder</translation>
    </message>
    <message>
        <source>The encrypted backups are synced to a cloud service: %1. They are encrypted before they leave this computer; the service never holds the key.</source>
        <translation>Die verschlüsselten Sicherungen werden mit einem Cloud-Dienst abgeglichen: %1. Sie werden verschlüsselt, bevor sie diesen Computer verlassen; der Dienst hat nie den Schlüssel.</translation>
    </message>
    <message>
        <source>None. The vault and its backups stay on this computer and drives the coach holds.</source>
        <translation>Keine. Der Tresor und seine Sicherungen bleiben auf diesem Computer und auf Laufwerken im Besitz des Coaches.</translation>
    </message>
    <message>
        <source>Time limits for erasure</source>
        <translation>Fristen für die Löschung</translation>
    </message>
    <message>
        <source>No agreement names a retention period yet.</source>
        <translation>Noch keine Vereinbarung nennt eine Aufbewahrungsfrist.</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) name no period: kept until the coach disposes of them</source>
        <translation>
            <numerusform>%n Vereinbarung nennt keinen Zeitraum: aufbewahrt, bis der Coach die Unterlagen löscht</numerusform>
            <numerusform>%n Vereinbarungen nennen keinen Zeitraum: aufbewahrt, bis der Coach die Unterlagen löscht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s): %1 years after the engagement ends, then disposed of (vault and backups) with a receipt</source>
        <translation>
            <numerusform>%n Vereinbarung: %1 Jahre nach Ende des Auftrags, dann gelöscht (Tresor und Sicherungen), mit Nachweis</numerusform>
            <numerusform>%n Vereinbarungen: %1 Jahre nach Ende des Auftrags, dann gelöscht (Tresor und Sicherungen), mit Nachweis</numerusform>
        </translation>
    </message>
    <message>
        <source>Technical and organisational security measures</source>
        <translation>Technische und organisatorische Maßnahmen</translation>
    </message>
    <message>
        <source>The key is kept in the operating system&apos;s keyring (%1); a recovery code, written down by the coach, replaces it</source>
        <translation>Der Schlüssel liegt im Schlüsselbund des Betriebssystems (%1); ein vom Coach notierter Wiederherstellungscode ersetzt ihn</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>Standard des Systems</translation>
    </message>
    <message>
        <source>The key is derived from a passphrase the coach types at each unlock (PBKDF2-HMAC-SHA512); a recovery code, written down by the coach, replaces it</source>
        <translation>Der Schlüssel wird aus einer Passphrase abgeleitet, die der Coach bei jedem Entsperren eingibt (PBKDF2-HMAC-SHA512); ein vom Coach notierter Wiederherstellungscode ersetzt ihn</translation>
    </message>
    <message numerus="yes">
        <source>The vault locks after %n idle minute(s), and on demand</source>
        <translation>
            <numerusform>Der Tresor sperrt sich nach %n Minute ohne Aktivität und auf Wunsch</numerusform>
            <numerusform>Der Tresor sperrt sich nach %n Minuten ohne Aktivität und auf Wunsch</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault locks on demand (no idle lock set)</source>
        <translation>Der Tresor sperrt sich auf Wunsch (keine automatische Sperre eingestellt)</translation>
    </message>
    <message>
        <source>Encrypted backups (the vault&apos;s own key) to %1; daily: %2; each copy checked before it counts; rotated</source>
        <translation>Verschlüsselte Sicherungen (mit dem eigenen Schlüssel des Tresors) nach %1; täglich: %2; jede Kopie wird geprüft, bevor sie zählt; rotierend</translation>
    </message>
    <message>
        <source>No backup folder is chosen yet</source>
        <translation>Noch kein Sicherungsordner gewählt</translation>
    </message>
    <message numerus="yes">
        <source>Text copied out of CoachDesk leaves the clipboard after %n second(s) and at lock</source>
        <translation>
            <numerusform>Aus CoachDesk kopierter Text verlässt die Zwischenablage nach %n Sekunde und beim Sperren</numerusform>
            <numerusform>Aus CoachDesk kopierter Text verlässt die Zwischenablage nach %n Sekunden und beim Sperren</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing about a client is written to logs, temporary files or window titles; files written outside the vault are the coach&apos;s alone</source>
        <translation>Nichts über einen Klienten wird in Protokolle, temporäre Dateien oder Fenstertitel geschrieben; außerhalb des Tresors geschriebene Dateien verantwortet allein der Coach</translation>
    </message>
    <message>
        <source>Every change is recorded in an audit trail; every disclosure is logged with the file&apos;s fingerprint</source>
        <translation>Jede Änderung wird in einem Änderungsprotokoll festgehalten; jede Weitergabe wird mit dem Fingerabdruck der Datei protokolliert</translation>
    </message>
    <message>
        <source>Record of processing · %1</source>
        <translation>Verarbeitungsverzeichnis · %1</translation>
    </message>
    <message>
        <source>Erasure receipt</source>
        <translation>Löschnachweis</translation>
    </message>
    <message>
        <source>Request received on</source>
        <translation>Anfrage eingegangen am</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Gelöscht am</translation>
    </message>
    <message>
        <source>Erasure receipt %1 · printed %2</source>
        <translation>Löschnachweis %1 · gedruckt %2</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>No CoachDesk backups were found in the backup folder.</source>
        <translation>Im Sicherungsordner wurden keine CoachDesk-Sicherungen gefunden.</translation>
    </message>
    <message>
        <source>Rewritten without this client and checked: %1</source>
        <translation>Ohne diesen Klienten neu geschrieben und geprüft: %1</translation>
    </message>
    <message>
        <source>Deleted (it could not be rewritten): %1</source>
        <translation>Gelöscht (konnte nicht neu geschrieben werden): %1</translation>
    </message>
    <message>
        <source>Kept because the law requires it (legal hold)</source>
        <translation>Aufbewahrt, weil das Gesetz es verlangt (gesetzliche Aufbewahrungspflicht)</translation>
    </message>
    <message>
        <source>Invoices issued, kept whole for the tax office: %1</source>
        <translation>Ausgestellte Rechnungen, vollständig aufbewahrt für das Finanzamt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sessions&apos; dates, lengths and fees, without anything said (tax records): %n</source>
        <translation>
            <numerusform>Datum, Dauer und Honorar der Sitzungen, ohne Gesprächsinhalte (steuerliche Unterlagen): %n</numerusform>
            <numerusform>Datum, Dauer und Honorar der Sitzungen, ohne Gesprächsinhalte (steuerliche Unterlagen): %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries of the disclosure log (who received a file, when, its fingerprint; not its words): %n</source>
        <translation>
            <numerusform>Einträge im Weitergabeprotokoll (wer eine Datei erhalten hat, wann, ihr Fingerabdruck; nicht ihr Wortlaut): %n</numerusform>
            <numerusform>Einträge im Weitergabeprotokoll (wer eine Datei erhalten hat, wann, ihr Fingerabdruck; nicht ihr Wortlaut): %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This request&apos;s entry in the requests log (its dates and choices), to show it was answered.</source>
        <translation>Der Eintrag dieser Anfrage im Anfragenprotokoll (Daten und Auswahl), um zu belegen, dass sie beantwortet wurde.</translation>
    </message>
    <message>
        <source>Copies outside CoachDesk&apos;s vault and backup folder (files exported earlier, other backups) are not reached: dispose of those yourself.</source>
        <translation>Kopien außerhalb des Tresors und des Sicherungsordners von CoachDesk (früher exportierte Dateien, andere Sicherungen) werden nicht erfasst: Löschen Sie diese selbst.</translation>
    </message>
    <message>
        <source>Erasure receipt DR-%1 · printed %2</source>
        <translation type="vanished">Löschnachweis DR-%1 · gedruckt %2</translation>
    </message>
    <message>
        <source>Kept, without content</source>
        <translation>Aufbewahrt, ohne Inhalt</translation>
    </message>
    <message>
        <source>Session dates, lengths and fees (tax records); the log of disclosures (who received a file, when, and its fingerprint, but not its words); this disposal&apos;s record (client number, kinds, counts, date, basis). Copies outside CoachDesk&apos;s vault and backup folder (files you exported, other backups) are not reached: dispose of those yourself.</source>
        <translation>Datum, Dauer und Honorar der Sitzungen (steuerliche Unterlagen); das Weitergabeprotokoll (wer eine Datei erhalten hat, wann und ihr Fingerabdruck, aber nicht ihr Wortlaut); der Eintrag zu dieser Löschung (Klientennummer, Arten, Anzahlen, Datum, Grund). Kopien außerhalb des Tresors und des Sicherungsordners von CoachDesk (von Ihnen exportierte Dateien, andere Sicherungen) werden nicht erfasst: Löschen Sie diese selbst.</translation>
    </message>
    <message>
        <source>Disposal receipt %1 · printed %2</source>
        <translation>Löschnachweis %1 · gedruckt %2</translation>
    </message>
    <message>
        <source>Client coaching log</source>
        <translation>Coaching-Log der Klienten</translation>
    </message>
    <message>
        <source>Toward the ICF %1 credential · printed %2</source>
        <translation>Für die ICF-Zertifizierung %1 · gedruckt %2</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Hours in total</source>
        <translation>Stunden insgesamt</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>Bezahlte Stunden</translation>
    </message>
    <message>
        <source>Pro bono hours</source>
        <translation>Pro-bono-Stunden</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>Hours since %1 (18 months)</source>
        <translation>Stunden seit %1 (18 Monate)</translation>
    </message>
    <message>
        <source>No held sessions yet.</source>
        <translation>Noch keine stattgefundenen Sitzungen.</translation>
    </message>
    <message>
        <source>Group of %1</source>
        <translation>Gruppe von %1</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Einzeln</translation>
    </message>
    <message>
        <source>%1 to %2 · paid %3 h · pro bono %4 h</source>
        <translation>%1 bis %2 · bezahlt %3 Std. · pro bono %4 Std.</translation>
    </message>
    <message>
        <source>Clients who did not agree to be named are listed as confidential clients, with their sponsor&apos;s contact where there is one. Hours are held sessions only; no session content is in this log.</source>
        <translation>Klienten, die einer Nennung nicht zugestimmt haben, erscheinen als vertrauliche Klienten, mit der Ansprechperson ihres Sponsors, falls es eine gibt. Die Stunden umfassen nur stattgefundene Sitzungen; dieses Log enthält keine Sitzungsinhalte.</translation>
    </message>
    <message>
        <source>Client coaching log · %1</source>
        <translation>Coaching-Log der Klienten · %1</translation>
    </message>
    <message>
        <source>Whose action</source>
        <translation>Wessen Aufgabe</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ohne Datum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Remove this action item</source>
        <translation>Diese Aufgabe entfernen</translation>
    </message>
    <message>
        <source>From last time</source>
        <translation>Vom letzten Mal</translation>
    </message>
    <message>
        <source>Still open. Tick what is done.</source>
        <translation>Noch offen. Haken Sie ab, was erledigt ist.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>None yet. Add one below, or start a line with [ ] in a section the client sees.</source>
        <translation>Noch keine. Fügen Sie unten eine hinzu, oder beginnen Sie eine Zeile mit [ ] in einem Abschnitt, den der Klient sieht.</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Your key is in this computer&apos;s keyring again: CoachDesk opens without the recovery code next time.</source>
        <translation>Ihr Schlüssel liegt wieder im Schlüsselbund dieses Computers: CoachDesk öffnet sich beim nächsten Mal ohne Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>You opened your vault with your recovery code. If you have forgotten your passphrase, choose a new one now; the code you just typed stands in for the current one.</source>
        <translation>Sie haben Ihren Tresor mit Ihrem Wiederherstellungscode geöffnet. Falls Sie Ihre Passphrase vergessen haben, wählen Sie jetzt eine neue; der soeben eingegebene Code tritt an die Stelle der aktuellen.</translation>
    </message>
    <message>
        <source>Your vault is damaged</source>
        <translation>Ihr Tresor ist beschädigt</translation>
    </message>
    <message>
        <source>A check found that your vault is damaged: %1. Some records may not open. Restore the newest backup that checks out? The damaged vault is kept beside it.</source>
        <translation>Eine Prüfung hat ergeben, dass Ihr Tresor beschädigt ist: %1. Manche Unterlagen lassen sich vielleicht nicht öffnen. Die neueste intakte Sicherung wiederherstellen? Der beschädigte Tresor wird daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>A check found that your vault is damaged: %1. Make a copy of the vault&apos;s folder now, and choose a backup folder in Settings.</source>
        <translation>Eine Prüfung hat ergeben, dass Ihr Tresor beschädigt ist: %1. Kopieren Sie jetzt den Ordner des Tresors und wählen Sie in den Einstellungen einen Sicherungsordner.</translation>
    </message>
    <message>
        <source>Restoring your newest backup that checks out…</source>
        <translation>Ihre neueste intakte Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Your vault now holds the backup of %1. The damaged vault is kept in the vault&apos;s folder.</source>
        <translation>Ihr Tresor enthält jetzt die Sicherung vom %1. Der beschädigte Tresor wird im Ordner des Tresors aufbewahrt.</translation>
    </message>
    <message>
        <source>Backing up… {percent}%</source>
        <translation>Sicherung läuft… {percent} %</translation>
    </message>
    <message>
        <source>Backup made and checked: %1 (%2 MB)</source>
        <translation>Sicherung erstellt und geprüft: %1 (%2 MB)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sicherung läuft…</translation>
    </message>
    <message>
        <source>CoachDesk will re-encrypt your vault with a new key and give you a new recovery code to write down. Your old code will no longer open the vault.</source>
        <translation>CoachDesk verschlüsselt Ihren Tresor mit einem neuen Schlüssel neu und gibt Ihnen einen neuen Wiederherstellungscode zum Aufschreiben. Ihr alter Code öffnet den Tresor dann nicht mehr.</translation>
    </message>
    <message>
        <source>Carry on?</source>
        <translation>Fortfahren?</translation>
    </message>
    <message>
        <source>Change the vault&apos;s key</source>
        <translation>Schlüssel des Tresors ändern</translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation>Schlüssel ändern</translation>
    </message>
    <message>
        <source>Changing your vault&apos;s key…</source>
        <translation>Schlüssel Ihres Tresors wird geändert…</translation>
    </message>
    <message>
        <source>The key was not changed.</source>
        <translation>Der Schlüssel wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation>Neue Passphrase noch &amp;einmal</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>Forgotten it? Your recovery code works too</source>
        <translation>Vergessen? Ihr Wiederherstellungscode funktioniert auch</translation>
    </message>
    <message>
        <source>the passphrase</source>
        <translation>die Passphrase</translation>
    </message>
    <message>
        <source>CoachDesk then shows a new recovery code to write down, and the one you have stops working: your passphrase makes the vault&apos;s key, so a new passphrase is a new key.</source>
        <translation>CoachDesk zeigt dann einen neuen Wiederherstellungscode zum Aufschreiben, und Ihr bisheriger gilt nicht mehr: Ihre Passphrase bildet den Schlüssel des Tresors, eine neue Passphrase ist also ein neuer Schlüssel.</translation>
    </message>
    <message>
        <source>Change &amp;passphrase</source>
        <translation>&amp;Passphrase ändern</translation>
    </message>
    <message>
        <source>Not changed yet</source>
        <translation>Noch nicht geändert</translation>
    </message>
    <message>
        <source>A backup is being made: change the passphrase once it has finished.</source>
        <translation>Gerade wird eine Sicherung erstellt: Ändern Sie die Passphrase, sobald sie fertig ist.</translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation>Ihre Passphrase wird geändert…</translation>
    </message>
    <message>
        <source>The change may not have finished: if your old passphrase does not open the vault, your new one will.</source>
        <translation>Die Änderung ist vielleicht nicht abgeschlossen: Wenn Ihre alte Passphrase den Tresor nicht öffnet, tut es Ihre neue.</translation>
    </message>
    <message>
        <source>Your backup folder is not there now (a drive not connected?): the backups in it keep the old key, and {old} still opens them.</source>
        <translation>Ihr Sicherungsordner ist gerade nicht da (Laufwerk nicht angeschlossen?): Die Sicherungen darin behalten den alten Schlüssel, und {old} öffnet sie weiterhin.</translation>
    </message>
    <message>
        <source>Re-encrypted with the new key too, your backups no longer open with {old}.</source>
        <translation>Werden Ihre Sicherungen ebenfalls mit dem neuen Schlüssel neu verschlüsselt, öffnet {old} sie nicht mehr.</translation>
    </message>
    <message>
        <source>your old passphrase or recovery code</source>
        <translation>Ihre alte Passphrase oder Ihr alter Wiederherstellungscode</translation>
    </message>
    <message>
        <source>your old recovery code</source>
        <translation>Ihr alter Wiederherstellungscode</translation>
    </message>
    <message numerus="yes">
        <source>Re-encrypt the backups too (%n in the backup folder)</source>
        <translation>
            <numerusform>Auch die Sicherungen neu verschlüsseln (%n im Sicherungsordner)</numerusform>
            <numerusform>Auch die Sicherungen neu verschlüsseln (%n im Sicherungsordner)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies that a sync service (Dropbox, OneDrive, iCloud Drive, Google Drive…) keeps in its own version history, and copies made elsewhere, are beyond CoachDesk&apos;s reach: delete them there if your old code may have been seen.</source>
        <translation>Kopien, die ein Synchronisierungsdienst (Dropbox, OneDrive, iCloud Drive, Google Drive…) in seinem eigenen Versionsverlauf aufbewahrt, und Kopien an anderen Orten liegen außerhalb der Reichweite von CoachDesk: Löschen Sie sie dort, falls jemand Ihren alten Code gesehen haben könnte.</translation>
    </message>
    <message numerus="yes">
        <source>Your vault has its new key. Re-encrypting the backups with it: {done} of %n done…</source>
        <translation>
            <numerusform>Ihr Tresor hat seinen neuen Schlüssel. Die Sicherungen werden damit neu verschlüsselt: {done} von %n erledigt…</numerusform>
            <numerusform>Ihr Tresor hat seinen neuen Schlüssel. Die Sicherungen werden damit neu verschlüsselt: {done} von %n erledigt…</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock to carry on.</source>
        <translation>Entsperren Sie, um fortzufahren.</translation>
    </message>
    <message>
        <source>Some copies keep the old key</source>
        <translation>Einige Kopien behalten den alten Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>Copies kept beside your vault that could not be re-encrypted: %n. They were left as they were and open only with {old}: keep it for them, or delete them.</source>
        <translation>
            <numerusform>Kopien neben Ihrem Tresor, die nicht neu verschlüsselt werden konnten: %n. Sie blieben unverändert, und nur {old} öffnet sie: Bewahren Sie ihn für diese Kopien auf, oder löschen Sie sie.</numerusform>
            <numerusform>Kopien neben Ihrem Tresor, die nicht neu verschlüsselt werden konnten: %n. Sie blieben unverändert, und nur {old} öffnet sie: Bewahren Sie ihn für diese Kopien auf, oder löschen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your new passphrase and new recovery code open them; the old ones open none.</source>
        <translation>Ihre neue Passphrase und Ihr neuer Wiederherstellungscode öffnen sie; die alten öffnen keine.</translation>
    </message>
    <message>
        <source>Your new recovery code opens them; the old one opens none.</source>
        <translation>Ihr neuer Wiederherstellungscode öffnet sie; der alte öffnet keine.</translation>
    </message>
    <message numerus="yes">
        <source>Backups re-encrypted with the new key: %n.</source>
        <translation>
            <numerusform>Mit dem neuen Schlüssel neu verschlüsselte Sicherungen: %n.</numerusform>
            <numerusform>Mit dem neuen Schlüssel neu verschlüsselte Sicherungen: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups re-encrypted</source>
        <translation>Sicherungen neu verschlüsselt</translation>
    </message>
    <message>
        <source>Your backup folder {folder} was not there (a drive not connected?), so its backups were not re-encrypted: {old} still opens them.</source>
        <translation>Ihr Sicherungsordner {folder} war nicht da (Laufwerk nicht angeschlossen?), daher wurden seine Sicherungen nicht neu verschlüsselt: {old} öffnet sie weiterhin.</translation>
    </message>
    <message numerus="yes">
        <source>Backups not re-encrypted: %n. They were left as they were and may still open with {old}: delete them if it may have been seen, or keep it for them.</source>
        <translation>
            <numerusform>Nicht neu verschlüsselte Sicherungen: %n. Sie blieben unverändert, und {old} öffnet sie womöglich weiterhin: Löschen Sie sie, falls jemand den alten Zugang kennen könnte, oder bewahren Sie ihn für diese Sicherungen auf.</numerusform>
            <numerusform>Nicht neu verschlüsselte Sicherungen: %n. Sie blieben unverändert, und {old} öffnet sie womöglich weiterhin: Löschen Sie sie, falls jemand den alten Zugang kennen könnte, oder bewahren Sie ihn für diese Sicherungen auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some backups keep the old key</source>
        <translation>Einige Sicherungen behalten den alten Schlüssel</translation>
    </message>
    <message>
        <source>Your vault has a new key, and its recovery code has not been confirmed as written down yet (a change was cut off, or CoachDesk closed while the code was on screen).</source>
        <translation>Ihr Tresor hat einen neuen Schlüssel, und es ist noch nicht bestätigt, dass sein Wiederherstellungscode notiert wurde (eine Änderung wurde unterbrochen, oder CoachDesk wurde geschlossen, während der Code angezeigt wurde).</translation>
    </message>
    <message>
        <source>Your vault has a new key.</source>
        <translation>Ihr Tresor hat einen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Ihr neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Write this recovery code down and keep it safe; the old one no longer opens your vault.</source>
        <translation>Notieren Sie diesen Wiederherstellungscode und bewahren Sie ihn sicher auf; der alte öffnet Ihren Tresor nicht mehr.</translation>
    </message>
    <message>
        <source>Older backups</source>
        <translation>Ältere Sicherungen</translation>
    </message>
    <message numerus="yes">
        <source>Your %n older backup(s) still open with your old recovery code, not the new one. Keep the old code until they have rotated away. Make a backup with the new key now?</source>
        <translation>
            <numerusform>Ihre %n ältere Sicherung lässt sich weiterhin mit Ihrem alten Wiederherstellungscode öffnen, nicht mit dem neuen. Behalten Sie den alten Code, bis sie weggefallen ist. Jetzt eine Sicherung mit dem neuen Schlüssel erstellen?</numerusform>
            <numerusform>Ihre %n älteren Sicherungen lassen sich weiterhin mit Ihrem alten Wiederherstellungscode öffnen, nicht mit dem neuen. Behalten Sie den alten Code, bis sie weggefallen sind. Jetzt eine Sicherung mit dem neuen Schlüssel erstellen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>About CoachDesk</source>
        <translation>Über CoachDesk</translation>
    </message>
    <message>
        <source>CoachDesk %1

A private, offline desk for coaches. Your records are kept in one encrypted file:
%2

SQLCipher %3</source>
        <translation>CoachDesk %1

Ein privater Offline-Schreibtisch für Coaches. Ihre Unterlagen liegen in einer verschlüsselten Datei:
%2

SQLCipher %3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Neuer Klient…</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>Klient &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Export &amp;calendar file (.ics)…</source>
        <translation>&amp;Kalenderdatei exportieren (.ics)…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>Jetzt s&amp;ynchronisieren</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Klienten</translation>
    </message>
    <message>
        <source>Arc&amp;hive client</source>
        <translation>Klient arc&amp;hivieren</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>Klient &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>Sitzung &amp;starten</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>Neue &amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Plan a session…</source>
        <translation>Sitzung &amp;planen…</translation>
    </message>
    <message>
        <source>Back to all clients</source>
        <translation>Zurück zu allen Klienten</translation>
    </message>
    <message>
        <source>&amp;Disclosures and requests</source>
        <translation>&amp;Weitergaben und Anfragen</translation>
    </message>
    <message>
        <source>&amp;Legal export of the whole record…</source>
        <translation>&amp;Herausgabe der ganzen Akte aus rechtlichen Gründen…</translation>
    </message>
    <message>
        <source>&amp;Packet for the client…</source>
        <translation>&amp;Mappe für den Klienten…</translation>
    </message>
    <message>
        <source>Dispose of &amp;records…</source>
        <translation>&amp;Unterlagen löschen…</translation>
    </message>
    <message>
        <source>Data-protection re&amp;quest…</source>
        <translation>Datenschutz&amp;anfrage…</translation>
    </message>
    <message>
        <source>&amp;Access request: review and send…</source>
        <translation>Aus&amp;kunftsanfrage: durchsehen und senden…</translation>
    </message>
    <message>
        <source>Data p&amp;ortability export…</source>
        <translation>Export für Datenübertra&amp;gbarkeit…</translation>
    </message>
    <message>
        <source>Erasure req&amp;uest…</source>
        <translation>Lösch&amp;anfrage…</translation>
    </message>
    <message>
        <source>&amp;Sponsors</source>
        <translation>S&amp;ponsoren</translation>
    </message>
    <message>
        <source>&amp;New sponsor…</source>
        <translation>&amp;Neuer Sponsor…</translation>
    </message>
    <message>
        <source>&amp;Edit sponsor…</source>
        <translation>Sponsor &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>An&amp;sprechperson hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>&amp;Vereinbarungen</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>&amp;Neue Vereinbarung…</translation>
    </message>
    <message>
        <source>Edit &amp;words…</source>
        <translation>&amp;Wortlaut bearbeiten…</translation>
    </message>
    <message>
        <source>Record &amp;signature…</source>
        <translation>&amp;Unterschrift erfassen…</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>&amp;In Kraft setzen</translation>
    </message>
    <message>
        <source>&amp;Print to PDF for signing…</source>
        <translation>Als &amp;PDF zum Unterschreiben drucken…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Neuer Bericht…</translation>
    </message>
    <message>
        <source>&amp;Write an item…</source>
        <translation>&amp;Punkt schreiben…</translation>
    </message>
    <message>
        <source>&amp;Lift words from a note…</source>
        <translation>Worte aus einer &amp;Notiz übernehmen…</translation>
    </message>
    <message>
        <source>Client &amp;review</source>
        <translation>&amp;Durchsicht mit dem Klienten</translation>
    </message>
    <message>
        <source>Release &amp;form…</source>
        <translation>Freigabe&amp;formular…</translation>
    </message>
    <message>
        <source>Record &amp;approval…</source>
        <translation>&amp;Freigabe erfassen…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren…</translation>
    </message>
    <message>
        <source>Log a sponsor&apos;s re&amp;quest…</source>
        <translation>Anfrage eines Sponsors &amp;protokollieren…</translation>
    </message>
    <message>
        <source>&amp;Data protection</source>
        <translation>&amp;Datenschutz</translation>
    </message>
    <message>
        <source>&amp;Requests log…</source>
        <translation>&amp;Anfragenprotokoll…</translation>
    </message>
    <message>
        <source>Record of &amp;processing (Art. 30)…</source>
        <translation>&amp;Verarbeitungsverzeichnis (Art. 30)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Änderungs&amp;protokoll…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Alles durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CoachDesk</source>
        <translation>Über &amp;CoachDesk</translation>
    </message>
    <message>
        <source>Edit report details…</source>
        <translation>Berichtsangaben bearbeiten…</translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation>Sitzung bearbeiten…</translation>
    </message>
    <message>
        <source>Save the whole record</source>
        <translation>Ganze Akte speichern</translation>
    </message>
    <message>
        <source>Record exported</source>
        <translation>Akte exportiert</translation>
    </message>
    <message>
        <source>The whole record was saved and logged as disclosure %1.</source>
        <translation>Die ganze Akte wurde gespeichert und als Weitergabe %1 protokolliert.</translation>
    </message>
    <message>
        <source>Save the packet for the client</source>
        <translation>Mappe für den Klienten speichern</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Packet saved</source>
        <translation>Mappe gespeichert</translation>
    </message>
    <message>
        <source>Saved to %1, and logged as disclosure %2.</source>
        <translation>Unter %1 gespeichert und als Weitergabe %2 protokolliert.</translation>
    </message>
    <message>
        <source>Close the notes first</source>
        <translation>Erst die Notizen schließen</translation>
    </message>
    <message>
        <source>Close this client&apos;s open notes before disposing of the records.</source>
        <translation>Schließen Sie die offenen Notizen dieses Klienten, bevor Sie die Unterlagen löschen.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n year(s) after %1</source>
        <translation>
            <numerusform>Aufbewahrt %n Jahr nach %1</numerusform>
            <numerusform>Aufbewahrt %n Jahre nach %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Disposing of the records…</source>
        <translation>Unterlagen werden gelöscht…</translation>
    </message>
    <message>
        <source>Not disposed</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Disposal failed (%1)</source>
        <translation>Löschung fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>Finish the disposal</source>
        <translation>Löschung abschließen</translation>
    </message>
    <message>
        <source>This client&apos;s records were removed from the vault. Go over the backups and kept copies again, so none of them holds anything of this client?</source>
        <translation>Die Unterlagen dieses Klienten wurden aus dem Tresor entfernt. Sicherungen und aufbewahrte Kopien noch einmal durchgehen, damit keine davon etwas von diesem Klienten enthält?</translation>
    </message>
    <message>
        <source>Save the disposal receipt</source>
        <translation>Löschnachweis speichern</translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation>Nachweis nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Items removed from the vault: %n.</source>
        <translation>
            <numerusform>Aus dem Tresor entfernte Elemente: %n.</numerusform>
            <numerusform>Aus dem Tresor entfernte Elemente: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups rewritten without them: %n.</source>
        <translation>
            <numerusform>Ohne sie neu geschriebene Sicherungen: %n.</numerusform>
            <numerusform>Ohne sie neu geschriebene Sicherungen: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups that could not be rewritten, and were deleted: %n.</source>
        <translation>
            <numerusform>Sicherungen, die nicht neu geschrieben werden konnten und gelöscht wurden: %n.</numerusform>
            <numerusform>Sicherungen, die nicht neu geschrieben werden konnten und gelöscht wurden: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records disposed of</source>
        <translation>Unterlagen gelöscht</translation>
    </message>
    <message>
        <source>%1 CoachDesk</source>
        <translation type="vanished">%1 – CoachDesk</translation>
    </message>
    <message>
        <source>A form has changes that are not saved. %1 anyway and discard them?</source>
        <translation type="vanished">Ein Formular enthält nicht gespeicherte Änderungen. Trotzdem „%1“ wählen und die Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>%1 and discard</source>
        <translation type="vanished">%1 und verwerfen</translation>
    </message>
    <message>
        <source>Lock CoachDesk</source>
        <translation>CoachDesk sperren</translation>
    </message>
    <message>
        <source>Lock and discard</source>
        <translation>Sperren und verwerfen</translation>
    </message>
    <message>
        <source>Quit CoachDesk</source>
        <translation>CoachDesk beenden</translation>
    </message>
    <message>
        <source>Quit and discard</source>
        <translation>Beenden und verwerfen</translation>
    </message>
    <message>
        <source>Change the key and discard</source>
        <translation>Schlüssel ändern und verwerfen</translation>
    </message>
    <message>
        <source>Change the passphrase and discard</source>
        <translation>Passphrase ändern und verwerfen</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore and discard</source>
        <translation>Wiederherstellen und verwerfen</translation>
    </message>
    <message>
        <source>A form has changes that are not saved. If you go on, they are discarded.</source>
        <translation>Ein Formular enthält nicht gespeicherte Änderungen. Wenn Sie fortfahren, werden sie verworfen.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>(client removed)</source>
        <translation>(Klient entfernt)</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>VOID: this invoice was voided on %1 (%2). Nothing is due on it.</source>
        <translation>STORNIERT: Diese Rechnung wurde am %1 storniert (%2). Darauf ist nichts fällig.</translation>
    </message>
    <message>
        <source>Paid on %1. Thank you.</source>
        <translation>Bezahlt am %1. Vielen Dank.</translation>
    </message>
    <message>
        <source>Tax number: %1</source>
        <translation>Steuernummer: %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Rechnung an</translation>
    </message>
    <message>
        <source>For the attention of %1</source>
        <translation>Zu Händen %1</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Gesamtzeit</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>Zu zahlen</translation>
    </message>
    <message>
        <source>Please pay by %1, quoting invoice %2.</source>
        <translation>Bitte zahlen Sie bis %1 unter Angabe der Rechnung %2.</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>Zahlungsweg</translation>
    </message>
    <message>
        <source>Invoice %1 · CoachDesk</source>
        <translation>Rechnung %1 · CoachDesk</translation>
    </message>
    <message>
        <source>CoachDesk could not read “%1” (%2).</source>
        <translation>CoachDesk konnte „%1“ nicht lesen (%2).</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(leere Notiz)</translation>
    </message>
    <message>
        <source>Open the requests &amp;log</source>
        <translation>Anfragen&amp;protokoll öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Data-protection requests to answer (%n): </source>
        <translation>
            <numerusform>Zu beantwortende Datenschutzanfragen (%n): </numerusform>
            <numerusform>Zu beantwortende Datenschutzanfragen (%n): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Access request: review what goes out</source>
        <translation>Auskunftsanfrage: durchsehen, was hinausgeht</translation>
    </message>
    <message>
        <source>this review</source>
        <translation>diese Durchsicht</translation>
    </message>
    <message>
        <source>Make the bundle…</source>
        <translation>Auskunftspaket erstellen…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Goes out?</source>
        <translation>Geht hinaus?</translation>
    </message>
    <message>
        <source>Untick to withhold it, then choose why.</source>
        <translation>Haken entfernen, um es zurückzuhalten, dann den Grund wählen.</translation>
    </message>
    <message>
        <source>Goes out</source>
        <translation>Geht hinaus</translation>
    </message>
    <message>
        <source>Items of the client&apos;s data</source>
        <translation>Elemente der Daten des Klienten</translation>
    </message>
    <message>
        <source>The chosen item, as it will be printed</source>
        <translation>Das gewählte Element, wie es gedruckt wird</translation>
    </message>
    <message>
        <source>Choose why it is withheld…</source>
        <translation>Grund für das Zurückhalten wählen…</translation>
    </message>
    <message>
        <source>Everything below goes to %1 in a PDF and a JSON file, unless you untick it. Withhold only what would reveal another person&apos;s information (a sponsor&apos;s own words) or what the law lets you keep back (your own reflections), and choose the reason: the client is told how many items were withheld from each part, and why.</source>
        <translation>Alles unten geht an %1 in einer PDF- und einer JSON-Datei, außer Sie entfernen den Haken. Halten Sie nur zurück, was Angaben über eine andere Person offenlegen würde (die eigenen Worte eines Sponsors) oder was Sie nach dem Gesetz zurückhalten dürfen (Ihre eigenen Reflexionen), und wählen Sie den Grund: Der Klient erfährt, wie viele Elemente aus jedem Teil zurückgehalten wurden und warum.</translation>
    </message>
    <message>
        <source>&amp;Withheld because</source>
        <translation>&amp;Zurückgehalten, weil</translation>
    </message>
    <message>
        <source>Withheld: choose why</source>
        <translation>Zurückgehalten: Grund wählen</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) go out</source>
        <translation>
            <numerusform>%n Element geht hinaus</numerusform>
            <numerusform>%n Elemente gehen hinaus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withheld</source>
        <translation>
            <numerusform>%n zurückgehalten</numerusform>
            <numerusform>%n zurückgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose why the highlighted item is withheld, or tick it to send it.</source>
        <translation>Wählen Sie, warum das markierte Element zurückgehalten wird, oder setzen Sie den Haken, um es zu senden.</translation>
    </message>
    <message>
        <source>Paid — as the engagement&apos;s log entry says</source>
        <translation>Bezahlt — laut Log-Eintrag des Auftrags</translation>
    </message>
    <message>
        <source>Pro bono — as the engagement&apos;s log entry says</source>
        <translation>Pro bono — laut Log-Eintrag des Auftrags</translation>
    </message>
    <message>
        <source>Paid — from the session&apos;s fee</source>
        <translation>Bezahlt — nach dem Honorar der Sitzung</translation>
    </message>
    <message>
        <source>Pro bono — the session has no fee</source>
        <translation>Pro bono — die Sitzung hat kein Honorar</translation>
    </message>
    <message>
        <source>Paid — from the engagement&apos;s fee</source>
        <translation>Bezahlt — nach dem Honorar des Auftrags</translation>
    </message>
    <message>
        <source>Pro bono — the engagement has no fee</source>
        <translation>Pro bono — der Auftrag hat kein Honorar</translation>
    </message>
    <message>
        <source>Paid or pro bono in the credential log</source>
        <translation>Bezahlt oder pro bono im Coaching-Log</translation>
    </message>
    <message>
        <source>Paid — for %1</source>
        <translation>Bezahlt — für %1</translation>
    </message>
    <message>
        <source>Pro bono — for %1</source>
        <translation>Pro bono — für %1</translation>
    </message>
    <message>
        <source>Your choice for %1. Without it (the first line): %2.</source>
        <translation>Ihre Wahl für %1. Ohne sie (erste Zeile): %2.</translation>
    </message>
    <message>
        <source>Not chosen: it follows %1.</source>
        <translation>Nicht gewählt: richtet sich nach %1.</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Verarbeitungsverzeichnis</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Your backups go to %1.</source>
        <translation>Ihre Sicherungen gehen nach %1.</translation>
    </message>
    <message>
        <source>No backup folder is chosen yet.</source>
        <translation>Noch kein Sicherungsordner gewählt.</translation>
    </message>
    <message>
        <source>&amp;No: the vault and its backups stay on this computer and drives I hold</source>
        <translation>&amp;Nein: Der Tresor und seine Sicherungen bleiben auf diesem Computer und auf Laufwerken in meinem Besitz</translation>
    </message>
    <message>
        <source>&amp;Yes: the backup folder is synced to a cloud service</source>
        <translation>&amp;Ja: Der Sicherungsordner wird mit einem Cloud-Dienst abgeglichen</translation>
    </message>
    <message>
        <source>e.g. Nextcloud at my host, in Germany</source>
        <translation>z. B. Nextcloud bei meinem Hoster, in Deutschland</translation>
    </message>
    <message>
        <source>The cloud service</source>
        <translation>Der Cloud-Dienst</translation>
    </message>
    <message>
        <source>CoachDesk writes the record from your practice: your details from Settings, the purposes, the people and data it holds, the sponsors who receive reports, the retention your agreements name and the vault&apos;s security as it runs. One thing it cannot see: %1 Are the backups synced to a cloud service (a transfer to a processor, perhaps abroad)?</source>
        <translation>CoachDesk erstellt das Verzeichnis aus Ihrer Praxis: Ihre Angaben aus den Einstellungen, die Zwecke, die Personen und Daten darin, die Sponsoren, die Berichte erhalten, die Aufbewahrung, die Ihre Vereinbarungen nennen, und die Sicherheit des Tresors im laufenden Betrieb. Eines kann es nicht sehen: %1 Werden die Sicherungen mit einem Cloud-Dienst abgeglichen (eine Übermittlung an einen Auftragsverarbeiter, vielleicht im Ausland)?</translation>
    </message>
    <message>
        <source>Backups in a cloud</source>
        <translation>Sicherungen in einer Cloud</translation>
    </message>
    <message>
        <source>Settings has no name for you yet</source>
        <translation>in den Einstellungen ist noch kein Name für Sie eingetragen</translation>
    </message>
    <message>
        <source>Settings has no address or contact details for you yet</source>
        <translation>in den Einstellungen sind noch keine Anschrift und keine Kontaktdaten für Sie eingetragen</translation>
    </message>
    <message>
        <source>Settings has neither your name nor your address and contact details yet</source>
        <translation>in den Einstellungen sind weder Ihr Name noch Ihre Anschrift und Kontaktdaten eingetragen</translation>
    </message>
    <message>
        <source>The record names you as the controller with your contact details, as the law asks, but %1: the record would say they are missing. Add them in Settings: Your name, and Invoices → Your details.</source>
        <translation>Das Verzeichnis nennt Sie als Verantwortlichen mit Ihren Kontaktdaten, wie es das Gesetz verlangt, aber %1: Im Verzeichnis stünde, dass sie fehlen. Tragen Sie sie in den Einstellungen ein: Ihr Name sowie Rechnungen → Ihre Angaben.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>&amp;Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Review and send the bundle…</source>
        <translation>Auskunftspaket durchsehen und senden…</translation>
    </message>
    <message>
        <source>Export the data…</source>
        <translation>Daten exportieren…</translation>
    </message>
    <message>
        <source>Carry out the erasure…</source>
        <translation>Löschung durchführen…</translation>
    </message>
    <message>
        <source>New data-protection request</source>
        <translation>Neue Datenschutzanfrage</translation>
    </message>
    <message>
        <source>Type or choose a name</source>
        <translation>Namen eingeben oder wählen</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Weiter…</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Klient</translation>
    </message>
    <message>
        <source>Which client made the request? Then say what they asked for, when it arrived and how you knew it was them.</source>
        <translation>Welcher Klient hat die Anfrage gestellt? Geben Sie dann an, worum er gebeten hat, wann sie eingegangen ist und woran Sie erkannt haben, dass er es war.</translation>
    </message>
    <message>
        <source>There is no client yet: add the client first (Clients → New client).</source>
        <translation>Es gibt noch keinen Klienten: Legen Sie zuerst den Klienten an (Klienten → Neuer Klient).</translation>
    </message>
    <message>
        <source>Choose a client from the list: no client is called that.</source>
        <translation>Wählen Sie einen Klienten aus der Liste: Kein Klient heißt so.</translation>
    </message>
    <message>
        <source>Data-protection requests</source>
        <translation>Datenschutzanfragen</translation>
    </message>
    <message>
        <source>No client has made a data-protection request. When one does, log it here with New request…</source>
        <translation>Kein Klient hat eine Datenschutzanfrage gestellt. Wenn es so weit ist, protokollieren Sie sie hier mit „Neue Anfrage…“</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Beantworten…</translation>
    </message>
    <message>
        <source>Identity checked…</source>
        <translation>Identität geprüft…</translation>
    </message>
    <message>
        <source>Extend the deadline…</source>
        <translation>Frist verlängern…</translation>
    </message>
    <message>
        <source>Record the outcome…</source>
        <translation>Ergebnis erfassen…</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Neue Anfrage…</translation>
    </message>
    <message>
        <source>Each request is due one month after it arrived; you may extend it once by two months, with a reason the client is told.</source>
        <translation>Jede Anfrage ist einen Monat nach Eingang fällig; Sie können die Frist einmal um zwei Monate verlängern, mit einem Grund, der dem Klienten mitgeteilt wird.</translation>
    </message>
    <message>
        <source>Received %1 · due %2</source>
        <translation>Eingegangen %1 · fällig %2</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identität: %1</translation>
    </message>
    <message>
        <source>Extended on %1: %2</source>
        <translation>Verlängert am %1: %2</translation>
    </message>
    <message>
        <source>Bundle sent as disclosure D-%1</source>
        <translation>Auskunftspaket gesendet als Weitergabe D-%1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>Coach and client</source>
        <translation>Coach und Klient</translation>
    </message>
    <message>
        <source>Three-party (with a sponsor)</source>
        <translation>Dreiecksvereinbarung (mit Sponsor)</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Art der Vereinbarung</translation>
    </message>
    <message>
        <source>Language of the template</source>
        <translation>Sprache der Vorlage</translation>
    </message>
    <message>
        <source>The agreement&apos;s title</source>
        <translation>Titel der Vereinbarung</translation>
    </message>
    <message>
        <source>The template&apos;s clauses</source>
        <translation>Die Klauseln der Vorlage</translation>
    </message>
    <message>
        <source>The clause&apos;s heading</source>
        <translation>Überschrift der Klausel</translation>
    </message>
    <message>
        <source>The clause&apos;s words</source>
        <translation>Wortlaut der Klausel</translation>
    </message>
    <message>
        <source>Use CoachDesk&apos;s words</source>
        <translation>Wortlaut von CoachDesk verwenden</translation>
    </message>
    <message>
        <source>Save agreement template</source>
        <translation>Vereinbarungsvorlage speichern</translation>
    </message>
    <message>
        <source>New agreements start from these words, in the language chosen for each. Braces mark what CoachDesk fills in, such as {client}; what it writes from the terms chosen ({fee_terms}, {missed_terms}, {sponsor_may_receive}) stays. Agreements already made keep their words.</source>
        <translation>Neue Vereinbarungen beginnen mit diesem Wortlaut, in der Sprache, die Sie für jede wählen. Geschweifte Klammern markieren, was CoachDesk einsetzt, etwa {client}; was es aus den gewählten Bedingungen schreibt ({fee_terms}, {missed_terms}, {sponsor_may_receive}), bleibt stehen. Bereits erstellte Vereinbarungen behalten ihren Wortlaut.</translation>
    </message>
    <message>
        <source>Agreement templates</source>
        <translation>Vereinbarungsvorlagen</translation>
    </message>
    <message>
        <source>Saved. New agreements in this language start from it.</source>
        <translation>Gespeichert. Neue Vereinbarungen in dieser Sprache beginnen damit.</translation>
    </message>
    <message>
        <source>CoachDesk&apos;s words again. Agreements already made keep theirs.</source>
        <translation>Wieder der Wortlaut von CoachDesk. Bereits erstellte Vereinbarungen behalten ihren.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>Computer %1</source>
        <translation>Computer %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Änderungsprotokoll</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>The audit chain of “%1” does not check out at entry %2: entries were changed or removed after they were written.</source>
        <translation>Die Kette des Änderungsprotokolls von „%1“ stimmt bei Eintrag %2 nicht: Einträge wurden geändert oder entfernt, nachdem sie geschrieben wurden.</translation>
    </message>
    <message>
        <source>Every computer&apos;s audit chain checks out.</source>
        <translation>Die Kette des Änderungsprotokolls jedes Computers ist stimmig.</translation>
    </message>
    <message>
        <source>The practice&apos;s first computer</source>
        <translation type="vanished">Der erste Computer der Praxis</translation>
    </message>
    <message>
        <source>%1, written %2</source>
        <translation>%1, geschrieben am %2</translation>
    </message>
    <message>
        <source>the practice&apos;s first computer (its numbers carry no letter: D-000004)</source>
        <translation>der erste Computer der Praxis (seine Nummern tragen keinen Buchstaben: D-000004)</translation>
    </message>
    <message>
        <source>computer %1 (its numbers carry its letter: D-%1000004)</source>
        <translation>Computer %1 (seine Nummern tragen seinen Buchstaben: D-%1000004)</translation>
    </message>
    <message>
        <source>On the other computer:
1. Install CoachDesk.
2. Choose “Join a practice from a synced folder”.
3. Choose this same folder, once your sync service has copied it there.
4. Type this pairing code:</source>
        <translation type="vanished">Auf dem anderen Computer:
1. Installieren Sie CoachDesk.
2. Wählen Sie „Einer Praxis aus einem synchronisierten Ordner beitreten“.
3. Wählen Sie denselben Ordner, sobald Ihr Synchronisierungsdienst ihn dorthin kopiert hat.
4. Geben Sie diesen Kopplungscode ein:</translation>
    </message>
    <message>
        <source>On the other computer:
1. Install CoachDesk.
2. Choose “Join a practice I use on another computer”.
3. Choose this same folder, once your sync service has copied it there.
4. Type this pairing code:</source>
        <translation>Auf dem anderen Computer:
1. Installieren Sie CoachDesk.
2. Wählen Sie „Einer Praxis beitreten, die ich auf einem anderen Computer nutze“.
3. Wählen Sie denselben Ordner, sobald Ihr Synchronisierungsdienst ihn dorthin kopiert hat.
4. Geben Sie diesen Kopplungscode ein:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Kopplungscode</translation>
    </message>
    <message>
        <source>Use this practice on another computer</source>
        <translation>Diese Praxis auf einem weiteren Computer nutzen</translation>
    </message>
    <message>
        <source>Work on a second computer with the same practice: your own sync service (Syncthing, Dropbox, OneDrive, iCloud Drive, Nextcloud, or a USB stick you carry) keeps a folder in step, and CoachDesk writes small encrypted change files into it and reads the other computer&apos;s. CoachDesk itself sends nothing over the network. Each computer keeps its own vault: never put the vault&apos;s own folder in a synced folder.</source>
        <translation>Arbeiten Sie auf einem zweiten Computer mit derselben Praxis: Ihr eigener Synchronisierungsdienst (Syncthing, Dropbox, OneDrive, iCloud Drive, Nextcloud oder ein USB-Stick, den Sie mitnehmen) hält einen Ordner abgeglichen, und CoachDesk legt dort kleine verschlüsselte Änderungsdateien ab und liest die des anderen Computers. CoachDesk selbst sendet nichts über das Netzwerk. Jeder Computer behält seinen eigenen Tresor: Legen Sie den Ordner des Tresors selbst nie in einen synchronisierten Ordner.</translation>
    </message>
    <message>
        <source>Choose the sync &amp;folder…</source>
        <translation>Synchronisierungs&amp;ordner wählen…</translation>
    </message>
    <message>
        <source>Show the &amp;pairing code</source>
        <translation>&amp;Kopplungscode zeigen</translation>
    </message>
    <message>
        <source>&amp;Hand invoicing to…</source>
        <translation>Rechnungsstellung &amp;abgeben an…</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Synchronisierungsordner</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Another computer of the practice marked this one as gone, so this computer cannot issue invoices.</source>
        <translation>Ein anderer Computer der Praxis hat diesen als weg markiert, daher kann dieser Computer keine Rechnungen ausstellen.</translation>
    </message>
    <message>
        <source>Invoicing was handed to %1: it issues the practice&apos;s invoices once this change has reached it. Until then, no computer issues invoices.</source>
        <translation>Die Rechnungsstellung wurde an %1 übergeben: Er stellt die Rechnungen der Praxis aus, sobald diese Änderung bei ihm angekommen ist. Bis dahin stellt kein Computer Rechnungen aus.</translation>
    </message>
    <message>
        <source>This computer issues the practice&apos;s invoices, so their numbers run without gaps.</source>
        <translation>Dieser Computer stellt die Rechnungen der Praxis aus, damit ihre Nummern lückenlos fortlaufen.</translation>
    </message>
    <message>
        <source>Another computer issues the practice&apos;s invoices, so that their numbers run without gaps: %1. This computer cannot issue them.</source>
        <translation>Ein anderer Computer stellt die Rechnungen der Praxis aus, damit ihre Nummern lückenlos fortlaufen: %1. Dieser Computer kann keine ausstellen.</translation>
    </message>
    <message>
        <source>a computer this one has not heard from yet</source>
        <translation>ein Computer, von dem dieser noch nichts empfangen hat</translation>
    </message>
    <message>
        <source>The practice&apos;s other computers are marked as gone: once a computer that joins the practice has synced with this one, you can hand invoicing to it.</source>
        <translation>Die anderen Computer der Praxis sind als weg markiert: Sobald ein Computer, der der Praxis beitritt, sich mit diesem abgeglichen hat, können Sie ihm die Rechnungsstellung übergeben.</translation>
    </message>
    <message>
        <source>No other computer has synced with this one yet: once its changes have arrived here, you can hand invoicing to it.</source>
        <translation>Noch hat sich kein anderer Computer mit diesem abgeglichen: Sobald seine Änderungen hier angekommen sind, können Sie ihm die Rechnungsstellung übergeben.</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Synchronisierungsordner wählen</translation>
    </message>
    <message>
        <source>Writing the practice into the sync folder…</source>
        <translation>Die Praxis wird in den Synchronisierungsordner geschrieben…</translation>
    </message>
    <message>
        <source>This practice now syncs through the folder you chose.</source>
        <translation>Diese Praxis wird nun über den gewählten Ordner synchronisiert.</translation>
    </message>
    <message>
        <source>Hide the &amp;pairing code</source>
        <translation>Kopplungscode &amp;ausblenden</translation>
    </message>
    <message>
        <source>On each other computer of this practice, open Settings and type this new pairing code where it asks for it. A computer that joins later uses it too:</source>
        <translation>Öffnen Sie auf jedem anderen Computer dieser Praxis die Einstellungen und geben Sie dort diesen neuen Kopplungscode ein, wo er verlangt wird. Ein Computer, der später hinzukommt, verwendet ihn ebenfalls:</translation>
    </message>
    <message>
        <source>Hand invoicing over</source>
        <translation>Rechnungsstellung abgeben</translation>
    </message>
    <message>
        <source>Which computer should issue the practice&apos;s invoices?</source>
        <translation>Welcher Computer soll die Rechnungen der Praxis ausstellen?</translation>
    </message>
    <message>
        <source>Hand invoicing over to:
%1

This computer stops issuing invoices now; the other starts once its sync service has brought it this change. Until then, no computer issues invoices.</source>
        <translation>Rechnungsstellung abgeben an:
%1

Dieser Computer stellt ab sofort keine Rechnungen mehr aus; der andere beginnt damit, sobald sein Synchronisierungsdienst ihm diese Änderung gebracht hat. Bis dahin stellt kein Computer Rechnungen aus.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Abgeben</translation>
    </message>
    <message>
        <source>Your vault&apos;s folder %1 is kept in step by %2. A sync service copying the live vault file damages it or splits it into conflicted copies: keep the vault in a folder no service syncs, and use Settings → Use this practice on another computer instead.</source>
        <translation type="vanished">Der Ordner Ihres Tresors %1 wird von %2 abgeglichen. Ein Synchronisierungsdienst, der die geöffnete Tresordatei kopiert, beschädigt sie oder spaltet sie in Konfliktkopien: Bewahren Sie den Tresor in einem Ordner auf, den kein Dienst synchronisiert, und nutzen Sie stattdessen Einstellungen → Diese Praxis auf einem weiteren Computer nutzen.</translation>
    </message>
    <message>
        <source>Your vault&apos;s folder %1 is kept in step by %2. A sync service copying the live vault file damages it or splits it into conflicted copies. To move the vault: quit CoachDesk, move this folder to one no service syncs, and start CoachDesk with --home and the folder&apos;s new place. For a second computer, the sync folder below is the safe way.</source>
        <translation>Der Ordner Ihres Tresors %1 wird von %2 abgeglichen. Ein Synchronisierungsdienst, der die geöffnete Tresordatei kopiert, beschädigt sie oder spaltet sie in Konfliktkopien. So verlegen Sie den Tresor: Beenden Sie CoachDesk, verschieben Sie diesen Ordner an einen Ort, den kein Dienst synchronisiert, und starten Sie CoachDesk mit --home und dem neuen Ort des Ordners. Für einen zweiten Computer ist der Synchronisierungsordner unten der sichere Weg.</translation>
    </message>
    <message>
        <source>Your vault&apos;s folder %1 is kept in step by %2. A sync service copying the live vault file damages it or splits it into conflicted copies. To move the vault: quit CoachDesk, move this folder to one no service syncs, and start CoachDesk with --home and the folder&apos;s new place. For a second computer, use Settings → Use this practice on another computer instead.</source>
        <translation>Der Ordner Ihres Tresors %1 wird von %2 abgeglichen. Ein Synchronisierungsdienst, der die geöffnete Tresordatei kopiert, beschädigt sie oder spaltet sie in Konfliktkopien. So verlegen Sie den Tresor: Beenden Sie CoachDesk, verschieben Sie diesen Ordner an einen Ort, den kein Dienst synchronisiert, und starten Sie CoachDesk mit --home und dem neuen Ort des Ordners. Für einen zweiten Computer nutzen Sie stattdessen Einstellungen → Diese Praxis auf einem weiteren Computer nutzen.</translation>
    </message>
    <message>
        <source>%1 keeps this folder in step, and a sync service copying the live vault file damages it. Better: cancel, and start CoachDesk with --home and a folder no service syncs.</source>
        <translation>%1 gleicht diesen Ordner ab, und ein Synchronisierungsdienst, der die geöffnete Tresordatei kopiert, beschädigt sie. Besser: Brechen Sie ab und starten Sie CoachDesk mit --home und einem Ordner, den kein Dienst synchronisiert.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>Last change arrived</source>
        <translation>Zuletzt empfangen</translation>
    </message>
    <message>
        <source>The practice&apos;s computers</source>
        <translation>Die Computer der Praxis</translation>
    </message>
    <message>
        <source>Mark as &amp;gone…</source>
        <translation>Als &amp;weg markieren…</translation>
    </message>
    <message>
        <source>&amp;Not gone after all…</source>
        <translation>Doch nicht &amp;weg…</translation>
    </message>
    <message>
        <source>&amp;Take invoicing back…</source>
        <translation>Rechnungsstellung &amp;übernehmen…</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Dieser Computer (%1)</translation>
    </message>
    <message>
        <source>%1 (gone)</source>
        <translation>%1 (weg)</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Noch nichts</translation>
    </message>
    <message>
        <source>%1; later changes not taken in</source>
        <translation type="vanished">%1; spätere Änderungen werden nicht übernommen</translation>
    </message>
    <message>
        <source>Issues invoices once it has synced</source>
        <translation>Stellt Rechnungen aus, sobald er abgeglichen hat</translation>
    </message>
    <message>
        <source>Issues invoices</source>
        <translation>Stellt Rechnungen aus</translation>
    </message>
    <message>
        <source>%1 is marked as gone: what it sends is not taken in.</source>
        <translation>%1 ist als weg markiert: Was er sendet, wird nicht übernommen.</translation>
    </message>
    <message>
        <source>Another computer marked this one as gone: what you change here no longer reaches the practice&apos;s other computers. If that was a mistake, choose &quot;Not gone after all…&quot; for this computer on another one; else, to work here again, join the practice from a new vault.</source>
        <translation>Ein anderer Computer hat diesen als weg markiert: Was Sie hier ändern, erreicht die anderen Computer der Praxis nicht mehr. War das ein Irrtum, wählen Sie auf einem anderen Computer „Doch nicht weg…“ für diesen; sonst treten Sie der Praxis mit einem neuen Tresor bei, um hier wieder zu arbeiten.</translation>
    </message>
    <message>
        <source>Mark %1 as gone for good?

Do this for a computer that was lost, stolen or wiped. What it sent that has arrived stays in the practice. What it sends from now on is not taken in, on any computer: to use it again, join the practice from it as a new computer. The others no longer keep old change files for it. Every computer of the practice learns this at its next sync.

Until you make a new pairing code, whoever has that computer can still read what the practice&apos;s computers write: for a lost or stolen computer, choose &quot;New pairing code…&quot; in Settings next.

If you find it again, &quot;Not gone after all…&quot; undoes this, unless invoicing has moved to another computer meanwhile.</source>
        <translation>%1 endgültig als weg markieren?

Tun Sie das für einen Computer, der verloren, gestohlen oder gelöscht wurde. Was er gesendet hat und angekommen ist, bleibt in der Praxis. Was er ab jetzt sendet, wird auf keinem Computer übernommen: Um ihn wieder zu nutzen, treten Sie der Praxis von ihm aus als neuer Computer bei. Die anderen bewahren keine alten Änderungsdateien mehr für ihn auf. Jeder Computer der Praxis erfährt das bei seiner nächsten Synchronisierung.

Bis Sie einen neuen Kopplungscode erstellen, kann, wer diesen Computer hat, weiterhin lesen, was die Computer der Praxis schreiben: Wählen Sie bei einem verlorenen oder gestohlenen Computer als Nächstes in den Einstellungen „Neuer Kopplungscode…“.

Wenn Sie ihn wiederfinden, macht „Doch nicht weg…“ das rückgängig, sofern die Rechnungsstellung inzwischen nicht zu einem anderen Computer gewechselt ist.</translation>
    </message>
    <message>
        <source>Mark %1 as gone for good?

Do this for a computer that was lost, stolen or wiped. What it sent that has arrived stays in the practice. What it sends from now on is not taken in, on any computer: to use it again, join the practice from it as a new computer. The others no longer keep old change files for it. Every computer of the practice learns this at its next sync.

If you find it again, &quot;Not gone after all…&quot; undoes this, unless invoicing has moved to another computer meanwhile.</source>
        <translation type="vanished">%1 endgültig als weg markieren?

Tun Sie das für einen Computer, der verloren, gestohlen oder gelöscht wurde. Was er gesendet hat und angekommen ist, bleibt in der Praxis. Was er ab jetzt sendet, wird auf keinem Computer übernommen: Um ihn wieder zu nutzen, treten Sie der Praxis von ihm aus als neuer Computer bei. Die anderen bewahren keine alten Änderungsdateien mehr für ihn auf. Jeder Computer der Praxis erfährt das bei seiner nächsten Synchronisierung.

Wenn Sie ihn wiederfinden, macht „Doch nicht weg…“ das rückgängig, sofern die Rechnungsstellung inzwischen nicht zu einem anderen Computer gewechselt ist.</translation>
    </message>
    <message>
        <source>Another computer marked this one as gone: what you change here no longer reaches the practice&apos;s other computers. To work on this computer again, join the practice from a new vault.</source>
        <translation type="vanished">Ein anderer Computer hat diesen als weg markiert: Was Sie hier ändern, erreicht die anderen Computer der Praxis nicht mehr. Um auf diesem Computer wieder zu arbeiten, treten Sie der Praxis mit einem neuen Tresor bei.</translation>
    </message>
    <message>
        <source>Some of the changes the lost computer sent have not arrived here yet: once they have, you can take invoicing back.</source>
        <translation>Einige Änderungen, die der verlorene Computer gesendet hat, sind hier noch nicht eingetroffen: Sobald sie da sind, können Sie die Rechnungsstellung übernehmen.</translation>
    </message>
    <message>
        <source>A computer gone for good</source>
        <translation>Ein Computer, der nicht wiederkommt</translation>
    </message>
    <message>
        <source>Mark %1 as gone for good?

Do this for a computer that was lost, stolen or wiped. What it sent that has arrived stays in the practice. What it sends from now on is not taken in, on any computer: to use it again, join the practice from it as a new computer. The others no longer keep old change files for it. Every computer of the practice learns this at its next sync.

This cannot be undone.</source>
        <translation type="vanished">%1 endgültig als weg markieren?

Tun Sie das für einen Computer, der verloren, gestohlen oder gelöscht wurde. Was er gesendet hat und angekommen ist, bleibt in der Praxis. Was er ab jetzt sendet, wird auf keinem Computer übernommen: Um ihn wieder zu nutzen, treten Sie der Praxis von ihm aus als neuer Computer bei. Die anderen bewahren keine alten Änderungsdateien mehr für ihn auf. Jeder Computer der Praxis erfährt das bei seiner nächsten Synchronisierung.

Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Mark as gone</source>
        <translation>Als weg markieren</translation>
    </message>
    <message>
        <source>Not gone after all</source>
        <translation>Doch nicht weg</translation>
    </message>
    <message>
        <source>Bring %1 back into the practice?

Do this if it was marked as gone by mistake or has been found again. At their next sync, every computer takes in what it sent, including what it changed while it was marked, and it syncs as before.</source>
        <translation>%1 wieder in die Praxis aufnehmen?

Tun Sie das, wenn er irrtümlich als weg markiert wurde oder wieder aufgetaucht ist. Bei ihrer nächsten Synchronisierung übernehmen alle Computer, was er gesendet hat, auch was er während der Markierung geändert hat, und er synchronisiert wie zuvor.</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>Zurückholen</translation>
    </message>
    <message>
        <source>Take invoicing back</source>
        <translation>Rechnungsstellung übernehmen</translation>
    </message>
    <message>
        <source>Issue the practice&apos;s invoices on this computer?

%1, which issued them, is marked as gone. This computer numbers on after the last invoice number it holds: %2.

Before you issue one, compare that number with the last invoice you sent out (its PDF or paper copy): an invoice the lost computer issued but never synced is not here, and its number would be given again.

Take invoicing back on one computer only.</source>
        <translation>Die Rechnungen der Praxis auf diesem Computer ausstellen?

%1, der sie ausgestellt hat, ist als weg markiert. Dieser Computer nummeriert nach der letzten Rechnungsnummer weiter, die er hat: %2.

Vergleichen Sie diese Nummer, bevor Sie eine Rechnung ausstellen, mit der letzten Rechnung, die Sie verschickt haben (ihr PDF oder ihre Papierkopie): Eine Rechnung, die der verlorene Computer ausgestellt, aber nie synchronisiert hat, ist hier nicht vorhanden, und ihre Nummer würde noch einmal vergeben.

Übernehmen Sie die Rechnungsstellung nur auf einem Computer.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>AccessRequest</name>
    <message>
        <source>a copy of a client&apos;s personal data</source>
        <translation>eine Kopie der personenbezogenen Daten eines Klienten</translation>
    </message>
    <message>
        <source>a folder in your home folder</source>
        <translation>einen Ordner in Ihrem persönlichen Ordner</translation>
    </message>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Dieser Klient ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>An item chosen to withhold is no longer in the record. Look over the items again.</source>
        <translation>Ein zum Zurückhalten gewähltes Element ist nicht mehr in der Akte. Sehen Sie die Elemente noch einmal durch.</translation>
    </message>
    <message>
        <source>Choose a reason for each item you withhold.</source>
        <translation>Wählen Sie für jedes zurückgehaltene Element einen Grund.</translation>
    </message>
    <message>
        <source>This is not an access request.</source>
        <translation>Dies ist keine Auskunftsanfrage.</translation>
    </message>
    <message>
        <source>This request was answered already.</source>
        <translation>Diese Anfrage wurde bereits beantwortet.</translation>
    </message>
</context>
<context>
    <name>ActionItems</name>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Dieser Klient ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>This action item is no longer in the vault.</source>
        <translation>Diese Aufgabe ist nicht mehr im Tresor.</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>No signature from the coach (%1)</source>
        <translation>Keine Unterschrift des Coaches (%1)</translation>
    </message>
    <message>
        <source>No signature from the client (%1)</source>
        <translation>Keine Unterschrift des Klienten (%1)</translation>
    </message>
    <message>
        <source>No signature from the sponsor (%1)</source>
        <translation>Keine Unterschrift des Sponsors (%1)</translation>
    </message>
    <message>
        <source>This agreement has no coach.</source>
        <translation>Diese Vereinbarung hat keinen Coach.</translation>
    </message>
    <message>
        <source>This agreement has no client.</source>
        <translation>Diese Vereinbarung hat keinen Klienten.</translation>
    </message>
    <message>
        <source>This agreement has no sponsor.</source>
        <translation>Diese Vereinbarung hat keinen Sponsor.</translation>
    </message>
    <message>
        <source>attendance (how many sessions were held, cancelled or missed)</source>
        <translation>die Anwesenheit (wie viele Sitzungen stattfanden, abgesagt oder versäumt wurden)</translation>
    </message>
    <message>
        <source>the dates of the sessions held</source>
        <translation>die Termine der stattgefundenen Sitzungen</translation>
    </message>
    <message>
        <source>the hours of coaching held</source>
        <translation>die geleisteten Coaching-Stunden</translation>
    </message>
    <message>
        <source>progress on the shared goals, only in words the client has read and approved</source>
        <translation>Fortschritte bei den gemeinsamen Zielen, nur in Worten, die der Klient gelesen und freigegeben hat</translation>
    </message>
    <message>
        <source>The clause on what the sponsor may receive must keep its first sentence as written from the choices: “%1” Change the choices to change it; your own words may go around it.</source>
        <translation>Die Klausel darüber, was der Sponsor erhalten darf, muss ihren ersten Satz so behalten, wie er aus der Auswahl geschrieben wurde: „%1“ Ändern Sie die Auswahl, um ihn zu ändern; Ihre eigenen Worte dürfen ihn umgeben.</translation>
    </message>
    <message>
        <source>The clause “%1” still holds the blank %2: write in its place the words it stands for.</source>
        <translation>Die Klausel „%1“ enthält noch den Platzhalter %2: Schreiben Sie an seiner Stelle die Worte, für die er steht.</translation>
    </message>
    <message>
        <source>The clause “%1” must state this engagement&apos;s terms as CoachDesk writes them: “%2” Change the engagement to change them; your own words may go around it.</source>
        <translation>Die Klausel „%1“ muss die Bedingungen dieses Auftrags so nennen, wie CoachDesk sie schreibt: „%2“ Um sie zu ändern, ändern Sie den Auftrag; Ihre eigenen Worte dürfen davor und danach stehen.</translation>
    </message>
    <message>
        <source>A three-party agreement needs a sponsor.</source>
        <translation>Eine Dreiecksvereinbarung braucht einen Sponsor.</translation>
    </message>
    <message>
        <source>Retention is a number of years from 0 to 100.</source>
        <translation>Die Aufbewahrungsfrist ist eine Zahl von Jahren zwischen 0 und 100.</translation>
    </message>
    <message>
        <source>This agreement has been signed; its words cannot change. Make a new version instead.</source>
        <translation>Diese Vereinbarung wurde unterschrieben; ihr Wortlaut kann sich nicht mehr ändern. Erstellen Sie stattdessen eine neue Fassung.</translation>
    </message>
    <message>
        <source>Only a three-party agreement has a sponsor to receive anything.</source>
        <translation>Nur bei einer Dreiecksvereinbarung gibt es einen Sponsor, der etwas erhalten kann.</translation>
    </message>
    <message>
        <source>This agreement has been signed; what the sponsor may receive cannot change. Make a new version instead.</source>
        <translation>Diese Vereinbarung wurde unterschrieben; was der Sponsor erhalten darf, kann sich nicht mehr ändern. Erstellen Sie stattdessen eine neue Fassung.</translation>
    </message>
    <message>
        <source>This agreement has ended.</source>
        <translation>Diese Vereinbarung ist beendet.</translation>
    </message>
    <message>
        <source>This agreement has no such party.</source>
        <translation>Diese Vereinbarung hat keine solche Partei.</translation>
    </message>
    <message>
        <source>Add every required clause before anyone signs.</source>
        <translation>Fügen Sie alle erforderlichen Klauseln hinzu, bevor jemand unterschreibt.</translation>
    </message>
    <message>
        <source>Missing clause: %1</source>
        <translation>Fehlende Klausel: %1</translation>
    </message>
    <message>
        <source>This agreement cannot become active yet:</source>
        <translation>Diese Vereinbarung kann noch nicht aktiv werden:</translation>
    </message>
    <message>
        <source>This agreement is no longer in the vault.</source>
        <translation>Diese Vereinbarung ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>Only an active agreement can end.</source>
        <translation>Nur eine aktive Vereinbarung kann beendet werden.</translation>
    </message>
    <message>
        <source>Keep every clause of the template, in its order.</source>
        <translation>Behalten Sie jede Klausel der Vorlage, in ihrer Reihenfolge.</translation>
    </message>
    <message>
        <source>The clause “%1” needs its words, and braces only around a blank CoachDesk fills in, such as {client}.</source>
        <translation>Die Klausel „%1“ braucht einen Wortlaut, und geschweifte Klammern nur um einen Platzhalter, den CoachDesk einsetzt, etwa {client}.</translation>
    </message>
    <message>
        <source>The clause “%1” must keep {%2}: CoachDesk writes it from the terms chosen for each agreement.</source>
        <translation>Die Klausel „%1“ muss {%2} behalten: CoachDesk schreibt es aus den Bedingungen, die für jede Vereinbarung gewählt werden.</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>&amp;New agreement</source>
        <translation>&amp;Neue Vereinbarung</translation>
    </message>
    <message>
        <source>No agreements yet.
An agreement sets out confidentiality and its limits, fees, and what the sponsor may receive. Nothing is active until every party has signed. Make one for an engagement.</source>
        <translation>Noch keine Vereinbarungen.
Eine Vereinbarung legt die Vertraulichkeit und ihre Grenzen fest, die Honorare und was der Sponsor erhalten darf. Nichts gilt, bevor alle Parteien unterschrieben haben. Erstellen Sie eine für einen Auftrag.</translation>
    </message>
    <message>
        <source>Make an agreement</source>
        <translation>Vereinbarung erstellen</translation>
    </message>
    <message>
        <source>Record &amp;signature…</source>
        <translation>&amp;Unterschrift erfassen…</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>&amp;In Kraft setzen</translation>
    </message>
    <message>
        <source>Edit &amp;words…</source>
        <translation>&amp;Wortlaut bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Print for signing…</source>
        <translation>Zum Unterschreiben &amp;drucken…</translation>
    </message>
    <message>
        <source>Save the agreement as a PDF to print and sign</source>
        <translation>Die Vereinbarung als PDF speichern, um sie zu drucken und zu unterschreiben</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Session dates</source>
        <translation>Sitzungstermine</translation>
    </message>
    <message>
        <source>Hours of coaching</source>
        <translation>Coaching-Stunden</translation>
    </message>
    <message>
        <source>Progress, in the client&apos;s approved words</source>
        <translation>Fortschritte, in den vom Klienten freigegebenen Worten</translation>
    </message>
    <message>
        <source>The sponsor may receive %1.</source>
        <translation>Der Sponsor darf %1 erhalten.</translation>
    </message>
    <message>
        <source>Save &amp;choices</source>
        <translation>Auswahl &amp;speichern</translation>
    </message>
    <message>
        <source>Save what the sponsor may receive</source>
        <translation>Speichern, was der Sponsor erhalten darf</translation>
    </message>
    <message>
        <source>What the sponsor may receive</source>
        <translation>Was der Sponsor erhalten darf</translation>
    </message>
    <message>
        <source>Required clauses</source>
        <translation>Erforderliche Klauseln</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Unterschriften</translation>
    </message>
    <message>
        <source>The agreement&apos;s words</source>
        <translation>Wortlaut der Vereinbarung</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>The chosen agreement</source>
        <translation>Die gewählte Vereinbarung</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln Vereinbarung</numerusform>
            <numerusform>%Ln Vereinbarungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Sprache: %1</translation>
    </message>
    <message>
        <source>Needs every clause and every signature first</source>
        <translation>Braucht zuerst jede Klausel und jede Unterschrift</translation>
    </message>
    <message>
        <source>Signed agreements keep their words</source>
        <translation>Unterschriebene Vereinbarungen behalten ihren Wortlaut</translation>
    </message>
    <message>
        <source>This clause is missing from the agreement&apos;s words: add it with Edit words.</source>
        <translation>Diese Klausel fehlt im Wortlaut der Vereinbarung: Fügen Sie sie mit „Wortlaut bearbeiten“ hinzu.</translation>
    </message>
    <message>
        <source>Not confirmed yet, so reports send the sponsor nothing. Tick what the parties agreed and save.</source>
        <translation>Noch nicht bestätigt, daher senden Berichte dem Sponsor nichts. Haken Sie an, was die Parteien vereinbart haben, und speichern Sie.</translation>
    </message>
    <message>
        <source>It is signed, so every party then signs again.</source>
        <translation>Sie ist unterschrieben, daher unterschreiben danach alle Parteien erneut.</translation>
    </message>
    <message>
        <source>The sponsor receives nothing about the coaching.</source>
        <translation>Der Sponsor erhält nichts über das Coaching.</translation>
    </message>
    <message>
        <source>Chosen by the parties and signed: to change it, make a new agreement.</source>
        <translation>Von den Parteien gewählt und unterschrieben: Um das zu ändern, erstellen Sie eine neue Vereinbarung.</translation>
    </message>
    <message>
        <source>Nothing is sent unless it is ticked here. The clause&apos;s first sentence below is written from these choices.</source>
        <translation>Gesendet wird nur, was hier angehakt ist. Der erste Satz der Klausel unten wird aus dieser Auswahl gebildet.</translation>
    </message>
    <message>
        <source>Confirm what the sponsor may receive</source>
        <translation>Bestätigen, was der Sponsor erhalten darf</translation>
    </message>
    <message>
        <source>This agreement is signed. Confirming these terms changes what was signed: the signatures are cleared and every party signs again before the agreement is active.</source>
        <translation>Diese Vereinbarung ist unterschrieben. Wenn Sie diese Bedingungen bestätigen, ändert sich, was unterschrieben wurde: Die Unterschriften werden gelöscht, und alle Parteien unterschreiben erneut, bevor die Vereinbarung aktiv wird.</translation>
    </message>
    <message>
        <source>Confirm and ask for signatures</source>
        <translation>Bestätigen und Unterschriften einholen</translation>
    </message>
    <message>
        <source>Saved what the sponsor may receive.</source>
        <translation>Gespeichert, was der Sponsor erhalten darf.</translation>
    </message>
    <message>
        <source>Agreement drafted from the template.</source>
        <translation>Vereinbarung aus der Vorlage entworfen.</translation>
    </message>
    <message>
        <source>The agreement&apos;s words are saved.</source>
        <translation>Der Wortlaut der Vereinbarung ist gespeichert.</translation>
    </message>
    <message>
        <source>Signature recorded.</source>
        <translation>Unterschrift erfasst.</translation>
    </message>
    <message>
        <source>Make the agreement active</source>
        <translation>Vereinbarung aktiv setzen</translation>
    </message>
    <message>
        <source>Make this agreement active? Its words can no longer change, and what it allows the sponsor to receive takes effect.</source>
        <translation>Diese Vereinbarung aktiv setzen? Ihr Wortlaut lässt sich dann nicht mehr ändern, und was sie dem Sponsor zu erhalten erlaubt, wird wirksam.</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>In Kraft setzen</translation>
    </message>
    <message>
        <source>The agreement is active.</source>
        <translation>Die Vereinbarung ist aktiv.</translation>
    </message>
    <message>
        <source>Print agreement to PDF</source>
        <translation>Vereinbarung als PDF drucken</translation>
    </message>
    <message>
        <source>agreement-%1-%2.pdf</source>
        <translation>vereinbarung-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Saved for signing. This printing is recorded.</source>
        <translation>Zum Unterschreiben gespeichert. Dieser Ausdruck wird festgehalten.</translation>
    </message>
    <message>
        <source>%1 on %2, by %3</source>
        <translation>%1 am %2, von %3</translation>
    </message>
    <message>
        <source>Saved to %1. This printing is recorded.</source>
        <translation type="vanished">Unter %1 gespeichert. Dieser Ausdruck wird festgehalten.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Written and signed (release form)</source>
        <translation>Schriftlich und unterschrieben (Freigabeformular)</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>Per E-Mail</translation>
    </message>
    <message>
        <source>Verbally: weaker, with no written record</source>
        <translation>Mündlich: schwächer, ohne schriftlichen Nachweis</translation>
    </message>
    <message>
        <source>Record the client&apos;s approval</source>
        <translation>Freigabe des Klienten erfassen</translation>
    </message>
    <message>
        <source>The report as it will be sent</source>
        <translation>Der Bericht, wie er versandt wird</translation>
    </message>
    <message>
        <source>Report code %1 (on the release form). The approval covers this too; if the client approved it before a change, it needs approving again.</source>
        <translation>Berichtscode %1 (auf dem Freigabeformular). Die Freigabe umfasst auch dies; hat der Klient vor einer Änderung freigegeben, muss er erneut freigeben.</translation>
    </message>
    <message>
        <source>Report code %1: the client has approved it as shown.</source>
        <translation>Berichtscode %1: Der Klient hat ihn wie gezeigt freigegeben.</translation>
    </message>
    <message>
        <source>Items the client approved, word for word</source>
        <translation>Vom Klienten Wort für Wort freigegebene Elemente</translation>
    </message>
    <message>
        <source>Compare each passage with the signed form: its words code is printed beside it on the form. The approval is recorded for the words shown here.</source>
        <translation>Vergleichen Sie jede Passage mit dem unterschriebenen Formular: Ihr Wortcode steht dort daneben. Die Freigabe wird für den hier gezeigten Wortlaut erfasst.</translation>
    </message>
    <message>
        <source>Passages to approve</source>
        <translation>Freizugebende Passagen</translation>
    </message>
    <message>
        <source>Passage %1  ·  words code %2</source>
        <translation>Passage %1  ·  Wortcode %2</translation>
    </message>
    <message>
        <source>Changed after the release form was printed: a signed form holds other words. Print a new form for these words.</source>
        <translation>Nach dem Druck des Freigabeformulars geändert: Ein unterschriebenes Formular enthält anderen Wortlaut. Drucken Sie für diesen Wortlaut ein neues Formular.</translation>
    </message>
    <message>
        <source>Not on a printed release form yet: print one for these words to have them signed.</source>
        <translation>Noch auf keinem gedruckten Freigabeformular: Drucken Sie eines für diesen Wortlaut, um ihn unterschreiben zu lassen.</translation>
    </message>
    <message>
        <source>The client&apos;s name, as they gave it</source>
        <translation>Der Name des Klienten, wie er ihn angegeben hat</translation>
    </message>
    <message>
        <source>Approval ends on</source>
        <translation>Freigabe endet am</translation>
    </message>
    <message>
        <source>No signed form attached</source>
        <translation>Kein unterschriebenes Formular angehängt</translation>
    </message>
    <message>
        <source>Attach the signed &amp;form…</source>
        <translation>Unterschriebenes &amp;Formular anhängen…</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Wie</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation>&amp;Erteilt von</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Am</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>A verbal approval is allowed but weaker: the ICF suggests written permission. It is flagged in the report&apos;s log.</source>
        <translation>Eine mündliche Freigabe ist zulässig, aber schwächer: Die ICF empfiehlt eine schriftliche Einwilligung. Sie wird im Protokoll des Berichts markiert.</translation>
    </message>
    <message>
        <source>Every item is already approved or struck.</source>
        <translation>Jedes Element ist bereits freigegeben oder gestrichen.</translation>
    </message>
    <message>
        <source>Attach the signed form</source>
        <translation>Unterschriebenes Formular anhängen</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Tick the items the client approved.</source>
        <translation>Setzen Sie einen Haken bei den Elementen, die der Klient freigegeben hat.</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <source>on screen, in session</source>
        <translation>am Bildschirm, in der Sitzung</translation>
    </message>
    <message>
        <source>in writing, signed</source>
        <translation>schriftlich, unterschrieben</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>per E-Mail</translation>
    </message>
    <message>
        <source>verbally (no written record)</source>
        <translation>mündlich (ohne schriftlichen Nachweis)</translation>
    </message>
    <message>
        <source>The approval cannot expire before it was given.</source>
        <translation>Die Freigabe kann nicht ablaufen, bevor sie erteilt wurde.</translation>
    </message>
    <message>
        <source>Choose at least one excerpt to approve.</source>
        <translation>Wählen Sie mindestens einen Auszug zur Freigabe.</translation>
    </message>
    <message>
        <source>This sponsor is no longer in the vault.</source>
        <translation>Dieser Sponsor ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>This contact is no longer in the vault.</source>
        <translation>Diese Ansprechperson ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>An excerpt is no longer in the vault.</source>
        <translation>Ein Auszug ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>One approval covers one client&apos;s words only.</source>
        <translation>Eine Freigabe umfasst nur die Worte eines einzigen Klienten.</translation>
    </message>
    <message>
        <source>This report is no longer in the vault.</source>
        <translation>Dieser Bericht ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>An approval for a report covers that report&apos;s own client and items only.</source>
        <translation>Eine Freigabe für einen Bericht umfasst nur dessen eigenen Klienten und dessen eigene Elemente.</translation>
    </message>
    <message>
        <source>This approval is no longer in the vault.</source>
        <translation>Diese Freigabe ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>This approval is no longer in force.</source>
        <translation>Diese Freigabe gilt nicht mehr.</translation>
    </message>
    <message>
        <source>(These words were edited after this approval, so it no longer counts; the new words need a new approval.)</source>
        <translation>(Dieser Wortlaut wurde nach dieser Freigabe geändert, daher gilt sie nicht mehr; der neue Wortlaut braucht eine neue Freigabe.)</translation>
    </message>
    <message>
        <source>the sponsor named when you approved</source>
        <translation>den bei Ihrer Freigabe genannten Sponsor</translation>
    </message>
    <message>
        <source>A report to the sponsor of your coaching</source>
        <translation>Ein Bericht an den Sponsor Ihres Coachings</translation>
    </message>
    <message>
        <source>your coach</source>
        <translation>Ihrem Coach</translation>
    </message>
    <message>
        <source>Tell %1, in any way you like (email, phone, or at a session), that you withdraw this approval, for all of these words or some. From then on they are not sent to anyone. Words already sent cannot be called back, but you can ask to see what was sent.</source>
        <translation>Teilen Sie %1 auf beliebigem Weg mit (per E-Mail, telefonisch oder in einer Sitzung), dass Sie diese Freigabe widerrufen, für den ganzen Wortlaut oder einen Teil davon. Von da an wird nichts davon an irgendjemanden gesendet. Bereits Gesendetes lässt sich nicht zurückholen, aber Sie können verlangen, zu sehen, was gesendet wurde.</translation>
    </message>
</context>
<context>
    <name>AsksBeforeDiscarding</name>
    <message>
        <source>Discard what you typed? It has not been saved.</source>
        <translation>Eingegebenes verwerfen? Es wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Action item added</source>
        <translation>Aufgabe hinzugefügt</translation>
    </message>
    <message>
        <source>Action item changed</source>
        <translation>Aufgabe geändert</translation>
    </message>
    <message>
        <source>Action item done</source>
        <translation>Aufgabe erledigt</translation>
    </message>
    <message>
        <source>Action item removed</source>
        <translation>Aufgabe entfernt</translation>
    </message>
    <message>
        <source>Action item reopened</source>
        <translation>Aufgabe wieder geöffnet</translation>
    </message>
    <message>
        <source>Agreement made active</source>
        <translation>Vereinbarung in Kraft gesetzt</translation>
    </message>
    <message>
        <source>Agreement drafted</source>
        <translation>Vereinbarung entworfen</translation>
    </message>
    <message>
        <source>Agreement clauses changed</source>
        <translation>Klauseln der Vereinbarung geändert</translation>
    </message>
    <message>
        <source>Agreement ended</source>
        <translation>Vereinbarung beendet</translation>
    </message>
    <message>
        <source>Agreement terms changed: signatures to collect again</source>
        <translation>Bedingungen der Vereinbarung geändert: Unterschriften neu einholen</translation>
    </message>
    <message>
        <source>Agreement terms set</source>
        <translation>Bedingungen der Vereinbarung festgelegt</translation>
    </message>
    <message>
        <source>Agreement template changed</source>
        <translation>Vereinbarungsvorlage geändert</translation>
    </message>
    <message>
        <source>Agreement template reset</source>
        <translation>Vereinbarungsvorlage zurückgesetzt</translation>
    </message>
    <message>
        <source>Continuing education added</source>
        <translation>Weiterbildung hinzugefügt</translation>
    </message>
    <message>
        <source>Continuing education removed</source>
        <translation>Weiterbildung entfernt</translation>
    </message>
    <message>
        <source>Client added</source>
        <translation>Klient hinzugefügt</translation>
    </message>
    <message>
        <source>Client&apos;s disposal finished</source>
        <translation>Löschung des Klienten abgeschlossen</translation>
    </message>
    <message>
        <source>Client&apos;s records disposed of</source>
        <translation>Unterlagen des Klienten gelöscht</translation>
    </message>
    <message>
        <source>Client details edited</source>
        <translation>Angaben zum Klienten bearbeitet</translation>
    </message>
    <message>
        <source>Evidence of approval attached</source>
        <translation>Nachweis der Freigabe angehängt</translation>
    </message>
    <message>
        <source>Approval withdrawn</source>
        <translation>Freigabe widerrufen</translation>
    </message>
    <message>
        <source>Approval of a report withdrawn</source>
        <translation>Freigabe eines Berichts widerrufen</translation>
    </message>
    <message>
        <source>Coaching log details of an engagement set</source>
        <translation>Coaching-Log-Angaben eines Auftrags festgelegt</translation>
    </message>
    <message>
        <source>Client agreed to be named in the coaching log</source>
        <translation>Klient stimmt der Nennung im Coaching-Log zu</translation>
    </message>
    <message>
        <source>Client withdrew being named in the coaching log</source>
        <translation>Klient widerruft die Nennung im Coaching-Log</translation>
    </message>
    <message>
        <source>Credential profile changed</source>
        <translation>Zertifizierungsprofil geändert</translation>
    </message>
    <message>
        <source>Coaching log details of a session set</source>
        <translation>Coaching-Log-Angaben einer Sitzung festgelegt</translation>
    </message>
    <message>
        <source>Coach training changed</source>
        <translation>Coach-Ausbildung geändert</translation>
    </message>
    <message>
        <source>Data request answered</source>
        <translation>Datenschutzanfrage beantwortet</translation>
    </message>
    <message>
        <source>Data request closed</source>
        <translation>Datenschutzanfrage abgeschlossen</translation>
    </message>
    <message>
        <source>Engagement added</source>
        <translation>Auftrag hinzugefügt</translation>
    </message>
    <message>
        <source>Engagement edited</source>
        <translation>Auftrag bearbeitet</translation>
    </message>
    <message>
        <source>Engagement ended</source>
        <translation>Auftrag beendet</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>Nachweis hinzugefügt</translation>
    </message>
    <message>
        <source>Excerpt added</source>
        <translation>Auszug hinzugefügt</translation>
    </message>
    <message>
        <source>Excerpt edited</source>
        <translation>Auszug bearbeitet</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>Rechnung ausgestellt</translation>
    </message>
    <message>
        <source>Invoice marked paid</source>
        <translation>Rechnung als bezahlt markiert</translation>
    </message>
    <message>
        <source>Invoice marked unpaid</source>
        <translation>Rechnung als unbezahlt markiert</translation>
    </message>
    <message>
        <source>Invoice voided</source>
        <translation>Rechnung storniert</translation>
    </message>
    <message>
        <source>Payment set aside: the invoice was voided on another computer</source>
        <translation>Zahlung zurückgestellt: Die Rechnung wurde auf einem anderen Computer storniert</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Notiz hinzugefügt</translation>
    </message>
    <message>
        <source>Note edited on two computers resolved</source>
        <translation>Auf zwei Computern bearbeitete Notiz geklärt</translation>
    </message>
    <message>
        <source>Note may go to the sponsor if the client approves</source>
        <translation>Notiz darf an den Sponsor, wenn der Klient freigibt</translation>
    </message>
    <message>
        <source>Note made coach only</source>
        <translation>Notiz auf „Nur Coach“ gesetzt</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Notiz gespeichert</translation>
    </message>
    <message>
        <source>Note shared with the client</source>
        <translation>Notiz mit dem Klienten geteilt</translation>
    </message>
    <message>
        <source>Report changed</source>
        <translation>Bericht geändert</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Item added to a report</source>
        <translation>Element zu einem Bericht hinzugefügt</translation>
    </message>
    <message>
        <source>Item removed from a report</source>
        <translation>Element aus einem Bericht entfernt</translation>
    </message>
    <message>
        <source>Item of a report restored</source>
        <translation>Element eines Berichts wiederhergestellt</translation>
    </message>
    <message>
        <source>Item of a report struck</source>
        <translation>Element eines Berichts gestrichen</translation>
    </message>
    <message>
        <source>Print language of a report changed</source>
        <translation>Drucksprache eines Berichts geändert</translation>
    </message>
    <message>
        <source>Report given to the client to approve</source>
        <translation>Bericht dem Klienten zur Freigabe gegeben</translation>
    </message>
    <message>
        <source>Release form printed</source>
        <translation>Freigabeformular gedruckt</translation>
    </message>
    <message>
        <source>Report reordered</source>
        <translation>Bericht neu geordnet</translation>
    </message>
    <message>
        <source>Session added</source>
        <translation>Sitzung hinzugefügt</translation>
    </message>
    <message>
        <source>Session marked as cut short</source>
        <translation>Sitzung als unterbrochen markiert</translation>
    </message>
    <message>
        <source>Cut-short session looked at</source>
        <translation>Unterbrochene Sitzung angesehen</translation>
    </message>
    <message>
        <source>Session discarded</source>
        <translation>Sitzung verworfen</translation>
    </message>
    <message>
        <source>Session edited</source>
        <translation>Sitzung bearbeitet</translation>
    </message>
    <message>
        <source>Sponsor added</source>
        <translation>Sponsor hinzugefügt</translation>
    </message>
    <message>
        <source>Sponsor contact added</source>
        <translation>Ansprechperson des Sponsors hinzugefügt</translation>
    </message>
    <message>
        <source>Sponsor edited</source>
        <translation>Sponsor bearbeitet</translation>
    </message>
    <message>
        <source>Sponsor request logged</source>
        <translation>Sponsor-Anfrage erfasst</translation>
    </message>
    <message>
        <source>Changes from another computer applied</source>
        <translation>Änderungen eines anderen Computers übernommen</translation>
    </message>
    <message>
        <source>A computer marked as gone</source>
        <translation>Ein Computer als weg markiert</translation>
    </message>
    <message>
        <source>A computer marked as gone brought back</source>
        <translation>Ein als weg markierter Computer zurückgeholt</translation>
    </message>
    <message>
        <source>This computer&apos;s letter changed (another computer had joined with it)</source>
        <translation>Der Buchstabe dieses Computers hat sich geändert (ein anderer Computer war mit demselben beigetreten)</translation>
    </message>
    <message>
        <source>Invoicing taken back</source>
        <translation>Rechnungsstellung übernommen</translation>
    </message>
    <message>
        <source>New pairing code in use</source>
        <translation>Neuer Kopplungscode in Gebrauch</translation>
    </message>
    <message>
        <source>Note template added</source>
        <translation>Notizvorlage hinzugefügt</translation>
    </message>
    <message>
        <source>Note template changed</source>
        <translation>Notizvorlage geändert</translation>
    </message>
    <message>
        <source>Note template removed</source>
        <translation>Notizvorlage entfernt</translation>
    </message>
    <message>
        <source>Backups re-encrypted</source>
        <translation>Sicherungen neu verschlüsselt</translation>
    </message>
    <message>
        <source>Kept copies re-encrypted</source>
        <translation>Aufbewahrte Kopien neu verschlüsselt</translation>
    </message>
    <message>
        <source>Vault key changed</source>
        <translation>Schlüssel des Tresors geändert</translation>
    </message>
    <message>
        <source>Change of the vault key started</source>
        <translation>Wechsel des Tresorschlüssels begonnen</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passphrase geändert</translation>
    </message>
    <message>
        <source>Agreement signature recorded</source>
        <translation>Unterschrift unter der Vereinbarung erfasst</translation>
    </message>
    <message>
        <source>Client&apos;s status changed</source>
        <translation>Status des Klienten geändert</translation>
    </message>
    <message>
        <source>Report frame approved</source>
        <translation>Rahmen eines Berichts freigegeben</translation>
    </message>
    <message>
        <source>Words approved</source>
        <translation>Worte freigegeben</translation>
    </message>
    <message>
        <source>Data request recorded</source>
        <translation>Datenschutzanfrage erfasst</translation>
    </message>
    <message>
        <source>Disclosure recorded</source>
        <translation>Weitergabe erfasst</translation>
    </message>
    <message>
        <source>File exported</source>
        <translation>Datei exportiert</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <source>Answer to a sponsor request recorded</source>
        <translation>Antwort auf eine Sponsor-Anfrage erfasst</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Report approval</source>
        <translation>Freigabe eines Berichts</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>Weiterbildung</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Data request</source>
        <translation>Datenschutzanfrage</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Auszug</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Sponsor contact</source>
        <translation>Ansprechperson des Sponsors</translation>
    </message>
    <message>
        <source>Sponsor request</source>
        <translation>Sponsor-Anfrage</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Notizvorlage</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Changes from computer %1 (no. %2)</source>
        <translation>Änderungen von Computer %1 (Nr. %2)</translation>
    </message>
    <message>
        <source>Changes from another computer (no. %1)</source>
        <translation>Änderungen eines anderen Computers (Nr. %1)</translation>
    </message>
    <message>
        <source>Changes from this computer (no. %1)</source>
        <translation>Änderungen von diesem Computer (Nr. %1)</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Keep copies of your practice</source>
        <translation>Kopien Ihrer Praxis aufbewahren</translation>
    </message>
    <message>
        <source>Your vault is ready. Choose where its backups go.</source>
        <translation>Ihr Tresor ist bereit. Wählen Sie, wohin seine Sicherungen gehen.</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Noch kein Ordner gewählt.</translation>
    </message>
    <message>
        <source>&amp;Choose a backup folder…</source>
        <translation>Sicherungsordner &amp;wählen…</translation>
    </message>
    <message>
        <source>Not now? Finish anyway: Today reminds you until a folder is chosen, and Settings can change it at any time.</source>
        <translation>Nicht jetzt? Schließen Sie trotzdem ab: „Heute“ erinnert Sie daran, bis ein Ordner gewählt ist, und in den Einstellungen können Sie ihn jederzeit ändern.</translation>
    </message>
    <message>
        <source>Your practice lives in one file on this computer. If the disk fails or the laptop is lost, a backup brings it back. Choose a folder on an external drive, or a folder your cloud service keeps in sync: CoachDesk keeps a copy there each day you open it, checked before it is kept.</source>
        <translation>Ihre Praxis liegt in einer einzigen Datei auf diesem Computer. Fällt die Festplatte aus oder geht der Laptop verloren, holt eine Sicherung sie zurück. Wählen Sie einen Ordner auf einem externen Laufwerk oder einen Ordner, den Ihr Cloud-Dienst synchronisiert: CoachDesk legt dort an jedem Tag, an dem Sie es öffnen, eine Kopie ab, die vor dem Aufbewahren geprüft wird.</translation>
    </message>
    <message>
        <source>The copies are encrypted with your vault&apos;s key. Nobody can read them without your recovery code, not the drive&apos;s owner nor the sync service: keep the code, and the copies bring your practice back on any computer.</source>
        <translation>Die Kopien sind mit dem Schlüssel Ihres Tresors verschlüsselt. Ohne Ihren Wiederherstellungscode kann niemand sie lesen, weder der Besitzer des Laufwerks noch der Synchronisierungsdienst: Bewahren Sie den Code auf, dann bringen die Kopien Ihre Praxis auf jedem Computer zurück.</translation>
    </message>
    <message>
        <source>&amp;Start using CoachDesk</source>
        <translation>Mit CoachDesk &amp;loslegen</translation>
    </message>
    <message>
        <source>Where should backups go?</source>
        <translation>Wohin sollen die Sicherungen?</translation>
    </message>
    <message>
        <source>Backups go to %1</source>
        <translation>Sicherungen werden in %1 abgelegt</translation>
    </message>
    <message>
        <source>CoachDesk makes its first copy there when you start. Settings can change the folder at any time.</source>
        <translation>CoachDesk legt dort die erste Sicherung an, sobald Sie beginnen. In den Einstellungen können Sie den Ordner jederzeit ändern.</translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <source>No backups yet. Your practice lives in one file on this computer: choose a folder on an external drive or a synced folder, and CoachDesk keeps encrypted copies there that your recovery code opens.</source>
        <translation>Noch keine Sicherungen. Ihre Praxis liegt in einer einzigen Datei auf diesem Computer: Wählen Sie einen Ordner auf einem externen Laufwerk oder einen synchronisierten Ordner, und CoachDesk legt dort verschlüsselte Kopien ab, die Ihr Wiederherstellungscode öffnet.</translation>
    </message>
    <message>
        <source>Choose a backup folder…</source>
        <translation>Sicherungsordner wählen…</translation>
    </message>
    <message>
        <source>Your backup folder is not there now (%1): a drive not connected? Connect it, or choose another folder.</source>
        <translation>Ihr Sicherungsordner ist gerade nicht da (%1): Laufwerk nicht angeschlossen? Schließen Sie es an, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Anderen Ordner wählen…</translation>
    </message>
    <message>
        <source>No backup has been made in %1 yet.</source>
        <translation>In %1 wurde noch keine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message numerus="yes">
        <source>The last backup was made on %1, %n days ago. Back up now to keep a recent copy of your practice.</source>
        <translation>
            <numerusform>Die letzte Sicherung wurde am %1 erstellt, vor %n Tag. Sichern Sie jetzt, damit Sie eine aktuelle Kopie Ihrer Praxis haben.</numerusform>
            <numerusform>Die letzte Sicherung wurde am %1 erstellt, vor %n Tagen. Sichern Sie jetzt, damit Sie eine aktuelle Kopie Ihrer Praxis haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where should backups go?</source>
        <translation>Wohin sollen die Sicherungen?</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>no backup folder is chosen (Settings → Backups)</source>
        <translation>es ist kein Sicherungsordner gewählt (Einstellungen → Sicherungen)</translation>
    </message>
    <message>
        <source>no backup folder is known for this vault</source>
        <translation>für diesen Tresor ist kein Sicherungsordner bekannt</translation>
    </message>
    <message>
        <source>The backup was not made: %1. Your vault is untouched.</source>
        <translation>Die Sicherung wurde nicht erstellt: %1. Ihr Tresor ist unverändert.</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>der Tresor ist gesperrt</translation>
    </message>
    <message>
        <source>%1 could not be written (%2)</source>
        <translation>%1 konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>the copy could not be written (%1)</source>
        <translation>die Kopie konnte nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>the copy does not open with the vault&apos;s key</source>
        <translation>die Kopie lässt sich mit dem Schlüssel des Tresors nicht öffnen</translation>
    </message>
    <message>
        <source>the copy failed its encryption check (damaged pages: %1)</source>
        <translation>die Kopie hat die Prüfung der Verschlüsselung nicht bestanden (beschädigte Seiten: %1)</translation>
    </message>
    <message>
        <source>the copy failed its integrity check</source>
        <translation>die Kopie hat die Integritätsprüfung nicht bestanden</translation>
    </message>
    <message>
        <source>the copy does not have this version&apos;s records layout</source>
        <translation>die Kopie hat nicht den Datenaufbau dieser Version</translation>
    </message>
    <message>
        <source>the copy is not of this vault</source>
        <translation>die Kopie stammt nicht von diesem Tresor</translation>
    </message>
    <message>
        <source>the copy cannot be read (%1)</source>
        <translation>die Kopie kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>your backups</source>
        <translation>Ihre Sicherungen</translation>
    </message>
    <message>
        <source>for backups, in Settings</source>
        <translation>für Sicherungen, in den Einstellungen</translation>
    </message>
    <message>
        <source>That is the vault&apos;s own folder: a backup there is lost with the vault when the disk fails or the laptop is lost. Choose an external drive or a synced folder.</source>
        <translation>Das ist der Ordner des Tresors selbst: Eine Sicherung dort geht mit dem Tresor verloren, wenn die Festplatte ausfällt oder der Laptop verloren geht. Wählen Sie ein externes Laufwerk oder einen synchronisierten Ordner.</translation>
    </message>
    <message>
        <source>the folder cannot be read (%1)</source>
        <translation>der Ordner kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>it could not be re-encrypted (%1)</source>
        <translation>sie konnte nicht neu verschlüsselt werden (%1)</translation>
    </message>
    <message>
        <source>a change to it was cut off (the file beside it ending in %1 holds it), so it was left as it is</source>
        <translation>eine Änderung daran wurde abgebrochen (die Datei daneben mit der Endung %1 enthält sie), daher blieb sie unverändert</translation>
    </message>
    <message>
        <source>it does not open with the vault&apos;s previous key: it is damaged, or was made under an earlier key or for another vault</source>
        <translation>sie lässt sich mit dem bisherigen Schlüssel des Tresors nicht öffnen: Sie ist beschädigt oder wurde mit einem früheren Schlüssel oder für einen anderen Tresor erstellt</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>sie kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>it cannot be read: it is damaged</source>
        <translation>sie kann nicht gelesen werden: Sie ist beschädigt</translation>
    </message>
    <message>
        <source>the disk is full, so it was left as it is</source>
        <translation>die Festplatte ist voll, daher blieb sie unverändert</translation>
    </message>
    <message>
        <source>it could not be rewritten (%1)</source>
        <translation>sie konnte nicht neu geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>its records could not be copied: it may be damaged (%1)</source>
        <translation>ihre Daten konnten nicht kopiert werden: Sie ist vielleicht beschädigt (%1)</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Coach only</source>
        <translation>Nur Coach</translation>
    </message>
    <message>
        <source>Shared with client</source>
        <translation>Mit Klient geteilt</translation>
    </message>
    <message>
        <source>Sponsor, if client approves</source>
        <translation>Sponsor, wenn Klient freigibt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Awaiting the client</source>
        <translation>Wartet auf Klient</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Voided by an edit</source>
        <translation>Durch Änderung ungültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>To answer</source>
        <translation>Zu beantworten</translation>
    </message>
    <message>
        <source>Past retention</source>
        <translation>Frist abgelaufen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Versäumt</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Awaiting signatures</source>
        <translation>Wartet auf Unterschriften</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Vorhanden</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterschrieben</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
    <message>
        <source>Struck</source>
        <translation>Gestrichen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Struck by the client</source>
        <translation>Vom Klienten gestrichen</translation>
    </message>
    <message>
        <source>Voided: the report around it changed</source>
        <translation>Ungültig: Der Bericht darum hat sich geändert</translation>
    </message>
</context>
<context>
    <name>Clauses</name>
    <message>
        <source>Nature and limits of confidentiality</source>
        <translation>Art und Grenzen der Vertraulichkeit</translation>
    </message>
    <message>
        <source>Named limits: illegal activity, court order or subpoena, risk of danger to self or others</source>
        <translation>Benannte Grenzen: illegale Handlungen, gerichtliche Anordnung oder Vorladung, Gefahr für sich selbst oder andere</translation>
    </message>
    <message>
        <source>How coaching information is exchanged among coach, client and sponsor</source>
        <translation>Wie Informationen aus dem Coaching zwischen Coach, Klient und Sponsor ausgetauscht werden</translation>
    </message>
    <message>
        <source>Roles and responsibilities</source>
        <translation>Rollen und Verantwortlichkeiten</translation>
    </message>
    <message>
        <source>Fees and payment</source>
        <translation>Honorar und Zahlung</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Absage</translation>
    </message>
    <message>
        <source>Record retention period and disposal method</source>
        <translation>Aufbewahrungsfrist und Art der Löschung der Unterlagen</translation>
    </message>
    <message>
        <source>How the agreement ends</source>
        <translation>Wie die Vereinbarung endet</translation>
    </message>
</context>
<context>
    <name>ClausesDialog</name>
    <message>
        <source>Discard your changes to the agreement&apos;s words?</source>
        <translation>Ihre Änderungen am Wortlaut der Vereinbarung verwerfen?</translation>
    </message>
    <message>
        <source>Edit the agreement&apos;s words</source>
        <translation>Wortlaut der Vereinbarung bearbeiten</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Klauseln</translation>
    </message>
    <message>
        <source>Clause heading</source>
        <translation>Überschrift der Klausel</translation>
    </message>
    <message>
        <source>Clause words</source>
        <translation>Wortlaut der Klausel</translation>
    </message>
    <message>
        <source>&amp;Remove clause</source>
        <translation>Klausel &amp;entfernen</translation>
    </message>
    <message>
        <source>Put back &amp;missing clauses</source>
        <translation>&amp;Fehlende Klauseln wieder einfügen</translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>← All &amp;clients</source>
        <translation>← Alle &amp;Klienten</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>Sitzung &amp;starten</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>Neue &amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>Angaben &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Disclos&amp;ures</source>
        <translation>&amp;Weitergaben</translation>
    </message>
    <message>
        <source>What was shared about this client, and what sponsors asked for</source>
        <translation>Was über diesen Klienten weitergegeben wurde und was Sponsoren angefragt haben</translation>
    </message>
    <message>
        <source>&amp;Plan session…</source>
        <translation>Sitzung &amp;planen…</translation>
    </message>
    <message>
        <source>Edit sess&amp;ion…</source>
        <translation>Sitzung bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Its date, minutes and status (a held session&apos;s minutes are what the tax export shows)</source>
        <translation>Datum, Minuten und Status (die Minuten einer stattgefundenen Sitzung weist der Steuerexport aus)</translation>
    </message>
    <message>
        <source>New en&amp;gagement…</source>
        <translation>Neuer &amp;Auftrag…</translation>
    </message>
    <message>
        <source>E&amp;dit engagement…</source>
        <translation>Auftra&amp;g bearbeiten…</translation>
    </message>
    <message>
        <source>E&amp;dit goals…</source>
        <translation>Zi&amp;ele bearbeiten…</translation>
    </message>
    <message>
        <source>New &amp;agreement…</source>
        <translation>Neue &amp;Vereinbarung…</translation>
    </message>
    <message>
        <source>&amp;Open agreement</source>
        <translation>Vereinbarung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>New &amp;report…</source>
        <translation>Neuer Be&amp;richt…</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>Bericht &amp;öffnen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>No email or phone yet</source>
        <translation>Noch keine E-Mail oder Telefonnummer</translation>
    </message>
    <message>
        <source>New engagement…</source>
        <translation>Neuer Auftrag…</translation>
    </message>
    <message>
        <source>Sessions, goals, agreements and reports belong to an engagement: its dates, sponsor and fee. Add one first.</source>
        <translation>Sitzungen, Ziele, Vereinbarungen und Berichte gehören zu einem Auftrag mit Zeitraum, Sponsor und Honorar. Legen Sie zuerst einen an.</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Noch keine Sitzungen.</translation>
    </message>
    <message>
        <source>No sessions yet.
Plan the next one, or start a session now: it is recorded as it happens.</source>
        <translation>Noch keine Sitzungen.
Planen Sie die nächste, oder starten Sie jetzt eine Sitzung: Sie wird erfasst, während sie läuft.</translation>
    </message>
    <message>
        <source>Plan session…</source>
        <translation>Sitzung planen…</translation>
    </message>
    <message>
        <source>No open action items.
What the client or you agree to do in a session, written with [ ] or in the session&apos;s list, waits here until it is done.</source>
        <translation>Keine offenen Aufgaben.
Was der Klient oder Sie in einer Sitzung vereinbaren, mit [ ] notiert oder in der Liste der Sitzung, wartet hier, bis es erledigt ist.</translation>
    </message>
    <message>
        <source>No notes yet.
What you write in a session, or on its own with New note, is kept here. Notes stay yours unless you choose to share them.</source>
        <translation>Noch keine Notizen.
Was Sie in einer Sitzung schreiben, oder eigenständig mit „Neue Notiz“, wird hier aufbewahrt. Notizen gehören Ihnen, solange Sie sie nicht teilen.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>No engagement yet.
An engagement is the coaching you agreed: its dates, sponsor, fee and goals. Sessions and agreements belong to it.</source>
        <translation>Noch kein Auftrag.
Ein Auftrag ist das vereinbarte Coaching: Zeitraum, Sponsor, Honorar und Ziele. Sitzungen und Vereinbarungen gehören dazu.</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Noch keine Ziele.</translation>
    </message>
    <message>
        <source>No goals yet.
Goals are part of the engagement, and the client sees every one.</source>
        <translation>Noch keine Ziele.
Ziele gehören zum Auftrag, und der Klient sieht jedes davon.</translation>
    </message>
    <message>
        <source>Add goals…</source>
        <translation>Ziele hinzufügen…</translation>
    </message>
    <message>
        <source>No agreement yet.
The agreement sets confidentiality and its limits, fees and what a sponsor may hear, signed by every party before the coaching starts.</source>
        <translation>Noch keine Vereinbarung.
Die Vereinbarung regelt die Vertraulichkeit und ihre Grenzen, die Honorare und was ein Sponsor erfahren darf, unterschrieben von allen Parteien, bevor das Coaching beginnt.</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Neue Vereinbarung…</translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation>Noch keine Vereinbarung.</translation>
    </message>
    <message>
        <source>No reports yet.
A report tells the sponsor only what the agreement allows, in words the client approved.</source>
        <translation>Noch keine Berichte.
Ein Bericht teilt dem Sponsor nur mit, was die Vereinbarung erlaubt, in Worten, die der Klient freigegeben hat.</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Neuer Bericht…</translation>
    </message>
    <message>
        <source>No reports yet.
Reports go to a sponsor, and no engagement of this client&apos;s has one: a client who pays for their own coaching needs no report.</source>
        <translation>Noch keine Berichte.
Berichte gehen an einen Sponsor, und kein Auftrag dieses Klienten hat einen: Wer sein Coaching selbst bezahlt, braucht keinen Bericht.</translation>
    </message>
    <message>
        <source>Reports go to a sponsor: add the sponsor to the engagement first</source>
        <translation>Berichte gehen an einen Sponsor: Fügen Sie dem Auftrag zuerst den Sponsor hinzu</translation>
    </message>
    <message>
        <source>Engagement saved.</source>
        <translation>Auftrag gespeichert.</translation>
    </message>
    <message>
        <source>Session planned for %1.</source>
        <translation>Sitzung für %1 geplant.</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Sitzung gespeichert.</translation>
    </message>
    <message>
        <source>Agreement drafted. Open it to check its words and record the signatures.</source>
        <translation>Vereinbarung entworfen. Öffnen Sie sie, um den Wortlaut zu prüfen und die Unterschriften zu erfassen.</translation>
    </message>
    <message>
        <source>Report started. Open it to write what the client approves.</source>
        <translation>Bericht begonnen. Öffnen Sie ihn, um zu schreiben, was der Klient freigibt.</translation>
    </message>
    <message>
        <source>Start session</source>
        <translation>Sitzung starten</translation>
    </message>
    <message>
        <source>A session is planned for %1. Is this that session, starting now?</source>
        <translation>Für %1 ist eine Sitzung geplant. Ist es diese Sitzung, die jetzt beginnt?</translation>
    </message>
    <message>
        <source>Start the planned session</source>
        <translation>Geplante Sitzung starten</translation>
    </message>
    <message>
        <source>Start a new session</source>
        <translation>Neue Sitzung starten</translation>
    </message>
    <message>
        <source>This client has no current engagement, so no session is recorded; the note is kept with the client.</source>
        <translation>Dieser Klient hat keinen laufenden Auftrag, daher wird keine Sitzung erfasst; die Notiz wird beim Klienten aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>This does not look like an email address (name@example.org).</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus (name@example.org).</translation>
    </message>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Dieser Klient ist nicht mehr im Tresor.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Add your first client (Ctrl+N)</source>
        <translation>Ersten Klienten hinzufügen (Ctrl+N)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>Search clients by name or email</source>
        <translation>Klienten nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Klienten suchen</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>&amp;Archivierte zeigen</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Neuer Klient</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivieren</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>Klient ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Client saved.</source>
        <translation>Klient gespeichert.</translation>
    </message>
    <message>
        <source>Client added.</source>
        <translation>Klient hinzugefügt.</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation>Klient archivieren</translation>
    </message>
    <message>
        <source>Archive %1? Their records stay in the vault, out of the everyday list. Tick “Show archived” to see them again.</source>
        <translation>%1 archivieren? Die Unterlagen bleiben im Tresor, aber nicht in der täglichen Liste. Setzen Sie den Haken bei „Archivierte zeigen“, um sie wieder zu sehen.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Could not archive</source>
        <translation>Archivieren nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln Klient</numerusform>
            <numerusform>%Ln Klienten</numerusform>
        </translation>
    </message>
    <message>
        <source>No client matches this search.</source>
        <translation>Kein Klient passt zu dieser Suche.</translation>
    </message>
    <message>
        <source>No clients yet.
A client is the person you coach: their details, engagements, sessions and notes all live on their page.</source>
        <translation>Noch keine Klienten.
Ein Klient ist die Person, die Sie coachen. Auf ihrer Seite liegt alles: ihre Angaben, Aufträge, Sitzungen und Notizen.</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Rest&amp;ore client</source>
        <translation>Klient &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Arc&amp;hive client</source>
        <translation>Klient arc&amp;hivieren</translation>
    </message>
</context>
<context>
    <name>ClientsTable</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Ihr Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Write it down on paper now. It is shown only this once.</source>
        <translation>Schreiben Sie ihn jetzt auf Papier auf. Er wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <source>I have written down my recovery code and will keep it somewhere safe</source>
        <translation>Ich habe meinen Wiederherstellungscode notiert und bewahre ihn an einem sicheren Ort auf</translation>
    </message>
    <message>
        <source>This is this computer&apos;s own recovery code, for its vault here: keep it on paper. The pairing code you type after this is a different code, shown on the other computer.</source>
        <translation>Dies ist der eigene Wiederherstellungscode dieses Computers, für seinen Tresor hier: Bewahren Sie ihn auf Papier auf. Der Kopplungscode, den Sie danach eingeben, ist ein anderer Code; er wird auf dem anderen Computer angezeigt.</translation>
    </message>
    <message>
        <source>If this computer is lost or replaced, or its keyring is cleared, this code is the only way to open your vault. Keep it away from the laptop, as you would a spare key. CoachDesk cannot show it again or recover it for you.</source>
        <translation>Wenn dieser Computer verloren geht oder ersetzt wird oder sein Schlüsselbund geleert wird, ist dieser Code der einzige Weg, Ihren Tresor zu öffnen. Bewahren Sie ihn getrennt vom Laptop auf, wie einen Ersatzschlüssel. CoachDesk kann ihn nicht noch einmal anzeigen oder für Sie wiederherstellen.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Check your copy</source>
        <translation>Ihre Abschrift prüfen</translation>
    </message>
    <message>
        <source>Type two groups from what you wrote down.</source>
        <translation>Geben Sie zwei Gruppen aus Ihrer Notiz ein.</translation>
    </message>
    <message>
        <source>This makes sure your written copy is right before anything depends on it.</source>
        <translation>So ist sichergestellt, dass Ihre Abschrift stimmt, bevor etwas davon abhängt.</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Meinen Tresor anlegen</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Group %1 is not what the code says. Check your copy (press Back to see the code again).</source>
        <translation>Gruppe %1 stimmt nicht mit dem Code überein. Prüfen Sie Ihre Abschrift (mit „Zurück“ sehen Sie den Code noch einmal).</translation>
    </message>
    <message>
        <source>CoachDesk could not write the vault in %1 (%2). Nothing was saved.</source>
        <translation>CoachDesk konnte den Tresor nicht in %1 schreiben (%2). Nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <source>Edited on two computers</source>
        <translation>Auf zwei Computern bearbeitet</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Klären…</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>This note was resolved already, perhaps on another computer.</source>
        <translation>Diese Notiz wurde bereits geklärt, vielleicht auf einem anderen Computer.</translation>
    </message>
    <message>
        <source>This note changed while you were choosing. Both texts are shown again as they are now.</source>
        <translation>Diese Notiz hat sich geändert, während Sie gewählt haben. Beide Texte sind wieder so zu sehen, wie sie jetzt lauten.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>the client has not approved it for this recipient</source>
        <translation>der Klient hat es für diesen Empfänger nicht freigegeben</translation>
    </message>
    <message>
        <source>its words changed after the client approved them</source>
        <translation>der Wortlaut hat sich nach der Freigabe durch den Klienten geändert</translation>
    </message>
    <message>
        <source>the client withdrew the approval</source>
        <translation>der Klient hat die Freigabe widerrufen</translation>
    </message>
    <message>
        <source>the approval has expired</source>
        <translation>die Freigabe ist abgelaufen</translation>
    </message>
    <message>
        <source>the approval is dated after the day of this export</source>
        <translation>die Freigabe ist auf einen Tag nach diesem Export datiert</translation>
    </message>
    <message>
        <source>the report around it changed after the client approved it</source>
        <translation>der Bericht darum hat sich nach der Freigabe durch den Klienten geändert</translation>
    </message>
    <message>
        <source>the client has not approved the report as it will be printed (recipient, purpose, period and session facts)</source>
        <translation>der Klient hat den Bericht nicht so freigegeben, wie er gedruckt wird (Empfänger, Zweck, Zeitraum und Sitzungsangaben)</translation>
    </message>
    <message>
        <source>the client&apos;s approval of the report has expired</source>
        <translation>die Freigabe des Berichts durch den Klienten ist abgelaufen</translation>
    </message>
    <message>
        <source>the client withdrew the approval of the report</source>
        <translation>der Klient hat die Freigabe des Berichts widerrufen</translation>
    </message>
    <message>
        <source>no active agreement with this sponsor says how information is exchanged (ICF Code 25): activate a three-party agreement first</source>
        <translation>keine gültige Vereinbarung mit diesem Sponsor regelt, wie Informationen ausgetauscht werden (ICF-Kodex 25): setzen Sie zuerst eine Dreiecksvereinbarung in Kraft</translation>
    </message>
    <message>
        <source>nobody has confirmed what the agreement lets the sponsor receive: open the agreement and choose it (every party then signs again)</source>
        <translation>niemand hat bestätigt, was der Sponsor laut Vereinbarung erhalten darf: Öffnen Sie die Vereinbarung und legen Sie es fest (danach unterschreiben alle Parteien erneut)</translation>
    </message>
    <message>
        <source>the agreement does not let the sponsor receive the client&apos;s words, only the session facts it names: strike or remove the passages</source>
        <translation>die Vereinbarung erlaubt dem Sponsor nicht, die Worte des Klienten zu erhalten, nur die genannten Sitzungsangaben: Streichen oder entfernen Sie die Passagen</translation>
    </message>
    <message>
        <source>the report has nothing in it to send</source>
        <translation>der Bericht enthält nichts, was gesendet werden könnte</translation>
    </message>
    <message>
        <source>the report is set to print in %1, and this copy of CoachDesk cannot print in that language (its translation is missing or incomplete): it would go out in other words than the client approves. Use a CoachDesk that prints in %1, or choose another language and ask the client to approve the report again</source>
        <translation>der Bericht soll auf %1 gedruckt werden, und diese CoachDesk-Installation kann nicht in dieser Sprache drucken (ihre Übersetzung fehlt oder ist unvollständig): er ginge mit anderen Worten hinaus, als der Klient freigibt. Verwenden Sie ein CoachDesk, das auf %1 druckt, oder wählen Sie eine andere Sprache und bitten Sie den Klienten, den Bericht erneut freizugeben</translation>
    </message>
</context>
<context>
    <name>Courses</name>
    <message>
        <source>How long the course was is needed (more than 0 hours).</source>
        <translation>Die Dauer des Kurses wird benötigt (mehr als 0 Stunden).</translation>
    </message>
    <message>
        <source>The certificate is larger than 20 MB: save it smaller (a PDF or a photo) and add it again.</source>
        <translation>Das Zertifikat ist größer als 20 MB: Speichern Sie es kleiner (als PDF oder Foto) und fügen Sie es erneut hinzu.</translation>
    </message>
    <message>
        <source>That course is no longer in the log.</source>
        <translation>Dieser Kurs ist nicht mehr im Verzeichnis.</translation>
    </message>
    <message>
        <source>No certificate is kept for that course.</source>
        <translation>Für diesen Kurs ist kein Zertifikat gespeichert.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Confidential Client %1</source>
        <translation>Vertraulicher Klient %1</translation>
    </message>
    <message>
        <source>A group has 2 to %1 people: ICF counts groups of %1 or fewer.</source>
        <translation>Eine Gruppe hat 2 bis %1 Personen: ICF zählt Gruppen mit höchstens %1.</translation>
    </message>
    <message>
        <source>This session is billed on invoice %1: void the invoice first to make it pro bono.</source>
        <translation>Diese Sitzung ist mit Rechnung %1 abgerechnet: Stornieren Sie zuerst die Rechnung, um sie pro bono zu machen.</translation>
    </message>
    <message>
        <source>This session is no longer in the vault.</source>
        <translation>Diese Sitzung ist nicht mehr im Tresor.</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>ICF %1 (%2 hours)</source>
        <translation>ICF %1 (%2 Stunden)</translation>
    </message>
    <message>
        <source>Credential worked toward</source>
        <translation>Angestrebte Zertifizierung</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>&amp;Working toward</source>
        <translation>&amp;Angestrebt</translation>
    </message>
    <message>
        <source>Coaching log</source>
        <translation>Coaching-Log</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>Weiterbildung</translation>
    </message>
    <message>
        <source>Hours in total</source>
        <translation>Stunden insgesamt</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>Bezahlte Stunden</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>Hours in the last 18 months</source>
        <translation>Stunden der letzten 18 Monate</translation>
    </message>
    <message>
        <source>Count hours from the start of my coach-specific &amp;training, on</source>
        <translation>Stunden zählen ab Beginn meiner coachingspezifischen &amp;Ausbildung, am</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>In the log as</source>
        <translation>Im Log als</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Contact in the log</source>
        <translation>Kontakt im Log</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Paid h</source>
        <translation>Bez. Std.</translation>
    </message>
    <message>
        <source>Pro bono h</source>
        <translation>Pro-bono-Std.</translation>
    </message>
    <message>
        <source>No held sessions yet.
The log fills itself from the sessions you hold: each engagement is a line, its hours paid or pro bono as its fee says.</source>
        <translation>Noch keine stattgefundenen Sitzungen.
Das Log füllt sich selbst aus den Sitzungen, die Sie halten: Jeder Auftrag ist eine Zeile, seine Stunden bezahlt oder pro bono, wie sein Honorar es vorgibt.</translation>
    </message>
    <message>
        <source>Go to clients</source>
        <translation>Zu den Klienten</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>Eintrag &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Naming consent, group size, paid or pro bono</source>
        <translation>Zustimmung zur Nennung, Gruppengröße, bezahlt oder pro bono</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>Als &amp;PDF drucken…</translation>
    </message>
    <message>
        <source>I hold the credential, &amp;awarded or last renewed on</source>
        <translation>Ich habe die Zertifizierung, &amp;verliehen oder zuletzt erneuert am</translation>
    </message>
    <message>
        <source>Awarded or last renewed on</source>
        <translation>Verliehen oder zuletzt erneuert am</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>No courses yet.
Add each course with its hours (one hour is one CCE unit) and its certificate, which is kept encrypted in your vault.</source>
        <translation>Noch keine Kurse.
Tragen Sie jeden Kurs mit seinen Stunden (eine Stunde ist eine CCE-Einheit) und seinem Zertifikat ein, das verschlüsselt in Ihrem Tresor aufbewahrt wird.</translation>
    </message>
    <message>
        <source>Add a course</source>
        <translation>Kurs hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Add course…</source>
        <translation>Kurs &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Save certificate…</source>
        <translation>Zertifikat &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Remove course</source>
        <translation>Kurs &amp;entfernen</translation>
    </message>
    <message>
        <source>%1 of %2 hours</source>
        <translation>%1 von %2 Stunden</translation>
    </message>
    <message numerus="yes">
        <source>%n (%1 needed)</source>
        <translation>
            <numerusform>%n (%1 benötigt)</numerusform>
            <numerusform>%n (%1 benötigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · met</source>
        <translation>%1 · erreicht</translation>
    </message>
    <message>
        <source>Pro bono: %1 hours. The last 18 months start on %2. Each member of a group counts as a client.</source>
        <translation>Pro bono: %1 Stunden. Die letzten 18 Monate beginnen am %2. Jedes Mitglied einer Gruppe zählt als Klient.</translation>
    </message>
    <message numerus="yes">
        <source>Group of %n</source>
        <translation>
            <numerusform>Gruppe (%n)</numerusform>
            <numerusform>Gruppe (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Einzeln</translation>
    </message>
    <message>
        <source>Core competencies</source>
        <translation>Kernkompetenzen</translation>
    </message>
    <message>
        <source>Coaching ethics</source>
        <translation>Coaching-Ethik</translation>
    </message>
    <message>
        <source>Resource development</source>
        <translation>Ressourcenentwicklung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>ICF renews a credential every three years on %1 CCE units. Give the day yours was awarded or last renewed to see the window you are in.</source>
        <translation>Die ICF erneuert eine Zertifizierung alle drei Jahre auf Grundlage von %1 CCE-Einheiten. Geben Sie den Tag an, an dem Ihre verliehen oder zuletzt erneuert wurde, um Ihren aktuellen Zeitraum zu sehen.</translation>
    </message>
    <message>
        <source>Renewal window from %1, renew by %2: %3 of %4 CCE units; %5 of at least %6 in core competencies, %7 of at least %8 of them in coaching ethics; %9 in resource development.</source>
        <translation>Erneuerungszeitraum ab %1, erneuern bis %2: %3 von %4 CCE-Einheiten; %5 von mindestens %6 in Kernkompetenzen, davon %7 von mindestens %8 in Coaching-Ethik; %9 in Ressourcenentwicklung.</translation>
    </message>
    <message>
        <source>Choose a line of the log first.</source>
        <translation>Wählen Sie zuerst eine Zeile des Logs.</translation>
    </message>
    <message>
        <source>Save the coaching log</source>
        <translation>Coaching-Log speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved to %1 (lines: %n). This export is recorded.</source>
        <translation>
            <numerusform>Gespeichert in %1 (Zeilen: %n). Dieser Export wurde protokolliert.</numerusform>
            <numerusform>Gespeichert in %1 (Zeilen: %n). Dieser Export wurde protokolliert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the coaching log to PDF</source>
        <translation>Coaching-Log als PDF drucken</translation>
    </message>
    <message>
        <source>Saved to %1. This export is recorded.</source>
        <translation>Gespeichert in %1. Dieser Export wurde protokolliert.</translation>
    </message>
    <message>
        <source>Choose a course with a certificate first.</source>
        <translation>Wählen Sie zuerst einen Kurs mit Zertifikat.</translation>
    </message>
    <message>
        <source>Save a copy of the certificate</source>
        <translation>Kopie des Zertifikats speichern</translation>
    </message>
    <message>
        <source>Certificate (*.%1)</source>
        <translation>Zertifikat (*.%1)</translation>
    </message>
    <message>
        <source>Choose a course first.</source>
        <translation>Wählen Sie zuerst einen Kurs.</translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation>Kurs entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” and its certificate from the log? This cannot be undone.</source>
        <translation>„%1“ und sein Zertifikat aus dem Log entfernen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>DataRequests</name>
    <message>
        <source>The day it was received cannot be in the future.</source>
        <translation>Der Eingangstag kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>This client is not in the vault.</source>
        <translation>Dieser Klient ist nicht im Tresor.</translation>
    </message>
    <message>
        <source>This request is not in the log.</source>
        <translation>Diese Anfrage ist nicht im Protokoll.</translation>
    </message>
    <message>
        <source>This request is closed; its deadline no longer runs.</source>
        <translation>Diese Anfrage ist abgeschlossen; ihre Frist läuft nicht mehr.</translation>
    </message>
    <message>
        <source>The deadline was extended already; the law allows one extension of two months.</source>
        <translation>Die Frist wurde bereits verlängert; das Gesetz erlaubt eine Verlängerung um zwei Monate.</translation>
    </message>
    <message>
        <source>Say why more time is needed: the client is told the reason.</source>
        <translation>Geben Sie an, warum mehr Zeit nötig ist: Dem Klienten wird der Grund mitgeteilt.</translation>
    </message>
    <message>
        <source>The deadline has passed: an extension is made within the first month.</source>
        <translation>Die Frist ist abgelaufen: Eine Verlängerung erfolgt innerhalb des ersten Monats.</translation>
    </message>
    <message>
        <source>This request was answered already.</source>
        <translation>Diese Anfrage wurde bereits beantwortet.</translation>
    </message>
    <message>
        <source>It cannot be answered before it was received.</source>
        <translation>Sie kann nicht vor ihrem Eingang beantwortet werden.</translation>
    </message>
    <message>
        <source>Check that the request comes from the client (and record how) before answering it.</source>
        <translation>Prüfen Sie, dass die Anfrage vom Klienten kommt (und halten Sie fest, wie), bevor Sie sie beantworten.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type it as %1, or pick the day on the calendar.</source>
        <translation>Geben Sie es als %1 ein oder wählen Sie den Tag im Kalender.</translation>
    </message>
</context>
<context>
    <name>Disclosures</name>
    <message>
        <source>Report to sponsor</source>
        <translation>Bericht an den Sponsor</translation>
    </message>
    <message>
        <source>Legal export</source>
        <translation>Herausgabe</translation>
    </message>
    <message>
        <source>Packet for the client</source>
        <translation>Mappe für den Klienten</translation>
    </message>
    <message>
        <source>This disclosure is not in the vault.</source>
        <translation>Diese Weitergabe ist nicht im Tresor.</translation>
    </message>
    <message>
        <source>The records changed while the file was being made, three times over. Nothing was exported; try again.</source>
        <translation>Die Daten haben sich dreimal hintereinander geändert, während die Datei erstellt wurde. Es wurde nichts exportiert; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Disposal</name>
    <message>
        <source>words kept in the disclosure log</source>
        <translation>im Weitergabeprotokoll aufbewahrte Worte</translation>
    </message>
    <message>
        <source>report items</source>
        <translation>Berichtspunkte</translation>
    </message>
    <message>
        <source>approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>signed forms</source>
        <translation>unterschriebene Formulare</translation>
    </message>
    <message>
        <source>excerpts</source>
        <translation>Auszüge</translation>
    </message>
    <message>
        <source>note revisions</source>
        <translation>frühere Fassungen von Notizen</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>agreement texts</source>
        <translation>Vereinbarungstexte</translation>
    </message>
    <message>
        <source>client details</source>
        <translation>Angaben zum Klienten</translation>
    </message>
    <message>
        <source>session places</source>
        <translation>Sitzungsorte</translation>
    </message>
    <message>
        <source>sponsor request texts</source>
        <translation>Texte von Sponsor-Anfragen</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
</context>
<context>
    <name>DisposalDialog</name>
    <message>
        <source>Dispose of a client&apos;s records</source>
        <translation>Unterlagen eines Klienten löschen</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>This removes %1&apos;s records for good: %2. It also removes them from the backups in your backup folder. Session dates, lengths and fees stay for tax purposes, without any content. You will be asked where to save a disposal receipt.</source>
        <translation>Damit werden die Unterlagen von %1 endgültig entfernt: %2. Sie werden auch aus den Sicherungen in Ihrem Sicherungsordner entfernt. Datum, Dauer und Honorar der Sitzungen bleiben für steuerliche Zwecke erhalten, ohne jeden Inhalt. Sie werden gefragt, wo ein Löschnachweis gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Basis for disposal</source>
        <translation>Grund der Löschung</translation>
    </message>
    <message>
        <source>Optional: printed on the receipt, never kept</source>
        <translation>Optional: auf dem Nachweis gedruckt, nie gespeichert</translation>
    </message>
    <message>
        <source>Note for the receipt</source>
        <translation>Vermerk für den Nachweis</translation>
    </message>
    <message>
        <source>The note goes on the disposal receipt only: CoachDesk keeps the basis you choose, never the note, since it could name the client.</source>
        <translation>Der Vermerk steht nur auf dem Löschnachweis: CoachDesk speichert den gewählten Grund, nie den Vermerk, da er den Klienten nennen könnte.</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation>Mir ist klar, dass sich das nicht rückgängig machen lässt</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Vermerk</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Client + sponsor, if client approves</source>
        <translation>Klient + Sponsor, wenn Klient freigibt</translation>
    </message>
    <message>
        <source>Sponsor only (hidden from the client)</source>
        <translation>Nur Sponsor (für Klient verborgen)</translation>
    </message>
    <message>
        <source>per session</source>
        <translation>pro Sitzung</translation>
    </message>
    <message>
        <source>for the whole engagement</source>
        <translation>für den gesamten Auftrag</translation>
    </message>
    <message>
        <source>for a package of sessions</source>
        <translation>für ein Sitzungspaket</translation>
    </message>
    <message>
        <source>count as used</source>
        <translation>zählen als genutzt</translation>
    </message>
    <message>
        <source>do not count</source>
        <translation>zählen nicht</translation>
    </message>
    <message>
        <source>Edit engagement</source>
        <translation>Auftrag bearbeiten</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Neuer Auftrag</translation>
    </message>
    <message>
        <source>this engagement</source>
        <translation>diesen Auftrag</translation>
    </message>
    <message>
        <source>e.g. Leadership coaching</source>
        <translation>z. B. Führungskräfte-Coaching</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Endet am</translation>
    </message>
    <message>
        <source>No end date yet</source>
        <translation>Noch kein Enddatum</translation>
    </message>
    <message>
        <source>No sponsor (the client pays)</source>
        <translation>Kein Sponsor (der Klient zahlt)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>choose what the fee is for</source>
        <translation>wählen Sie, wofür das Honorar gilt</translation>
    </message>
    <message>
        <source>What the fee is for</source>
        <translation>Wofür das Honorar ist</translation>
    </message>
    <message>
        <source>&amp;Planned sessions</source>
        <translation>&amp;Geplante Sitzungen</translation>
    </message>
    <message>
        <source>No last day</source>
        <translation>Kein letzter Tag</translation>
    </message>
    <message>
        <source>choose: does a missed session count?</source>
        <translation>wählen Sie: Zählt eine versäumte Sitzung?</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Who may know</source>
        <translation>Wer es wissen darf</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation>&amp;Ziel hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove goal</source>
        <translation>Ziel &amp;entfernen</translation>
    </message>
    <message>
        <source>This fee was kept before CoachDesk asked what it is for. Say whether %1 is per session or for the whole engagement. An agreement already written keeps its words.</source>
        <translation>Dieses Honorar wurde gespeichert, bevor CoachDesk fragte, wofür es gilt. Geben Sie an, ob %1 pro Sitzung oder für den gesamten Auftrag gilt. Eine bereits geschriebene Vereinbarung behält ihren Wortlaut.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;From, to</source>
        <translation>&amp;Von, bis</translation>
    </message>
    <message>
        <source>&amp;Sponsor</source>
        <translation>&amp;Sponsor</translation>
    </message>
    <message>
        <source>F&amp;ee</source>
        <translation>&amp;Honorar</translation>
    </message>
    <message>
        <source>&amp;Use by</source>
        <translation>&amp;Einzulösen bis</translation>
    </message>
    <message>
        <source>&amp;Missed sessions</source>
        <translation>&amp;Versäumte Sitzungen</translation>
    </message>
    <message>
        <source>the fee</source>
        <translation>dem Honorar</translation>
    </message>
    <message>
        <source>&amp;Credential log</source>
        <translation>&amp;Coaching-Log</translation>
    </message>
    <message>
        <source>The fee was %1 %2: check it, now that it is %3.</source>
        <translation>Das Honorar war %1 %2: Bitte prüfen Sie es, da es jetzt %3 ist.</translation>
    </message>
    <message numerus="yes">
        <source>Converted: %1 %2 for %n sessions comes to %3 %4.</source>
        <translation>
            <numerusform>Umgerechnet: %1 %2 für %n Sitzung ergibt %3 %4.</numerusform>
            <numerusform>Umgerechnet: %1 %2 für %n Sitzungen ergibt %3 %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions in the &amp;package</source>
        <translation>Sitzungen im &amp;Paket</translation>
    </message>
    <message>
        <source>What the client wants to achieve</source>
        <translation>Was der Klient erreichen möchte</translation>
    </message>
    <message>
        <source>Who may know this goal</source>
        <translation>Wer dieses Ziel kennen darf</translation>
    </message>
</context>
<context>
    <name>Engagements</name>
    <message>
        <source>A package holds at least one session: say how many.</source>
        <translation>Ein Paket umfasst mindestens eine Sitzung: Geben Sie an, wie viele.</translation>
    </message>
    <message>
        <source>Say whether a missed session counts as one of the package&apos;s sessions: the agreement will state it.</source>
        <translation>Geben Sie an, ob eine versäumte Sitzung als eine der Sitzungen des Pakets zählt: Die Vereinbarung wird es festhalten.</translation>
    </message>
    <message>
        <source>Say what this engagement&apos;s fee is for (each session, or the whole engagement): it was entered before CoachDesk asked. Edit the engagement to choose.</source>
        <translation>Geben Sie an, wofür das Honorar dieses Auftrags gilt (jede Sitzung oder den ganzen Auftrag): Es wurde erfasst, bevor CoachDesk danach fragte. Bearbeiten Sie den Auftrag, um es zu wählen.</translation>
    </message>
    <message>
        <source>Every goal must be visible to the client. A goal the sponsor wants kept from the client is an ethical conflict under the ICF Code of Ethics: talk it through with the client and sponsor together, and record it only as a goal the client knows.</source>
        <translation>Jedes Ziel muss für den Klienten sichtbar sein. Ein Ziel, das der Sponsor vor dem Klienten verbergen möchte, ist nach dem ICF-Ethikkodex ein ethischer Konflikt: Besprechen Sie es gemeinsam mit Klient und Sponsor und erfassen Sie es nur als ein Ziel, das der Klient kennt.</translation>
    </message>
    <message>
        <source>A goal cannot be empty.</source>
        <translation>Ein Ziel darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Planned sessions cannot be negative.</source>
        <translation>Die geplanten Sitzungen dürfen nicht negativ sein.</translation>
    </message>
    <message>
        <source>Currency is a three-letter code such as EUR or USD.</source>
        <translation>Die Währung ist ein Code aus drei Buchstaben wie EUR oder USD.</translation>
    </message>
    <message>
        <source>The package&apos;s last day comes before the engagement starts: choose it again.</source>
        <translation>Der letzte Tag des Pakets liegt vor dem Beginn des Auftrags: Wählen Sie ihn neu.</translation>
    </message>
    <message>
        <source>This engagement is no longer in the vault.</source>
        <translation>Dieser Auftrag ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>Sessions of this engagement were held at fees in %1 and are not invoiced yet: invoice them in %1 first, then change the currency (or start a new engagement in the new currency).</source>
        <translation>Sitzungen dieses Auftrags haben zu Honoraren in %1 stattgefunden und sind noch nicht in Rechnung gestellt: Stellen Sie sie zuerst in %1 in Rechnung und ändern Sie dann die Währung (oder beginnen Sie einen neuen Auftrag in der neuen Währung).</translation>
    </message>
    <message>
        <source>A signed agreement for this engagement states the fee:%1. Its words cannot change; end that agreement and make a new one to agree a new fee or package.</source>
        <translation>Eine unterschriebene Vereinbarung für diesen Auftrag nennt das Honorar:%1. Ihr Wortlaut kann sich nicht ändern; beenden Sie diese Vereinbarung und erstellen Sie eine neue, um ein neues Honorar oder Paket zu vereinbaren.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>This is not an erasure request.</source>
        <translation>Dies ist keine Löschanfrage.</translation>
    </message>
</context>
<context>
    <name>EthicsGuide</name>
    <message>
        <source>How a sponsor report is made</source>
        <translation>Wie ein Sponsor-Bericht entsteht</translation>
    </message>
    <message>
        <source>1. The agreement says what the sponsor may receive</source>
        <translation>1. Die Vereinbarung legt fest, was der Sponsor erhalten darf</translation>
    </message>
    <message>
        <source>A three-party agreement names what may be shared with the sponsor (attendance, session dates, hours, progress in the client&apos;s approved words) and the limits of confidentiality. Nothing is active, and nothing can be reported, until every party has signed.</source>
        <translation>Eine Dreiecksvereinbarung nennt, was mit dem Sponsor geteilt werden darf (Anwesenheit, Sitzungstermine, Stunden, Fortschritte in den vom Klienten freigegebenen Worten), und die Grenzen der Vertraulichkeit. Nichts gilt, und über nichts kann berichtet werden, bevor alle Parteien unterschrieben haben.</translation>
    </message>
    <message>
        <source>2. Your notes stay yours</source>
        <translation>2. Ihre Notizen gehören Ihnen</translation>
    </message>
    <message>
        <source>Session notes are private by default. A note never leaves the vault on its own: only an excerpt, written fresh or lifted from a note, can be offered for a report.</source>
        <translation>Sitzungsnotizen sind standardmäßig privat. Eine Notiz verlässt den Tresor nie von sich aus: Nur ein Auszug, neu geschrieben oder aus einer Notiz übernommen, kann für einen Bericht angeboten werden.</translation>
    </message>
    <message>
        <source>3. The client approves the exact words</source>
        <translation>3. Der Klient gibt den genauen Wortlaut frei</translation>
    </message>
    <message>
        <source>Go through the draft with your client in review mode, which shows the report and nothing else, or give them a release form to sign. Each approval records who gave it, how and when. Changing an approved excerpt voids its approval.</source>
        <translation>Gehen Sie den Entwurf mit Ihrem Klienten in der Durchsicht durch, die den Bericht und sonst nichts zeigt, oder geben Sie ihm ein Freigabeformular zum Unterschreiben. Jede Freigabe hält fest, wer sie erteilt hat, wie und wann. Wird ein freigegebener Auszug geändert, erlischt seine Freigabe.</translation>
    </message>
    <message>
        <source>4. Only approved words are exported</source>
        <translation>4. Exportiert werden nur freigegebene Worte</translation>
    </message>
    <message>
        <source>The report exports as a PDF only when every item carries a current approval for that sponsor. Each export is recorded as a disclosure: what went to whom, and when.</source>
        <translation>Der Bericht wird nur dann als PDF exportiert, wenn jedes Element eine gültige Freigabe für diesen Sponsor trägt. Jeder Export wird als Weitergabe protokolliert: was an wen ging, und wann.</translation>
    </message>
    <message>
        <source>Why: the ICF Code of Ethics asks for the strictest confidentiality, a clear agreement among coach, client and sponsor on how information is exchanged, and written limits to confidentiality. When a sponsor asks for more than was agreed, the agreement&apos;s words and the disclosure log are your calm answer.</source>
        <translation>Warum: Der Ethikkodex der ICF verlangt strengste Vertraulichkeit, eine klare Vereinbarung zwischen Coach, Klient und Sponsor darüber, wie Informationen ausgetauscht werden, und schriftlich festgelegte Grenzen der Vertraulichkeit. Fragt ein Sponsor nach mehr als vereinbart, sind der Wortlaut der Vereinbarung und das Weitergabeprotokoll Ihre gelassene Antwort.</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>“%1” is empty. Choose the scanned form itself.</source>
        <translation>„%1“ ist leer. Wählen Sie das gescannte Formular selbst.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; evidence can be at most %3 MB. Scan the form again at a lower resolution (150 dpi is plenty) and attach that.</source>
        <translation>„%1“ ist %2 MB groß; ein Nachweis darf höchstens %3 MB groß sein. Scannen Sie das Formular mit geringerer Auflösung erneut (150 dpi genügen) und hängen Sie diesen Scan an.</translation>
    </message>
    <message>
        <source>“%1” is not a PDF or an image (PNG, JPEG or TIFF). Scan or save the signed form as one of these and attach that.</source>
        <translation>„%1“ ist weder ein PDF noch ein Bild (PNG, JPEG oder TIFF). Scannen oder speichern Sie das unterschriebene Formular in einem dieser Formate und hängen Sie es an.</translation>
    </message>
    <message>
        <source>This approval is no longer in the vault.</source>
        <translation>Diese Freigabe ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>This evidence is no longer in the vault.</source>
        <translation>Dieser Nachweis ist nicht mehr im Tresor.</translation>
    </message>
</context>
<context>
    <name>ExcerptDialog</name>
    <message>
        <source>Edit item</source>
        <translation>Element bearbeiten</translation>
    </message>
    <message>
        <source>Lift words from a note</source>
        <translation>Worte aus einer Notiz übernehmen</translation>
    </message>
    <message>
        <source>Write an item</source>
        <translation>Punkt schreiben</translation>
    </message>
    <message>
        <source>The words the sponsor would read, as the client would approve them.</source>
        <translation>Die Worte, die der Sponsor lesen würde, so wie der Klient sie freigeben würde.</translation>
    </message>
    <message>
        <source>Item words</source>
        <translation>Wortlaut des Elements</translation>
    </message>
    <message>
        <source>Editing words the client already approved means asking again.</source>
        <translation>Wenn Sie bereits freigegebenen Wortlaut bearbeiten, müssen Sie den Klienten erneut fragen.</translation>
    </message>
    <message>
        <source>The client will read and approve these exact words.</source>
        <translation>Der Klient wird genau diesen Wortlaut lesen und freigeben.</translation>
    </message>
    <message>
        <source>Words for the sponsor</source>
        <translation>Worte für den Sponsor</translation>
    </message>
    <message>
        <source>Shared note</source>
        <translation>Geteilte Notiz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Use the &amp;selected words →</source>
        <translation>&amp;Markierte Worte übernehmen →</translation>
    </message>
    <message>
        <source>Notes the sponsor may see, if the client approves</source>
        <translation>Notizen, die der Sponsor sehen darf, wenn der Klient freigibt</translation>
    </message>
    <message>
        <source>None of this client&apos;s notes is marked “Sponsor, if client approves”. Choose that for a note (right-click it on the client&apos;s page) to lift words from it, or write the item fresh.</source>
        <translation>Keine Notiz dieses Klienten ist mit „Sponsor, wenn Klient freigibt“ markiert. Wählen Sie das für eine Notiz (Rechtsklick darauf auf der Seite des Klienten), um Worte daraus zu übernehmen, oder schreiben Sie das Element neu.</translation>
    </message>
    <message>
        <source>Select the words in the note first.</source>
        <translation>Markieren Sie zuerst die Worte in der Notiz.</translation>
    </message>
</context>
<context>
    <name>Excerpts</name>
    <message>
        <source>An excerpt cannot be empty.</source>
        <translation>Ein Auszug darf nicht leer sein.</translation>
    </message>
    <message>
        <source>That note is not this client&apos;s.</source>
        <translation>Diese Notiz gehört nicht zu diesem Klienten.</translation>
    </message>
    <message>
        <source>A private note is the coach&apos;s own: nothing is lifted from it for a sponsor.</source>
        <translation>Eine private Notiz gehört dem Coach allein: Daraus wird nichts für einen Sponsor übernommen.</translation>
    </message>
    <message>
        <source>This note is shared with the client only: choose &quot;Sponsor, if client approves&quot; for it first.</source>
        <translation>Diese Notiz ist nur mit dem Klienten geteilt: Wählen Sie dafür zuerst „Sponsor, wenn Klient freigibt“.</translation>
    </message>
    <message>
        <source>This excerpt is no longer in the vault.</source>
        <translation>Dieser Auszug ist nicht mehr im Tresor.</translation>
    </message>
</context>
<context>
    <name>FeeToConfirm</name>
    <message>
        <source>Confirm the &amp;fee…</source>
        <translation>&amp;Honorar bestätigen…</translation>
    </message>
    <message>
        <source>%1’s %2</source>
        <translation>%2 von %1</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Is the fee of %1, %2, per session or for the whole engagement? It was kept before CoachDesk asked.</source>
        <translation>Gilt das Honorar von %2 (%1) pro Sitzung oder für den gesamten Auftrag? Es wurde gespeichert, bevor CoachDesk danach fragte.</translation>
    </message>
    <message numerus="yes">
        <source>Then %n more engagement(s).</source>
        <translation>
            <numerusform>Danach %n weiterer Auftrag.</numerusform>
            <numerusform>Danach %n weitere Aufträge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Disposal method</source>
        <translation>Art der Löschung</translation>
    </message>
    <message>
        <source>This setting</source>
        <translation>Diese Einstellung</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Name der Organisation</translation>
    </message>
    <message>
        <source>A clause</source>
        <translation>Eine Klausel</translation>
    </message>
    <message>
        <source>A clause heading</source>
        <translation>Eine Klauselüberschrift</translation>
    </message>
    <message>
        <source>A fact</source>
        <translation>Eine Angabe</translation>
    </message>
    <message>
        <source>A goal</source>
        <translation>Ein Ziel</translation>
    </message>
    <message>
        <source>A goal&apos;s visibility</source>
        <translation>Sichtbarkeit eines Ziels</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Eine Notiz</translation>
    </message>
    <message>
        <source>A section&apos;s heading</source>
        <translation>Überschrift eines Abschnitts</translation>
    </message>
    <message>
        <source>A section&apos;s prompt</source>
        <translation>Leitfrage eines Abschnitts</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Art der Vereinbarung</translation>
    </message>
    <message>
        <source>An action item</source>
        <translation>Eine Aufgabe</translation>
    </message>
    <message>
        <source>An excerpt</source>
        <translation>Ein Auszug</translation>
    </message>
    <message>
        <source>Billing name</source>
        <translation>Rechnungsname</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>How identity was checked</source>
        <translation>Wie die Identität geprüft wurde</translation>
    </message>
    <message>
        <source>How it came</source>
        <translation>Eingangsweg</translation>
    </message>
    <message>
        <source>How the client approved</source>
        <translation>Wie der Klient freigegeben hat</translation>
    </message>
    <message>
        <source>Paid or pro bono</source>
        <translation>Bezahlt oder pro bono</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Signature method</source>
        <translation>Art der Unterschrift</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>Die Anschrift</translation>
    </message>
    <message>
        <source>The agreement&apos;s language</source>
        <translation>Sprache der Vereinbarung</translation>
    </message>
    <message>
        <source>The agreement&apos;s title</source>
        <translation>Titel der Vereinbarung</translation>
    </message>
    <message>
        <source>The approval date</source>
        <translation>Das Freigabedatum</translation>
    </message>
    <message>
        <source>The basis for disposal</source>
        <translation>Der Grund der Löschung</translation>
    </message>
    <message>
        <source>The certificate&apos;s file name</source>
        <translation>Dateiname des Zertifikats</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>Name des Klienten</translation>
    </message>
    <message>
        <source>The cloud service</source>
        <translation>Der Cloud-Dienst</translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation>Name der Ansprechperson</translation>
    </message>
    <message>
        <source>The course</source>
        <translation>Der Kurs</translation>
    </message>
    <message>
        <source>The credential</source>
        <translation>Die Zertifizierung</translation>
    </message>
    <message>
        <source>The date of the request</source>
        <translation>Datum der Anfrage</translation>
    </message>
    <message>
        <source>The date of the response</source>
        <translation>Datum der Antwort</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>Der Tag</translation>
    </message>
    <message>
        <source>The day it was answered</source>
        <translation>Tag der Beantwortung</translation>
    </message>
    <message>
        <source>The day it was paid</source>
        <translation>Tag der Zahlung</translation>
    </message>
    <message>
        <source>The day it was received</source>
        <translation>Tag des Eingangs</translation>
    </message>
    <message>
        <source>The day of the course</source>
        <translation>Tag des Kurses</translation>
    </message>
    <message>
        <source>The day of the extension</source>
        <translation>Tag der Verlängerung</translation>
    </message>
    <message>
        <source>The day the client agreed</source>
        <translation>Tag der Zustimmung des Klienten</translation>
    </message>
    <message>
        <source>The day the credential was awarded</source>
        <translation>Tag der Verleihung der Zertifizierung</translation>
    </message>
    <message>
        <source>The day your coach training started</source>
        <translation>Beginn Ihrer Coaching-Ausbildung</translation>
    </message>
    <message>
        <source>The due date</source>
        <translation>Das Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>Das Enddatum</translation>
    </message>
    <message>
        <source>The end of the period</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>The expiry date</source>
        <translation>Das Ablaufdatum</translation>
    </message>
    <message>
        <source>The fee</source>
        <translation>Das Honorar</translation>
    </message>
    <message>
        <source>The first day</source>
        <translation>Der erste Tag</translation>
    </message>
    <message>
        <source>The invoice&apos;s date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>The kind of education</source>
        <translation>Art der Weiterbildung</translation>
    </message>
    <message>
        <source>The kind of request</source>
        <translation>Art der Anfrage</translation>
    </message>
    <message>
        <source>The last day</source>
        <translation>Der letzte Tag</translation>
    </message>
    <message>
        <source>The legal basis</source>
        <translation>Die Rechtsgrundlage</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>Der Vermerk</translation>
    </message>
    <message>
        <source>The note on the identity check</source>
        <translation>Vermerk zur Identitätsprüfung</translation>
    </message>
    <message>
        <source>The note on the outcome</source>
        <translation>Vermerk zum Ergebnis</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>Das Ergebnis</translation>
    </message>
    <message>
        <source>The package&apos;s last day</source>
        <translation>Letzter Tag des Pakets</translation>
    </message>
    <message>
        <source>The passphrase</source>
        <translation>Die Passphrase</translation>
    </message>
    <message>
        <source>The print language</source>
        <translation>Die Drucksprache</translation>
    </message>
    <message>
        <source>The provider</source>
        <translation>Der Anbieter</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>Der Zweck</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Der Grund</translation>
    </message>
    <message>
        <source>The reason for the extension</source>
        <translation>Grund der Verlängerung</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>Der Empfänger</translation>
    </message>
    <message>
        <source>The response</source>
        <translation>Die Antwort</translation>
    </message>
    <message>
        <source>The signature date</source>
        <translation>Datum der Unterschrift</translation>
    </message>
    <message>
        <source>The signer&apos;s name</source>
        <translation>Name der unterschreibenden Person</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>Das Startdatum</translation>
    </message>
    <message>
        <source>The start of the period</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>The tax&apos;s name</source>
        <translation>Bezeichnung der Steuer</translation>
    </message>
    <message>
        <source>The template&apos;s name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <source>This note</source>
        <translation>Diese Notiz</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What the fee is for</source>
        <translation>Wofür das Honorar ist</translation>
    </message>
    <message>
        <source>What the sponsor may receive</source>
        <translation>Was der Sponsor erhalten darf</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Was angefragt wurde</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>Wohin Sicherungen gehen</translation>
    </message>
    <message>
        <source>Who approved</source>
        <translation>Wer freigegeben hat</translation>
    </message>
    <message>
        <source>Who asked for the record</source>
        <translation>Wer die Akte angefordert hat</translation>
    </message>
    <message>
        <source>Who is billed</source>
        <translation>Rechnungsempfänger</translation>
    </message>
    <message>
        <source>Whose action it is</source>
        <translation>Wessen Aufgabe es ist</translation>
    </message>
    <message>
        <source>What to keep</source>
        <translation>Was behalten werden soll</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>CoachDesk will not write %1: %2. Nothing was written there. Choose another name, or a folder that is yours alone.</source>
        <translation>CoachDesk schreibt %1 nicht: %2. Dort wurde nichts geschrieben. Wählen Sie einen anderen Namen oder einen Ordner, der nur Ihnen gehört.</translation>
    </message>
    <message>
        <source>CoachDesk will not keep %1 in %2: %3</source>
        <translation>CoachDesk bewahrt %1 nicht in %2 auf: %3</translation>
    </message>
    <message>
        <source>a link to another place stands at that name</source>
        <translation>Unter diesem Namen steht eine Verknüpfung an einen anderen Ort</translation>
    </message>
    <message>
        <source>something other than an ordinary file stands at that name</source>
        <translation>Unter diesem Namen steht etwas anderes als eine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>a file that belongs to another account stands at that name</source>
        <translation>Unter diesem Namen steht eine Datei, die einem anderen Benutzerkonto gehört</translation>
    </message>
    <message>
        <source>a file already stands at that name</source>
        <translation>Unter diesem Namen gibt es bereits eine Datei</translation>
    </message>
    <message>
        <source>the file being written was replaced by another before it was finished</source>
        <translation>Die Datei wurde, während sie geschrieben wurde, durch eine andere ersetzt</translation>
    </message>
    <message>
        <source>your vault</source>
        <translation>Ihren Tresor</translation>
    </message>
    <message>
        <source>start CoachDesk with --home and a folder in your home folder</source>
        <translation>starten Sie CoachDesk mit --home und einem Ordner in Ihrem persönlichen Ordner</translation>
    </message>
    <message>
        <source>that folder belongs to another account on this computer, which could read or replace what is in it. Choose a folder of your own (%1).</source>
        <translation>Dieser Ordner gehört einem anderen Benutzerkonto auf diesem Computer, das seinen Inhalt lesen oder ersetzen könnte. Wählen Sie einen eigenen Ordner (%1).</translation>
    </message>
    <message>
        <source>other accounts on this computer can add or change files in that folder. Make it yours alone (in a terminal: %1), or choose another folder (%2).</source>
        <translation>Andere Benutzerkonten auf diesem Computer können in diesem Ordner Dateien hinzufügen oder ändern. Machen Sie ihn zu Ihrem eigenen (in einem Terminal: %1) oder wählen Sie einen anderen Ordner (%2).</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up CoachDesk</source>
        <translation>CoachDesk einrichten</translation>
    </message>
</context>
<context>
    <name>FrameCard</name>
    <message>
        <source>The report as it will be sent</source>
        <translation>Der Bericht, wie er versandt wird</translation>
    </message>
    <message>
        <source>You approved the report as shown here.</source>
        <translation>Sie haben den Bericht so freigegeben, wie er hier gezeigt wird.</translation>
    </message>
    <message>
        <source>Something here changed since you approved it. Please read it again.</source>
        <translation>Hier hat sich etwas geändert, seit Sie es freigegeben haben. Bitte lesen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Not approved yet. Approving a passage approves this too.</source>
        <translation>Noch nicht freigegeben. Mit der Freigabe einer Passage geben Sie auch dies frei.</translation>
    </message>
    <message>
        <source>Approve the report as shown</source>
        <translation>Bericht wie gezeigt freigeben</translation>
    </message>
    <message>
        <source>The report as it will be sent  ·  report code %1</source>
        <translation>Der Bericht, wie er versandt wird  ·  Berichtscode %1</translation>
    </message>
    <message>
        <source>The report as it will be sent: %1</source>
        <translation>Der Bericht, wie er gesendet wird: %1</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Vereinbarung</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Add your first client: the person you coach.</source>
        <translation>Fügen Sie Ihren ersten Klienten hinzu: die Person, die Sie coachen.</translation>
    </message>
    <message>
        <source>Add the sponsor that pays for the coaching, with the manager or HR partner as its contact.</source>
        <translation>Fügen Sie den Sponsor hinzu, der das Coaching bezahlt, mit der Führungskraft oder jemandem aus HR als Ansprechperson.</translation>
    </message>
    <message>
        <source>Open the client&apos;s page and choose New engagement: its dates, goals, fee and sponsor.</source>
        <translation>Öffnen Sie die Seite des Klienten und wählen Sie „Neuer Auftrag“: Zeitraum, Ziele, Honorar und Sponsor.</translation>
    </message>
    <message>
        <source>Make the agreement for the engagement: confidentiality and its limits, fees, and what the sponsor may receive. Every party signs.</source>
        <translation>Erstellen Sie die Vereinbarung für den Auftrag: Vertraulichkeit und ihre Grenzen, Honorare und was der Sponsor erhalten darf. Alle Parteien unterschreiben.</translation>
    </message>
    <message>
        <source>Plan a session from the client&apos;s page, or start one and write your notes as you go.</source>
        <translation>Planen Sie eine Sitzung auf der Seite des Klienten, oder starten Sie eine und schreiben Sie Ihre Notizen nebenher.</translation>
    </message>
    <message>
        <source>Make a report for the sponsor: only words the client has approved can go in it (Help → How a sponsor report is made).</source>
        <translation>Erstellen Sie einen Bericht für den Sponsor: Nur Worte, die der Klient freigegeben hat, können hinein (Hilfe → Wie ein Sponsor-Bericht entsteht).</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Neuer Klient…</translation>
    </message>
    <message>
        <source>New sponsor…</source>
        <translation>Neuer Sponsor…</translation>
    </message>
    <message>
        <source>Go to clients</source>
        <translation>Zu den Klienten</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Neue Vereinbarung…</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Neuer Bericht…</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>&amp;Hide this list</source>
        <translation>Diese Liste &amp;ausblenden</translation>
    </message>
    <message>
        <source>You can always find your way in Help</source>
        <translation>Orientierung finden Sie jederzeit in der Hilfe</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Open notes the vault refused to save when CoachDesk locked (too large, or the disk was full): %n. Their unsaved text was cleared from the screen with everything else.</source>
        <translation>Geöffnete Notizen, deren Speicherung der Tresor beim Sperren von CoachDesk verweigert hat (zu groß, oder der Datenträger war voll): %n. Ihr nicht gespeicherter Text wurde mit allem anderen vom Bildschirm entfernt.</translation>
    </message>
</context>
<context>
    <name>Invoices</name>
    <message>
        <source>This engagement has no sponsor: bill the client.</source>
        <translation>Dieser Auftrag hat keinen Sponsor: Stellen Sie die Rechnung an den Klienten.</translation>
    </message>
    <message>
        <source>That contact is no longer the sponsor&apos;s.</source>
        <translation>Diese Ansprechperson gehört nicht mehr zum Sponsor.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>No signed agreement for this engagement is active, so nothing about the sessions may go to the sponsor: bill the client, or make the agreement active first.</source>
        <translation>Für diesen Auftrag ist keine unterschriebene Vereinbarung aktiv, daher darf nichts über die Sitzungen an den Sponsor gehen: Stellen Sie die Rechnung an den Klienten oder machen Sie die Vereinbarung zuerst aktiv.</translation>
    </message>
    <message>
        <source>The agreement does not let the sponsor receive %1. An invoice tells them that: bill the client, or agree it with the client and sponsor first.</source>
        <translation>Die Vereinbarung lässt den Sponsor %1 nicht erhalten. Eine Rechnung teilt ihm das mit: Stellen Sie die Rechnung an den Klienten oder vereinbaren Sie es zuerst mit Klient und Sponsor.</translation>
    </message>
    <message>
        <source>The invoice&apos;s date %1 is later than today (%2): an invoice is dated the day it is issued or earlier.</source>
        <translation>Das Rechnungsdatum %1 liegt nach dem heutigen Tag (%2): Eine Rechnung trägt das Datum ihrer Ausstellung oder ein früheres.</translation>
    </message>
    <message>
        <source>The tax rate is between 0 and 100%.</source>
        <translation>Der Steuersatz liegt zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <source>Name the tax (for example VAT or Sales tax).</source>
        <translation>Benennen Sie die Steuer (zum Beispiel USt.).</translation>
    </message>
    <message>
        <source>Bill the whole package or chosen sessions, not both.</source>
        <translation>Stellen Sie das ganze Paket oder ausgewählte Sitzungen in Rechnung, nicht beides.</translation>
    </message>
    <message>
        <source>Choose at least one session to bill.</source>
        <translation>Wählen Sie mindestens eine Sitzung zur Abrechnung.</translation>
    </message>
    <message>
        <source>The due date comes before the invoice&apos;s date.</source>
        <translation>Das Fälligkeitsdatum liegt vor dem Rechnungsdatum.</translation>
    </message>
    <message>
        <source>This engagement is no longer in the vault.</source>
        <translation>Dieser Auftrag ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>Invoice numbers follow their dates: the last invoice of %1 is dated %2, so this one cannot be dated earlier (if that date was a slip, void that invoice and issue it again).</source>
        <translation>Rechnungsnummern folgen ihren Daten: Die letzte Rechnung von %1 ist vom %2, daher kann diese nicht früher datiert sein (war dieses Datum ein Versehen, stornieren Sie jene Rechnung und stellen Sie sie neu aus).</translation>
    </message>
    <message>
        <source>A session chosen is already on another invoice, no longer held, or a missed session the agreement does not charge: choose the sessions again.</source>
        <translation>Eine gewählte Sitzung steht bereits auf einer anderen Rechnung, hat nicht mehr stattgefunden oder ist eine versäumte Sitzung, die laut Vereinbarung nicht berechnet wird: Wählen Sie die Sitzungen neu.</translation>
    </message>
    <message>
        <source>This engagement is not a package: choose its sessions to bill.</source>
        <translation>Dieser Auftrag ist kein Paket: Wählen Sie die Sitzungen zur Abrechnung.</translation>
    </message>
    <message>
        <source>This package, or some of its sessions, is already on an invoice: void that invoice first to bill the package whole.</source>
        <translation>Dieses Paket oder einige seiner Sitzungen stehen bereits auf einer Rechnung: Stornieren Sie zuerst diese Rechnung, um das ganze Paket abzurechnen.</translation>
    </message>
    <message>
        <source>Invoice %1 was voided: it cannot be paid.</source>
        <translation>Rechnung %1 wurde storniert: Sie kann nicht bezahlt werden.</translation>
    </message>
    <message>
        <source>The payment date comes before the invoice&apos;s.</source>
        <translation>Das Zahlungsdatum liegt vor dem Rechnungsdatum.</translation>
    </message>
    <message>
        <source>Invoice %1 is already voided.</source>
        <translation>Rechnung %1 ist bereits storniert.</translation>
    </message>
    <message>
        <source>Invoice %1 is marked paid: mark it unpaid first if the payment was returned.</source>
        <translation>Rechnung %1 ist als bezahlt markiert: Markieren Sie sie zuerst als unbezahlt, falls die Zahlung zurückging.</translation>
    </message>
    <message>
        <source>This invoice is no longer in the vault.</source>
        <translation>Diese Rechnung ist nicht mehr im Tresor.</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>Change the words</source>
        <translation>Wortlaut ändern</translation>
    </message>
    <message>
        <source>Approve these words</source>
        <translation>Diesen Wortlaut freigeben</translation>
    </message>
    <message>
        <source>Change them together</source>
        <translation>Gemeinsam ändern</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Strike it out</source>
        <translation>Streichen</translation>
    </message>
    <message>
        <source>Keep the new words</source>
        <translation>Neuen Wortlaut übernehmen</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Änderung verwerfen</translation>
    </message>
    <message>
        <source>Passage %1: %2</source>
        <translation>Passage %1: %2</translation>
    </message>
    <message>
        <source>You approved these words.</source>
        <translation>Sie haben diesen Wortlaut freigegeben.</translation>
    </message>
    <message>
        <source>Struck out: this will not be sent.</source>
        <translation>Gestrichen: Dies wird nicht gesendet.</translation>
    </message>
    <message>
        <source>These words changed since you approved them: please read them again.</source>
        <translation>Dieser Wortlaut hat sich geändert, seit Sie ihn freigegeben haben: Bitte lesen Sie ihn noch einmal.</translation>
    </message>
    <message>
        <source>The report around these words changed since you approved them: please read them again.</source>
        <translation>Der Bericht um diese Worte hat sich geändert, seit Sie sie freigegeben haben: Bitte lesen Sie sie noch einmal.</translation>
    </message>
    <message>
        <source>Your earlier approval no longer counts.</source>
        <translation>Ihre frühere Freigabe gilt nicht mehr.</translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation>Noch nicht freigegeben.</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join your practice</source>
        <translation>Ihrer Praxis beitreten</translation>
    </message>
    <message>
        <source>Your practice comes to this computer from the folder your sync service keeps in step with the other one.</source>
        <translation>Ihre Praxis kommt aus dem Ordner, den Ihr Synchronisierungsdienst mit dem anderen Computer abgleicht, auf diesen Computer.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <source>Choose the synced &amp;folder…</source>
        <translation>Synchronisierten &amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Noch kein Ordner gewählt.</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Kopplungscode</translation>
    </message>
    <message>
        <source>The &amp;pairing code</source>
        <translation>Der &amp;Kopplungscode</translation>
    </message>
    <message>
        <source>The other computer shows it in Settings, under &quot;Use this practice on another computer&quot;: 13 groups of 5 characters. Dashes, spaces and case do not matter.</source>
        <translation type="vanished">Der andere Computer zeigt ihn in den Einstellungen unter „Diese Praxis auf einem anderen Computer nutzen“: 13 Gruppen à 5 Zeichen. Bindestriche, Leerzeichen sowie Groß- und Kleinschreibung spielen keine Rolle.</translation>
    </message>
    <message>
        <source>Not this computer&apos;s recovery code: the pairing code is a different code, shown on the other computer in Settings, under &quot;Use this practice on another computer&quot;. 13 groups of 5 characters; dashes, spaces and case do not matter.</source>
        <translation>Nicht der Wiederherstellungscode dieses Computers: Der Kopplungscode ist ein anderer Code, den der andere Computer in den Einstellungen unter „Diese Praxis auf einem weiteren Computer nutzen“ zeigt. 13 Gruppen à 5 Zeichen; Bindestriche, Leerzeichen sowie Groß- und Kleinschreibung spielen keine Rolle.</translation>
    </message>
    <message>
        <source>Your synced folder</source>
        <translation>Ihr synchronisierter Ordner</translation>
    </message>
    <message>
        <source>Choose the folder your sync service keeps in step</source>
        <translation>Den Ordner wählen, den Ihr Synchronisierungsdienst abgleicht</translation>
    </message>
    <message>
        <source>Checking the folder and the code…</source>
        <translation>Ordner und Code werden geprüft…</translation>
    </message>
    <message>
        <source>Creating this computer&apos;s vault…</source>
        <translation>Der Tresor dieses Computers wird angelegt…</translation>
    </message>
    <message>
        <source>Reading the changes in the synced folder…</source>
        <translation>Die Änderungen im synchronisierten Ordner werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Building your practice here: %1 of %2 change(s) applied…</source>
        <translation>
            <numerusform>Ihre Praxis wird hier aufgebaut: %1 von %2 Änderung übernommen…</numerusform>
            <numerusform>Ihre Praxis wird hier aufgebaut: %1 von %2 Änderungen übernommen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Building your practice here: %1 of %n batch(es) of changes applied…</source>
        <translation type="vanished">
            <numerusform>Ihre Praxis wird hier aufgebaut: %1 von %n Änderungspaket übernommen…</numerusform>
            <numerusform>Ihre Praxis wird hier aufgebaut: %1 von %n Änderungspaketen übernommen…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>Your practice is on this computer: %1 and %2.</source>
        <translation>Ihre Praxis ist auf diesem Computer: %1 und %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n Klient</numerusform>
            <numerusform>%n Klienten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Some changes are still on their way: the rest follows when your sync service delivers them.</source>
        <translation>Einige Änderungen sind noch unterwegs: Der Rest folgt, sobald Ihr Synchronisierungsdienst ihn liefert.</translation>
    </message>
    <message>
        <source>Disclosures made on this computer are numbered with the letter %1 (D-%1000001).</source>
        <translation>Weitergaben auf diesem Computer werden mit dem Buchstaben %1 nummeriert (D-%1000001).</translation>
    </message>
    <message>
        <source>CoachDesk could not join the practice (%1). Your folder and code are kept: try again.</source>
        <translation>CoachDesk konnte der Praxis nicht beitreten (%1). Ordner und Code bleiben erhalten: Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>the desktop keyring (Secret Service)</source>
        <translation>dem Schlüsselbund der Arbeitsumgebung (Secret Service)</translation>
    </message>
    <message>
        <source>the desktop keyring (libsecret)</source>
        <translation>dem Schlüsselbund der Arbeitsumgebung (libsecret)</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>der macOS-Schlüsselbundverwaltung</translation>
    </message>
    <message>
        <source>This computer has no system keyring that CoachDesk can use to keep the vault&apos;s key safe.</source>
        <translation>Dieser Computer hat keinen System-Schlüsselbund, in dem CoachDesk den Schlüssel des Tresors sicher aufbewahren kann.</translation>
    </message>
    <message>
        <source>The keyring on this computer would keep the vault&apos;s key in a plain file, which is not safe enough for client records.</source>
        <translation>Der Schlüsselbund dieses Computers würde den Schlüssel des Tresors in einer unverschlüsselten Datei aufbewahren; das ist für Klientenunterlagen nicht sicher genug.</translation>
    </message>
    <message>
        <source>the system keyring (%1)</source>
        <translation>dem System-Schlüsselbund (%1)</translation>
    </message>
    <message>
        <source>The vault&apos;s key will be kept in %1.</source>
        <translation>Der Schlüssel des Tresors wird in %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>The system keyring is locked.</source>
        <translation>Der System-Schlüsselbund ist gesperrt.</translation>
    </message>
    <message>
        <source>This computer has no system keyring.</source>
        <translation>Dieser Computer hat keinen System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>The system keyring did not answer (%1).</source>
        <translation>Der System-Schlüsselbund hat nicht geantwortet (%1).</translation>
    </message>
    <message>
        <source>The system keyring failed (%1).</source>
        <translation>Der System-Schlüsselbund hat versagt (%1).</translation>
    </message>
    <message>
        <source>the keyring that kept it</source>
        <translation>dem Schlüsselbund, der ihn aufbewahrt hat</translation>
    </message>
    <message>
        <source>This vault&apos;s key was kept in %1, which does not answer now.</source>
        <translation>Der Schlüssel dieses Tresors wurde in %1 aufbewahrt, der jetzt nicht antwortet.</translation>
    </message>
    <message>
        <source>The keyring named for this vault is not a safe one.</source>
        <translation>Der für diesen Tresor genannte Schlüsselbund ist nicht sicher.</translation>
    </message>
</context>
<context>
    <name>LegalExportDialog</name>
    <message>
        <source>Legal export of a whole record</source>
        <translation>Herausgabe einer ganzen Akte aus rechtlichen Gründen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>This releases %1&apos;s whole record, private notes included. Use it only for a court order or subpoena, another legal obligation, or the client&apos;s own request for their record. It is logged as a disclosure. A sponsor never receives this: a sponsor receives only a report the client approved.</source>
        <translation>Damit wird die ganze Akte von %1 herausgegeben, private Notizen eingeschlossen. Verwenden Sie dies nur bei einer gerichtlichen Anordnung oder Vorladung, einer anderen rechtlichen Verpflichtung oder wenn der Klient selbst seine Akte anfordert. Es wird als Weitergabe protokolliert. Ein Sponsor erhält dies nie: Ein Sponsor erhält nur einen Bericht, den der Klient freigegeben hat.</translation>
    </message>
    <message>
        <source>e.g. District Court of Utrecht, or the client</source>
        <translation>z. B. Amtsgericht Köln oder der Klient</translation>
    </message>
    <message>
        <source>e.g. Court order C/16/123 of 2026-06-01</source>
        <translation>z. B. Gerichtsbeschluss C/16/123 vom 2026-06-01</translation>
    </message>
    <message>
        <source>The client asked for their own record</source>
        <translation>Der Klient hat seine eigene Akte angefordert</translation>
    </message>
    <message>
        <source>&amp;Requested by</source>
        <translation>&amp;Angefordert von</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Rechtsgrundlage</translation>
    </message>
</context>
<context>
    <name>LegalExports</name>
    <message>
        <source>Say on what basis the record is released (for example: court order no. 123 of 2026-05-01).</source>
        <translation>Geben Sie an, auf welcher Grundlage die Akte herausgegeben wird (zum Beispiel: Gerichtsbeschluss Nr. 123 vom 2026-05-01).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo practice: every client here is invented. Your own vault is separate and untouched.</source>
        <translation>Demo-Praxis: Jeder Klient hier ist erfunden. Ihr eigener Tresor ist getrennt und bleibt unberührt.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Close the notes first</source>
        <translation>Erst die Notizen schließen</translation>
    </message>
    <message>
        <source>Close the open notes before showing the report to the client: they are separate windows and would stay on screen.</source>
        <translation>Schließen Sie die offenen Notizen, bevor Sie dem Klienten den Bericht zeigen: Sie sind eigene Fenster und blieben sonst auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Opening the demo practice…</source>
        <translation>Demo-Praxis wird geöffnet…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="vanished">Sperren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="vanished">Beenden</translation>
    </message>
</context>
<context>
    <name>NewAgreementDialog</name>
    <message>
        <source>New agreement</source>
        <translation>Neue Vereinbarung</translation>
    </message>
    <message>
        <source>Create from template</source>
        <translation>Aus Vorlage erstellen</translation>
    </message>
    <message>
        <source>Your name, as it should appear</source>
        <translation>Ihr Name, wie er erscheinen soll</translation>
    </message>
    <message>
        <source>The agreement is written in this language and keeps it once made.</source>
        <translation>Die Vereinbarung wird in dieser Sprache verfasst und behält sie, sobald sie erstellt ist.</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Auftrag</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Ihr Name</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>A three-party agreement when the engagement has a sponsor, a coach-client agreement otherwise.</source>
        <translation>Eine Dreiecksvereinbarung, wenn der Auftrag einen Sponsor hat, sonst eine Vereinbarung zwischen Coach und Klient.</translation>
    </message>
    <message>
        <source>Add an engagement on a client&apos;s page first: an agreement belongs to an engagement.</source>
        <translation>Legen Sie zuerst auf der Seite eines Klienten einen Auftrag an: Eine Vereinbarung gehört zu einem Auftrag.</translation>
    </message>
</context>
<context>
    <name>NewCodeBox</name>
    <message>
        <source>&amp;New pairing code…</source>
        <translation>&amp;Neuer Kopplungscode…</translation>
    </message>
    <message>
        <source>This computer needs the practice&apos;s new pairing code. Another computer of the practice replaced the code, so what it writes cannot be read here until you type the new one, shown in Settings on that computer. Nothing made on this computer is lost: it goes out again once the new code is in.</source>
        <translation>Dieser Computer braucht den neuen Kopplungscode der Praxis. Ein anderer Computer der Praxis hat den Code ersetzt, daher kann hier nicht gelesen werden, was er schreibt, bis Sie den neuen Code eingeben, der dort in den Einstellungen angezeigt wird. Nichts, was auf diesem Computer entstanden ist, geht verloren: Es wird erneut gesendet, sobald der neue Code eingegeben ist.</translation>
    </message>
    <message>
        <source>New pairing code</source>
        <translation>Neuer Kopplungscode</translation>
    </message>
    <message>
        <source>&amp;Use this code</source>
        <translation>Diesen Code &amp;verwenden</translation>
    </message>
    <message>
        <source>Make a new pairing code for this practice?

Do this when a computer of the practice was sold or lost, or someone may have seen the code: the current code then opens nothing written after it (what was written before, it still opens) and adds nothing. This computer uses the new code at once.

Then, on each other computer of this practice, open Settings and type the new code where it asks for it. Until then, that computer and this one do not sync; nothing made on either is lost.</source>
        <translation>Einen neuen Kopplungscode für diese Praxis erstellen?

Tun Sie dies, wenn ein Computer der Praxis verkauft wurde oder verloren ging oder jemand den Code gesehen haben könnte: Der bisherige Code öffnet dann nichts mehr, was danach geschrieben wird (was vorher geschrieben wurde, öffnet er weiterhin), und fügt nichts mehr hinzu. Dieser Computer verwendet den neuen Code sofort.

Öffnen Sie danach auf jedem anderen Computer dieser Praxis die Einstellungen und geben Sie dort den neuen Code ein, wo er verlangt wird. Bis dahin gleichen dieser und jener Computer nichts miteinander ab; nichts, was auf einem von beiden entsteht, geht verloren.</translation>
    </message>
    <message>
        <source>Make a new pairing code for this practice?

Do this when a computer of the practice was sold or lost, or someone may have seen the code: whoever has the current code can then no longer read or add to the practice&apos;s change files. This computer uses the new code at once.

Then, on each other computer of this practice, open Settings and type the new code where it asks for it. Until then, that computer and this one do not sync; nothing made on either is lost.</source>
        <translation type="vanished">Einen neuen Kopplungscode für diese Praxis erstellen?

Tun Sie dies, wenn ein Computer der Praxis verkauft wurde oder verloren ging oder jemand den Code gesehen haben könnte: Wer den bisherigen Code hat, kann die Änderungsdateien der Praxis dann weder lesen noch ergänzen. Dieser Computer verwendet den neuen Code sofort.

Öffnen Sie danach auf jedem anderen Computer dieser Praxis die Einstellungen und geben Sie dort den neuen Code ein, wo er verlangt wird. Bis dahin gleichen dieser und jener Computer nichts miteinander ab; nichts, was auf einem von beiden entsteht, geht verloren.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Neuen Code erstellen</translation>
    </message>
    <message>
        <source>The new pairing code is in use. Type it on each other computer of this practice, in Settings.</source>
        <translation>Der neue Kopplungscode ist in Gebrauch. Geben Sie ihn auf jedem anderen Computer dieser Praxis in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>This computer uses the new pairing code and syncs again.</source>
        <translation>Dieser Computer verwendet den neuen Kopplungscode und gleicht wieder ab.</translation>
    </message>
</context>
<context>
    <name>NewCodePage</name>
    <message>
        <source>Your new recovery code</source>
        <translation>Ihr neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Write it down on paper now. It is shown only this once.</source>
        <translation>Schreiben Sie ihn jetzt auf Papier auf. Er wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <source>I have written down my new recovery code and will keep it somewhere safe</source>
        <translation>Ich habe meinen neuen Wiederherstellungscode aufgeschrieben und bewahre ihn an einem sicheren Ort auf</translation>
    </message>
    <message>
        <source> Your backups were re-encrypted too: this code opens them.</source>
        <translation> Ihre Sicherungen wurden ebenfalls neu verschlüsselt: Dieser Code öffnet sie.</translation>
    </message>
    <message>
        <source> Some backups could not be re-encrypted: they still open with the code you typed, so keep that one until they have rotated away.</source>
        <translation> Einige Sicherungen konnten nicht neu verschlüsselt werden: Sie öffnen sich weiterhin mit dem eingegebenen Code. Bewahren Sie diesen also auf, bis die Rotation sie entfernt hat.</translation>
    </message>
    <message>
        <source>Your practice now opens with your new passphrase, and with this code if you forget it. The code you typed a moment ago no longer opens it.</source>
        <translation>Ihre Praxis öffnet sich jetzt mit Ihrer neuen Passphrase und, falls Sie diese vergessen, mit diesem Code. Der Code, den Sie gerade eingegeben haben, öffnet sie nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Dieser Klient ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>Choose who may see this note.</source>
        <translation>Wählen Sie, wer diese Notiz sehen darf.</translation>
    </message>
    <message>
        <source>This note is no longer in the vault.</source>
        <translation>Diese Notiz ist nicht mehr im Tresor.</translation>
    </message>
</context>
<context>
    <name>OneLineEdit</name>
    <message>
        <source>The %n pasted lines were joined into one: this field holds a single line.</source>
        <translation>Die %n eingefügten Zeilen wurden zu einer zusammengefügt: Dieses Feld fasst nur eine Zeile.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Klienten</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Sponsoren</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Vereinbarungen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zertifizierung</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Passphrase wählen</translation>
    </message>
    <message>
        <source>You will type it each time CoachDesk starts.</source>
        <translation>Sie geben sie bei jedem Start von CoachDesk ein.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>Noch &amp;einmal</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess. If you forget it, your recovery code still opens the vault.</source>
        <translation>Verwenden Sie mindestens %1 Zeichen; einige Wörter ohne Zusammenhang sind leicht zu merken und schwer zu erraten. Wenn Sie sie vergessen, öffnet Ihr Wiederherstellungscode den Tresor trotzdem.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>Die Passphrase braucht mindestens %n Zeichen.</numerusform>
            <numerusform>Die Passphrase braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PlanSessionDialog</name>
    <message>
        <source>Plan a session</source>
        <translation>Sitzung planen</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>diese Sitzung</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · ab %2</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Online, the client&apos;s office, …</source>
        <translation>Online, Büro des Klienten, …</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Auftrag</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Dauer</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Fee</source>
        <translation>&amp;Honorar</translation>
    </message>
    <message>
        <source>From the engagement: %1</source>
        <translation>Aus dem Auftrag: %1</translation>
    </message>
    <message>
        <source>Say first what this engagement&apos;s fee is for (per session or for the whole engagement): edit the engagement.</source>
        <translation>Legen Sie zuerst fest, wofür das Honorar dieses Auftrags gilt (pro Sitzung oder für den gesamten Auftrag): Bearbeiten Sie den Auftrag.</translation>
    </message>
    <message>
        <source>Add an engagement first (New engagement): a session belongs to one.</source>
        <translation>Legen Sie zuerst einen Auftrag an („Neuer Auftrag“): Eine Sitzung gehört zu einem Auftrag.</translation>
    </message>
    <message>
        <source>%1 has no %2: the date became %3.</source>
        <translation>%1 hat keinen %2: Das Datum ist nun %3.</translation>
    </message>
    <message>
        <source>day %1 in %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>This is in the past (%n years ago).</source>
        <translation>
            <numerusform>Das liegt in der Vergangenheit (vor %n Jahr).</numerusform>
            <numerusform>Das liegt in der Vergangenheit (vor %n Jahren).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is in the past (over a year ago).</source>
        <translation>Das liegt in der Vergangenheit (vor über einem Jahr).</translation>
    </message>
    <message>
        <source>This is in the past.</source>
        <translation>Das liegt in der Vergangenheit.</translation>
    </message>
    <message>
        <source>This is more than a year ahead (%1).</source>
        <translation>Das liegt mehr als ein Jahr in der Zukunft (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The package&apos;s sessions are all used or booked (sessions in it: %n): this one is beyond it.</source>
        <translation>
            <numerusform>Die Sitzungen des Pakets sind alle genutzt oder gebucht (Sitzungen darin: %n): Diese geht darüber hinaus.</numerusform>
            <numerusform>Die Sitzungen des Pakets sind alle genutzt oder gebucht (Sitzungen darin: %n): Diese geht darüber hinaus.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is after the package&apos;s last day, %1.</source>
        <translation>Das liegt nach dem letzten Tag des Pakets, dem %1.</translation>
    </message>
    <message>
        <source>The engagement runs from %1 to %2; this is outside it.</source>
        <translation>Zeitraum des Auftrags: %1 bis %2; dieser Termin liegt außerhalb.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>offen</translation>
    </message>
    <message numerus="yes">
        <source>Package: %1 (booked: %n).</source>
        <translation>
            <numerusform>Paket: %1 (gebucht: %n).</numerusform>
            <numerusform>Paket: %1 (gebucht: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the last session of the package.</source>
        <translation>Dies ist die letzte Sitzung des Pakets.</translation>
    </message>
    <message numerus="yes">
        <source>Its last day is %1 (days left: %n).</source>
        <translation>
            <numerusform>Sein letzter Tag ist %1 (noch %n Tag).</numerusform>
            <numerusform>Sein letzter Tag ist %1 (noch %n Tage).</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan this session?</source>
        <translation>Diese Sitzung planen?</translation>
    </message>
    <message>
        <source>Plan it on %1 anyway?</source>
        <translation>Trotzdem am %1 planen?</translation>
    </message>
    <message>
        <source>Plan it</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Datum ändern</translation>
    </message>
</context>
<context>
    <name>PrintedFrame</name>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>ProcessingRecord</name>
    <message>
        <source>Name the cloud service the backup folder is synced to (for example: Nextcloud at my host).</source>
        <translation>Nennen Sie den Cloud-Dienst, mit dem der Sicherungsordner abgeglichen wird (zum Beispiel: Nextcloud bei meinem Anbieter).</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Group %1 (%2) has a character that is never in a recovery code: %3.</source>
        <translation>Gruppe %1 (%2) enthält ein Zeichen, das in keinem Wiederherstellungscode vorkommt: %3.</translation>
    </message>
    <message>
        <source>Group %1 (%2) looks mistyped. Check it against your written copy.</source>
        <translation>Gruppe %1 (%2) scheint vertippt. Vergleichen Sie sie mit Ihrer Abschrift.</translation>
    </message>
    <message>
        <source>A recovery code has %1 groups of %2 characters (%3 in all); this one has %4.</source>
        <translation>Ein Wiederherstellungscode hat %1 Gruppen zu je %2 Zeichen (insgesamt %3); dieser hat %4.</translation>
    </message>
    <message>
        <source>This is not a CoachDesk recovery code.</source>
        <translation>Das ist kein Wiederherstellungscode von CoachDesk.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>I have written down this recovery code and will keep it somewhere safe, away from the laptop</source>
        <translation>Ich habe diesen Wiederherstellungscode aufgeschrieben und bewahre ihn an einem sicheren Ort auf, getrennt vom Laptop</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeField</name>
    <message>
        <source>XXXXX-XXXXX-XXXXX-…</source>
        <translation>XXXXX-XXXXX-XXXXX-…</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Group %1 (%2) looks mistyped. Check it against the pairing code shown on the other computer.</source>
        <translation>Gruppe %1 (%2) scheint vertippt. Vergleichen Sie sie mit dem Kopplungscode, der auf dem anderen Computer angezeigt wird.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report details</source>
        <translation>Berichtsangaben</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Neuer Bericht</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>e.g. Mid-point progress report for the sponsor</source>
        <translation>z. B. Zwischenbericht für den Sponsor</translation>
    </message>
    <message>
        <source>Period ends on</source>
        <translation>Zeitraum endet am</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Auftrag</translation>
    </message>
    <message>
        <source>&amp;Send to</source>
        <translation>&amp;Senden an</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Zweck</translation>
    </message>
    <message>
        <source>Peri&amp;od</source>
        <translation>Zeit&amp;raum</translation>
    </message>
    <message>
        <source>What the agreement lets the sponsor receive</source>
        <translation>Was der Sponsor laut Vereinbarung erhalten darf</translation>
    </message>
    <message>
        <source>Facts about the sessions to include (never any note&apos;s words):</source>
        <translation>Aufzunehmende Angaben zu den Sitzungen (nie der Wortlaut einer Notiz):</translation>
    </message>
    <message>
        <source>No engagement has a sponsor yet. A report goes to a sponsor: add the sponsor to the client&apos;s engagement first.</source>
        <translation>Noch kein Auftrag hat einen Sponsor. Ein Bericht geht an einen Sponsor: Tragen Sie zuerst den Sponsor im Auftrag des Klienten ein.</translation>
    </message>
    <message>
        <source>%1 (the organisation)</source>
        <translation>%1 (die Organisation)</translation>
    </message>
    <message>
        <source>There is no active agreement with this sponsor, so nothing can be sent yet (ICF Code 25). You can still prepare the report with the client.</source>
        <translation>Es gibt keine aktive Vereinbarung mit diesem Sponsor, daher kann noch nichts gesendet werden (ICF-Kodex 25). Sie können den Bericht trotzdem mit dem Klienten vorbereiten.</translation>
    </message>
    <message>
        <source>Nobody has confirmed what this agreement lets the sponsor receive, so nothing can be sent yet. Choose it on the agreement&apos;s page (every party then signs again).</source>
        <translation>Niemand hat bestätigt, was der Sponsor laut dieser Vereinbarung erhalten darf, daher kann noch nichts gesendet werden. Wählen Sie es auf der Seite der Vereinbarung (danach unterschreiben alle Parteien erneut).</translation>
    </message>
    <message>
        <source>The agreement&apos;s terms do not let the sponsor receive this.</source>
        <translation>Die Bedingungen der Vereinbarung erlauben dem Sponsor nicht, dies zu erhalten.</translation>
    </message>
    <message>
        <source>The sponsor receives nothing about the coaching: no attendance, no session dates, no hours of coaching and none of the client&apos;s words.</source>
        <translation>Der Sponsor erhält nichts über das Coaching: keine Anwesenheit, keine Sitzungstermine, keine Coaching-Stunden und keine Worte des Klienten.</translation>
    </message>
    <message>
        <source>The sponsor may receive only: %1. Nothing else about the coaching reaches the sponsor.</source>
        <translation>Der Sponsor darf nur erhalten: %1. Sonst erreicht nichts über das Coaching den Sponsor.</translation>
    </message>
    <message>
        <source>Choose the engagement this report is about.</source>
        <translation>Wählen Sie den Auftrag, um den es in diesem Bericht geht.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>This report cannot be exported yet:</source>
        <translation>Dieser Bericht kann noch nicht exportiert werden:</translation>
    </message>
    <message>
        <source>This engagement has no sponsor: there is nobody to report to. The client&apos;s own records are theirs to see.</source>
        <translation>Dieser Auftrag hat keinen Sponsor: Es gibt niemanden, an den berichtet wird. Seine eigenen Unterlagen kann der Klient selbst einsehen.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>Der Zeitraum kann nicht enden, bevor er beginnt.</translation>
    </message>
    <message>
        <source>The recipient must be this engagement&apos;s sponsor or one of its contacts.</source>
        <translation>Der Empfänger muss der Sponsor dieses Auftrags oder eine seiner Ansprechpersonen sein.</translation>
    </message>
    <message>
        <source>This report is no longer in the vault.</source>
        <translation>Dieser Bericht ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>This item is no longer in the report.</source>
        <translation>Dieses Element ist nicht mehr im Bericht.</translation>
    </message>
    <message>
        <source>The report changed after it was shown (its recipient, purpose, period or session facts): show it again and ask the client to approve what is shown now.</source>
        <translation>Der Bericht hat sich geändert, nachdem er gezeigt wurde (Empfänger, Zweck, Zeitraum oder Sitzungsangaben): Zeigen Sie ihn erneut und bitten Sie den Klienten, das jetzt Gezeigte freizugeben.</translation>
    </message>
    <message>
        <source>Item %1: changed after the release form was printed, so the signed form holds other words. Print a release form for these words first.</source>
        <translation>Element %1: nach dem Druck des Freigabeformulars geändert, das unterschriebene Formular enthält also andere Worte. Drucken Sie zuerst ein Freigabeformular für diese Worte.</translation>
    </message>
    <message>
        <source>Items %1: changed after the release form was printed, so the signed form holds other words. Print a release form for these words first.</source>
        <translation>Elemente %1: nach dem Druck des Freigabeformulars geändert, das unterschriebene Formular enthält also andere Worte. Drucken Sie zuerst ein Freigabeformular für diese Worte.</translation>
    </message>
    <message>
        <source>Item %1: never printed on a release form, so no signed form holds its words. Print a release form for these words first.</source>
        <translation>Element %1: nie auf einem Freigabeformular gedruckt, kein unterschriebenes Formular enthält also seine Worte. Drucken Sie zuerst ein Freigabeformular für diese Worte.</translation>
    </message>
    <message>
        <source>Items %1: never printed on a release form, so no signed form holds their words. Print a release form for these words first.</source>
        <translation>Elemente %1: nie auf einem Freigabeformular gedruckt, kein unterschriebenes Formular enthält also ihre Worte. Drucken Sie zuerst ein Freigabeformular für diese Worte.</translation>
    </message>
    <message>
        <source>The report&apos;s recipient, purpose, period or session facts changed after the release form was printed, so the signed form does not show the report as it will be sent. Print a new release form first.</source>
        <translation>Empfänger, Zweck, Zeitraum oder Sitzungsangaben des Berichts haben sich nach dem Druck des Freigabeformulars geändert, das unterschriebene Formular zeigt den Bericht also nicht so, wie er gesendet wird. Drucken Sie zuerst ein neues Freigabeformular.</translation>
    </message>
    <message>
        <source>The report&apos;s recipient, purpose, period or session facts were never printed on a release form, so the signed form does not show the report as it will be sent. Print a new release form first.</source>
        <translation>Empfänger, Zweck, Zeitraum oder Sitzungsangaben des Berichts wurden nie auf einem Freigabeformular gedruckt, das unterschriebene Formular zeigt den Bericht also nicht so, wie er gesendet wird. Drucken Sie zuerst ein neues Freigabeformular.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Weitergaben</translation>
    </message>
    <message>
        <source>Sponsor requests</source>
        <translation>Sponsor-Anfragen</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>&amp;Neuer Bericht</translation>
    </message>
    <message>
        <source>The report as it will be sent</source>
        <translation>Der Bericht, wie er versandt wird</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Angaben…</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>&amp;Schreiben…</translation>
    </message>
    <message>
        <source>&amp;Lift from a note…</source>
        <translation>Aus einer &amp;Notiz übernehmen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Element nach oben verschieben</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Element nach unten verschieben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>S&amp;trike</source>
        <translation>S&amp;treichen</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Entfer&amp;nen</translation>
    </message>
    <message>
        <source>Client &amp;review</source>
        <translation>&amp;Durchsicht</translation>
    </message>
    <message>
        <source>Show only this report, large, for the client to approve on screen</source>
        <translation>Nur diesen Bericht groß zeigen, damit der Klient ihn am Bildschirm freigibt</translation>
    </message>
    <message>
        <source>Release &amp;form…</source>
        <translation>Freigabe&amp;formular…</translation>
    </message>
    <message>
        <source>A PDF for the client to sign, listing the exact words</source>
        <translation>Ein PDF zum Unterschreiben für den Klienten, mit dem genauen Wortlaut</translation>
    </message>
    <message>
        <source>Record &amp;approval…</source>
        <translation>&amp;Freigabe erfassen…</translation>
    </message>
    <message>
        <source>Re&amp;ceipt…</source>
        <translation>Nach&amp;weis…</translation>
    </message>
    <message>
        <source>A consent receipt for the client</source>
        <translation>Ein Einwilligungsnachweis für den Klienten</translation>
    </message>
    <message>
        <source>Withdra&amp;wn…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>The client withdrew approval of the chosen item</source>
        <translation>Der Klient hat die Freigabe des gewählten Elements widerrufen</translation>
    </message>
    <message>
        <source>Whole report withdrawn…</source>
        <translation>Gesamter Bericht widerrufen…</translation>
    </message>
    <message>
        <source>The client withdrew every approval in this report, and of the report itself</source>
        <translation>Der Klient hat jede Freigabe in diesem Bericht widerrufen, auch die des Berichts selbst</translation>
    </message>
    <message>
        <source>What would leave</source>
        <translation>Was hinausginge</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>PDF e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Items, in the order the sponsor reads them</source>
        <translation>Berichtspunkte in der Reihenfolge, in der der Sponsor sie liest</translation>
    </message>
    <message>
        <source>Approval on &amp;paper or by email</source>
        <translation>Freigabe auf &amp;Papier oder per E-Mail</translation>
    </message>
    <message>
        <source>What the sponsor would receive</source>
        <translation>Was der Sponsor erhalten würde</translation>
    </message>
    <message>
        <source>Start a report…</source>
        <translation>Bericht beginnen…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n Bericht</numerusform>
            <numerusform>%n Berichte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n Weitergabe</numerusform>
            <numerusform>%n Weitergaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n Anfrage</numerusform>
            <numerusform>%n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 only</source>
        <translation>Nur %1 angezeigt</translation>
    </message>
    <message>
        <source>No reports yet. A report gathers what the client approves, word for word, for their sponsor, with the session facts the agreement allows.</source>
        <translation>Noch keine Berichte. Ein Bericht sammelt, was der Klient Wort für Wort für seinen Sponsor freigibt, mit den Sitzungsangaben, die die Vereinbarung erlaubt.</translation>
    </message>
    <message>
        <source>None shown here: there are no reports about this client or sponsor yet. “Show all” lists every report.</source>
        <translation>Hier wird nichts angezeigt: Zu diesem Klienten oder Sponsor gibt es noch keine Berichte. „Alle anzeigen“ listet jeden Bericht.</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation>Bericht für %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Report code %1: its frame (who receives it, the purpose, the period, the facts) is approved by the client as it will be sent; each passage below has its own approval.</source>
        <translation>Berichtscode %1: Sein Rahmen (wer ihn erhält, der Zweck, der Zeitraum, die Angaben) ist vom Klienten so freigegeben, wie er versandt wird; jede Passage unten hat ihre eigene Freigabe.</translation>
    </message>
    <message>
        <source>Report code %1: its frame is not approved as it will be sent: %2.</source>
        <translation>Berichtscode %1: Sein Rahmen ist nicht so freigegeben, wie er versandt wird: %2.</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Element entfernen</translation>
    </message>
    <message>
        <source>Take item %1 out of this report? Its words and any approval stay on record.</source>
        <translation>Element %1 aus diesem Bericht nehmen? Sein Wortlaut und jede Freigabe bleiben festgehalten.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Choose an approved item first.</source>
        <translation>Wählen Sie zuerst ein freigegebenes Element.</translation>
    </message>
    <message>
        <source>Record that the client withdrew approval of item %1? It will not be sent unless they approve again.</source>
        <translation>Festhalten, dass der Klient die Freigabe von Element %1 widerrufen hat? Es wird nicht gesendet, außer er gibt es erneut frei.</translation>
    </message>
    <message>
        <source>withdrawn by the client</source>
        <translation>vom Klienten widerrufen</translation>
    </message>
    <message>
        <source>The client has no approval standing in this report.</source>
        <translation>Der Klient hat in diesem Bericht keine gültige Freigabe.</translation>
    </message>
    <message>
        <source>Approval withdrawn</source>
        <translation>Freigabe widerrufen</translation>
    </message>
    <message>
        <source>Record that the client withdrew every approval in this report? Nothing in it will be sent unless they approve again.</source>
        <translation>Festhalten, dass der Klient jede Freigabe in diesem Bericht widerrufen hat? Nichts darin wird gesendet, solange er nicht erneut freigibt.</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Widerruf festhalten</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Recorded: the client withdrew the report.</source>
        <translation>Festgehalten: Der Klient hat den Bericht widerrufen.</translation>
    </message>
    <message>
        <source>Every item is approved or struck: there is nothing to ask permission for.</source>
        <translation>Jedes Element ist freigegeben oder gestrichen: Es gibt nichts, wofür um Einwilligung gebeten werden müsste.</translation>
    </message>
    <message>
        <source>Saved to %1. When it comes back signed, record the approval and attach the scan.</source>
        <translation>Unter %1 gespeichert. Wenn es unterschrieben zurückkommt, erfassen Sie die Freigabe und hängen den Scan an.</translation>
    </message>
    <message>
        <source>Save the release form</source>
        <translation>Freigabeformular speichern</translation>
    </message>
    <message>
        <source>release-form-%1-%2.pdf</source>
        <translation>freigabeformular-%1-%2.pdf</translation>
    </message>
    <message>
        <source>The client has approved nothing in this report yet.</source>
        <translation>Der Klient hat in diesem Bericht noch nichts freigegeben.</translation>
    </message>
    <message>
        <source>Save the consent receipt</source>
        <translation>Einwilligungsnachweis speichern</translation>
    </message>
    <message>
        <source>consent-receipt-%1-%2.pdf</source>
        <translation>einwilligungsnachweis-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Receipt %1 saved to %2.</source>
        <translation>Nachweis %1 unter %2 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Not exported: %n thing(s) still stop this report, listed under “What the sponsor would receive”.</source>
        <translation>
            <numerusform>Nicht exportiert: %n Punkt hält diesen Bericht noch auf, aufgeführt unter „Was der Sponsor erhalten würde“.</numerusform>
            <numerusform>Nicht exportiert: %n Punkte halten diesen Bericht noch auf, aufgeführt unter „Was der Sponsor erhalten würde“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1. Disclosure %2 is recorded.</source>
        <translation>Unter %1 gespeichert. Weitergabe %2 ist erfasst.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>report-%1-%2.pdf</source>
        <translation>bericht-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Bericht wird exportiert…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Log a sponsor&apos;s request</source>
        <translation>Anfrage eines Sponsors protokollieren</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>What they asked for, in their words</source>
        <translation>Was gefragt wurde, in ihren Worten</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Was angefragt wurde</translation>
    </message>
    <message>
        <source>They asked for the full record (notes, or what was said)</source>
        <translation>Angefragt wurde die vollständige Akte (Notizen oder Gesprächsinhalte)</translation>
    </message>
    <message>
        <source>&amp;Sponsor</source>
        <translation>&amp;Sponsor</translation>
    </message>
    <message>
        <source>&amp;Who asked</source>
        <translation>&amp;Wer fragte</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Betrifft</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Wie</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Was</translation>
    </message>
    <message>
        <source>Someone not listed</source>
        <translation>Jemand, der nicht aufgeführt ist</translation>
    </message>
    <message>
        <source>No one engagement</source>
        <translation>Kein bestimmter Auftrag</translation>
    </message>
    <message>
        <source>Add the sponsor first.</source>
        <translation>Legen Sie zuerst den Sponsor an.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>does not open with this recovery code</source>
        <translation>lässt sich mit diesem Wiederherstellungscode nicht öffnen</translation>
    </message>
    <message>
        <source>damaged: it fails its check</source>
        <translation>beschädigt: besteht die Prüfung nicht</translation>
    </message>
    <message>
        <source>made by a newer version of CoachDesk</source>
        <translation>von einer neueren Version von CoachDesk erstellt</translation>
    </message>
    <message>
        <source>holds no CoachDesk records</source>
        <translation>enthält keine CoachDesk-Unterlagen</translation>
    </message>
    <message>
        <source>not a whole backup (still syncing?)</source>
        <translation>keine vollständige Sicherung (wird noch abgeglichen?)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>%1 Nothing was restored, and nothing was changed.</source>
        <translation>%1 Es wurde nichts wiederhergestellt und nichts geändert.</translation>
    </message>
    <message>
        <source>The backup made %1 does not open with your vault&apos;s current key: it was made before the key was changed, or by another computer&apos;s vault. Type the recovery code that was in use when it was made.</source>
        <translation>Die Sicherung vom %1 lässt sich mit dem aktuellen Schlüssel Ihres Tresors nicht öffnen: Sie wurde erstellt, bevor der Schlüssel geändert wurde, oder vom Tresor eines anderen Computers. Geben Sie den Wiederherstellungscode ein, der bei ihrer Erstellung galt.</translation>
    </message>
    <message>
        <source>the backup made %1 (%2): %3</source>
        <translation>die Sicherung vom %1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 is not there now. If it is on an external or network drive, connect it and choose it again.</source>
        <translation>%1 ist gerade nicht vorhanden. Liegt es auf einem externen Laufwerk oder Netzlaufwerk, schließen Sie dieses an und wählen Sie es erneut.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (%2).</source>
        <translation>Der Ordner %1 lässt sich nicht lesen (%2).</translation>
    </message>
    <message>
        <source>The folder %1 holds no CoachDesk backups. Backups are files named like coachdesk-20260314-091200.coachdesk-backup: choose the folder that holds them, or one of them.</source>
        <translation>Der Ordner %1 enthält keine CoachDesk-Sicherungen. Sicherungen sind Dateien mit Namen wie coachdesk-20260314-091200.coachdesk-backup: Wählen Sie den Ordner, der sie enthält, oder eine davon.</translation>
    </message>
    <message>
        <source>%1 It does hold a vault file (%2): to restore from that copy, choose the file itself.</source>
        <translation>%1 Er enthält aber eine Tresordatei (%2): Um aus dieser Kopie wiederherzustellen, wählen Sie die Datei selbst.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 lässt sich nicht lesen (%2).</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no backup.</source>
        <translation>%1 ist leer: Es enthält keine Sicherung.</translation>
    </message>
    <message>
        <source>%1 is an ordinary, unencrypted database, not a CoachDesk backup.</source>
        <translation>%1 ist eine gewöhnliche, unverschlüsselte Datenbank, keine CoachDesk-Sicherung.</translation>
    </message>
    <message>
        <source>%1 is not a CoachDesk backup, or only part of one (its size is not a whole number of vault pages). If a sync service is still bringing it to this computer, wait until it has finished and choose it again.</source>
        <translation>%1 ist keine CoachDesk-Sicherung oder nur ein Teil davon (die Größe ist kein ganzzahliges Vielfaches der Tresorseiten). Falls ein Synchronisierungsdienst sie noch auf diesen Computer überträgt, warten Sie, bis er fertig ist, und wählen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Your recovery code does not open the backup %1. Check the code against your written copy: after a key change, the old code opens only the backups made before the change, and the new one only those made after it.</source>
        <translation>Ihr Wiederherstellungscode öffnet die Sicherung %1 nicht. Vergleichen Sie den Code mit Ihrer Abschrift: Nach einer Schlüsseländerung öffnet der alte Code nur die Sicherungen von vor der Änderung und der neue nur die danach.</translation>
    </message>
    <message>
        <source>The backup %1 does not open with your vault&apos;s key.</source>
        <translation>Die Sicherung %1 lässt sich mit dem Schlüssel Ihres Tresors nicht öffnen.</translation>
    </message>
    <message>
        <source>The backup %1 (made %2) is damaged: it fails its check, so it cannot be restored. Choose the backup folder instead: CoachDesk then restores the newest backup that checks out.</source>
        <translation>Die Sicherung %1 (vom %2) ist beschädigt: Sie besteht die Prüfung nicht und kann daher nicht wiederhergestellt werden. Wählen Sie stattdessen den Sicherungsordner: CoachDesk stellt dann die neueste intakte Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of CoachDesk. Install that version or a newer one, then restore it.</source>
        <translation>Die Sicherung %1 wurde von einer neueren Version von CoachDesk erstellt. Installieren Sie diese oder eine neuere Version und stellen Sie sie dann wieder her.</translation>
    </message>
    <message>
        <source>%1 opens with this key, but holds no CoachDesk records.</source>
        <translation>%1 lässt sich mit diesem Schlüssel öffnen, enthält aber keine CoachDesk-Unterlagen.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 lässt sich nicht lesen.</translation>
    </message>
    <message>
        <source>None of the backups in %1 opens with this recovery code. Check the code against your written copy: after a key change, the old code opens only the backups made before the change.</source>
        <translation>Keine der Sicherungen in %1 lässt sich mit diesem Wiederherstellungscode öffnen. Vergleichen Sie den Code mit Ihrer Abschrift: Nach einer Schlüsseländerung öffnet der alte Code nur die Sicherungen von vor der Änderung.</translation>
    </message>
    <message>
        <source>No backup in %1 can be restored. Each one was checked:</source>
        <translation>Keine Sicherung in %1 kann wiederhergestellt werden. Jede wurde geprüft:</translation>
    </message>
    <message>
        <source>Your vault was locked before the backup was checked. Unlock it and choose the backup again.</source>
        <translation>Ihr Tresor wurde gesperrt, bevor die Sicherung geprüft war. Entsperren Sie ihn und wählen Sie die Sicherung erneut.</translation>
    </message>
    <message>
        <source>%1 is your vault itself, not a backup of it.</source>
        <translation>%1 ist Ihr Tresor selbst, keine Sicherung davon.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose one backup in it.</source>
        <translation>%1 ist ein Ordner: Wählen Sie eine Sicherung darin.</translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1).</source>
        <translation>Die Sicherung konnte nicht eingespielt werden (%1).</translation>
    </message>
    <message>
        <source>No backup in the backup folder %1 opens with this key and checks out.</source>
        <translation>Keine Sicherung im Sicherungsordner %1 lässt sich mit diesem Schlüssel öffnen und ist intakt.</translation>
    </message>
    <message>
        <source>A vault is already in %1. To replace it with a backup, open it and use Settings → Restore from a backup.</source>
        <translation>In %1 liegt bereits ein Tresor. Um ihn durch eine Sicherung zu ersetzen, öffnen Sie ihn und verwenden Sie Einstellungen → Aus einer Sicherung wiederherstellen.</translation>
    </message>
    <message>
        <source>The backup could not be copied into %1 (%2).</source>
        <translation>Die Sicherung konnte nicht nach %1 kopiert werden (%2).</translation>
    </message>
    <message>
        <source>The copy of the backup made %1 was damaged on its way to this computer&apos;s disk. Check the disk, then try again.</source>
        <translation>Die Kopie der Sicherung vom %1 wurde auf dem Weg auf den Datenträger dieses Computers beschädigt. Prüfen Sie den Datenträger und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>RestoreCodeDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>Wiederherstellungs&amp;code</translation>
    </message>
    <message>
        <source>13 groups of 5 characters. Dashes, spaces and case do not matter.</source>
        <translation>13 Gruppen à 5 Zeichen. Bindestriche, Leerzeichen sowie Groß- und Kleinschreibung spielen keine Rolle.</translation>
    </message>
    <message>
        <source>Check the &amp;backup</source>
        <translation>Sicherung &amp;prüfen</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore your practice from a backup</source>
        <translation>Ihre Praxis aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Your backups and the recovery code you wrote down bring your practice back onto this computer.</source>
        <translation>Ihre Sicherungen und der Wiederherstellungscode, den Sie aufgeschrieben haben, bringen Ihre Praxis zurück auf diesen Computer.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Choose the backup &amp;folder…</source>
        <translation>Sicherungs&amp;ordner wählen…</translation>
    </message>
    <message>
        <source>Choose one backup f&amp;ile…</source>
        <translation>Einzelne Sicherungs&amp;datei wählen…</translation>
    </message>
    <message>
        <source>Connect the drive that holds your backups, or let your synced folder finish syncing, then choose the folder: CoachDesk restores the newest backup in it that checks out.</source>
        <translation>Schließen Sie das Laufwerk mit Ihren Sicherungen an, oder lassen Sie Ihren synchronisierten Ordner fertig synchronisieren, und wählen Sie dann den Ordner: CoachDesk stellt die neueste intakte Sicherung darin wieder her.</translation>
    </message>
    <message>
        <source>Your &amp;recovery code</source>
        <translation>Ihr Wiederherstellungs&amp;code</translation>
    </message>
    <message>
        <source>The code you wrote down when you created your vault: 13 groups of 5 characters. Dashes, spaces and case do not matter.</source>
        <translation>Der Code, den Sie beim Anlegen Ihres Tresors aufgeschrieben haben: 13 Gruppen à 5 Zeichen. Bindestriche, Leerzeichen sowie Groß- und Kleinschreibung spielen keine Rolle.</translation>
    </message>
    <message>
        <source>Your backup</source>
        <translation>Ihre Sicherung</translation>
    </message>
    <message>
        <source>Choose the folder that holds your backups</source>
        <translation>Wählen Sie den Ordner mit Ihren Sicherungen</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Sicherung wählen</translation>
    </message>
    <message>
        <source>CoachDesk backups (*%1);;All files (*)</source>
        <translation>CoachDesk-Sicherungen (*%1);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>CoachDesk backups in this folder: %n. The newest was made %1; the newest one that checks out is restored.</source>
        <translation>
            <numerusform>CoachDesk-Sicherungen in diesem Ordner: %n. Die neueste ist vom %1; wiederhergestellt wird die neueste intakte.</numerusform>
            <numerusform>CoachDesk-Sicherungen in diesem Ordner: %n. Die neueste ist vom %1; wiederhergestellt wird die neueste intakte.</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup made %1.</source>
        <translation>Eine Sicherung vom %1.</translation>
    </message>
    <message>
        <source>Not named as a CoachDesk backup; last changed %1. It is restored if your recovery code opens it.</source>
        <translation>Nicht als CoachDesk-Sicherung benannt; zuletzt geändert am %1. Sie wird wiederhergestellt, wenn Ihr Wiederherstellungscode sie öffnet.</translation>
    </message>
    <message>
        <source>Checking your backups…</source>
        <translation>Ihre Sicherungen werden geprüft…</translation>
    </message>
    <message>
        <source>Checking the backup made %1 (%2 of %3)…</source>
        <translation>Sicherung vom %1 wird geprüft (%2 von %3)…</translation>
    </message>
    <message>
        <source>Putting the backup made %1 in place…</source>
        <translation>Sicherung vom %1 wird eingespielt…</translation>
    </message>
    <message>
        <source>Restore an older backup?</source>
        <translation>Eine ältere Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>The newest backup your recovery code opens was made %1. Newer backups do not open with it:%2

If they were made after a change of the vault&apos;s key, the recovery code of that change opens them: go back and type it instead. Restore the backup made %1?</source>
        <translation>Die neueste Sicherung, die Ihr Wiederherstellungscode öffnet, ist vom %1. Neuere Sicherungen öffnen sich damit nicht:%2

Wurden sie nach einer Änderung des Tresorschlüssels erstellt, öffnet sie der Wiederherstellungscode dieser Änderung: Gehen Sie zurück und geben Sie stattdessen diesen ein. Die Sicherung vom %1 wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Type another code</source>
        <translation>Anderen Code eingeben</translation>
    </message>
    <message>
        <source>CoachDesk could not restore the backup (%1). Nothing was changed.</source>
        <translation>CoachDesk konnte die Sicherung nicht wiederherstellen (%1). Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>RestorePassphrasePage</name>
    <message>
        <source>Your passphrase</source>
        <translation>Ihre Passphrase</translation>
    </message>
    <message>
        <source>This practice is protected by a passphrase that you type each time CoachDesk starts.</source>
        <translation>Diese Praxis ist durch eine Passphrase geschützt, die Sie bei jedem Start von CoachDesk eingeben.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>I &amp;know my passphrase</source>
        <translation>Ich &amp;kenne meine Passphrase</translation>
    </message>
    <message>
        <source>I have &amp;forgotten it: let me choose a new one</source>
        <translation>Ich habe sie &amp;vergessen: neue wählen</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>Noch &amp;einmal</translation>
    </message>
    <message>
        <source>CoachDesk re-encrypts your practice with the new passphrase and gives you a new recovery code to write down: the code you typed will no longer open it.</source>
        <translation>CoachDesk verschlüsselt Ihre Praxis mit der neuen Passphrase neu und gibt Ihnen einen neuen Wiederherstellungscode zum Aufschreiben: Der eingegebene Code öffnet sie dann nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Re-encrypt the backups with it too (%n in the backup folder)</source>
        <translation>
            <numerusform>Auch die Sicherungen damit neu verschlüsseln (%n im Sicherungsordner)</numerusform>
            <numerusform>Auch die Sicherungen damit neu verschlüsseln (%n im Sicherungsordner)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Geben Sie zuerst Ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>Ihre Passphrase wird geprüft…</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Die beiden neuen Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Re-encrypting your practice with the new passphrase…</source>
        <translation>Ihre Praxis wird mit der neuen Passphrase neu verschlüsselt…</translation>
    </message>
    <message numerus="yes">
        <source>Your practice has its new passphrase. Re-encrypting the backups with it: {done} of %n done…</source>
        <translation>
            <numerusform>Ihre Praxis hat ihre neue Passphrase. Die Sicherungen werden damit neu verschlüsselt: {done} von %n erledigt…</numerusform>
            <numerusform>Ihre Praxis hat ihre neue Passphrase. Die Sicherungen werden damit neu verschlüsselt: {done} von %n erledigt…</numerusform>
        </translation>
    </message>
    <message>
        <source>This passphrase does not open your practice. Type it again, or choose a new one.</source>
        <translation>Diese Passphrase öffnet Ihre Praxis nicht. Geben Sie sie erneut ein, oder wählen Sie eine neue.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed (%1).</source>
        <translation>Die Passphrase konnte nicht geändert werden (%1).</translation>
    </message>
</context>
<context>
    <name>RestoredPage</name>
    <message>
        <source>Your practice is back</source>
        <translation>Ihre Praxis ist zurück</translation>
    </message>
    <message>
        <source>Everything in the backup is on this computer again.</source>
        <translation>Alles aus der Sicherung ist wieder auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Open my practice</source>
        <translation>Meine Praxis ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Restored from the backup made %1:
%2</source>
        <translation>Wiederhergestellt aus der Sicherung vom %1:
%2</translation>
    </message>
    <message>
        <source>Newer backups passed over:</source>
        <translation>Übergangene neuere Sicherungen:</translation>
    </message>
    <message>
        <source>It opens with your new passphrase.</source>
        <translation>Sie öffnet sich mit Ihrer neuen Passphrase.</translation>
    </message>
    <message>
        <source>It opens with your passphrase, as before.</source>
        <translation>Sie öffnet sich wie bisher mit Ihrer Passphrase.</translation>
    </message>
    <message>
        <source>Its key is now kept in this computer&apos;s keyring: CoachDesk opens without asking while you are logged in.</source>
        <translation>Der Schlüssel liegt jetzt im Schlüsselbund dieses Computers: CoachDesk öffnet sich ohne Nachfrage, solange Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring could not keep its key (%1) Until it can, CoachDesk asks for your recovery code at each start.</source>
        <translation>Der Schlüsselbund dieses Computers konnte den Schlüssel nicht aufnehmen (%1). Bis das möglich ist, fragt CoachDesk bei jedem Start nach Ihrem Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>New backups go to %1, as before. You can change that in Settings.</source>
        <translation>Neue Sicherungen werden wie bisher in %1 abgelegt. Sie können das in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Choose a backup folder in Settings: CoachDesk makes no backups until you do.</source>
        <translation>Wählen Sie in den Einstellungen einen Sicherungsordner: Bis dahin erstellt CoachDesk keine Sicherungen.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Read each passage. Approve it as it stands, change it together, or strike it out. Only the passages you approve are sent, in the report shown first (its recipient, purpose, period and any session facts); nothing else from your coaching is shared.</source>
        <translation>Lesen Sie jede Passage. Geben Sie sie so frei, wie sie ist, ändern Sie sie gemeinsam oder streichen Sie sie. Gesendet werden nur die Passagen, die Sie freigeben, in dem zuerst gezeigten Bericht (Empfänger, Zweck, Zeitraum und etwaige Sitzungsangaben); nichts weiter aus Ihrem Coaching wird weitergegeben.</translation>
    </message>
    <message>
        <source>The report and its passages</source>
        <translation>Der Bericht und seine Passagen</translation>
    </message>
    <message>
        <source>Your name, as you approve</source>
        <translation>Ihr Name, mit dem Sie freigeben</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Coach: return to CoachDesk</source>
        <translation>Coach: zurück zu CoachDesk</translation>
    </message>
    <message>
        <source>Your words for %1</source>
        <translation>Ihre Worte für %1</translation>
    </message>
    <message>
        <source>There are no passages in this report yet.</source>
        <translation>Dieser Bericht enthält noch keine Passagen.</translation>
    </message>
    <message>
        <source>The report as shown is approved.</source>
        <translation>Der Bericht ist wie gezeigt freigegeben.</translation>
    </message>
    <message>
        <source>Passage %1 now has the new words. Approve them if they are right.</source>
        <translation>Passage %1 hat jetzt den neuen Wortlaut. Geben Sie ihn frei, wenn er stimmt.</translation>
    </message>
    <message>
        <source>Passage %1 struck out: it will not be sent.</source>
        <translation>Passage %1 gestrichen: Sie wird nicht gesendet.</translation>
    </message>
    <message>
        <source>Passage %1 restored.</source>
        <translation>Passage %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Leave the review</source>
        <translation>Durchsicht verlassen</translation>
    </message>
    <message>
        <source>A change to a passage has not been kept. Leave anyway?</source>
        <translation>Eine Änderung an einer Passage wurde nicht übernommen. Trotzdem verlassen?</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Return to CoachDesk? The screen will show the coach&apos;s full records again.</source>
        <translation>Zurück zu CoachDesk? Der Bildschirm zeigt dann wieder die vollständigen Unterlagen des Coaches.</translation>
    </message>
    <message>
        <source>Return to CoachDesk</source>
        <translation>Zurück zu CoachDesk</translation>
    </message>
</context>
<context>
    <name>SaveNotice</name>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>Join the %n lines into one: “%1”</source>
        <translation>Die %n Zeilen zu einer zusammenführen: „%1“</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search clients, sponsors and notes</source>
        <translation>Klienten, Sponsoren und Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>The search could not be run. Please try again.</source>
        <translation>Die Suche konnte nicht ausgeführt werden. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message>
        <source>No name matches. Notes are searched from the third letter of a word.</source>
        <translation>Kein Name passt. Notizen werden ab dem dritten Buchstaben eines Wortes durchsucht.</translation>
    </message>
    <message>
        <source>In a note of %1</source>
        <translation>In einer Notiz vom %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>The organisation&apos;s name matches</source>
        <translation>Der Name der Organisation passt</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>The email address matches</source>
        <translation>Die E-Mail-Adresse passt</translation>
    </message>
    <message>
        <source>The name and email address match</source>
        <translation>Name und E-Mail-Adresse passen</translation>
    </message>
    <message>
        <source>The name matches</source>
        <translation>Der Name passt</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klient</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>&amp;End session</source>
        <translation>Sitzung &amp;beenden</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Sitzung beenden</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>SessionFacts</name>
    <message>
        <source>Attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>Session dates</source>
        <translation>Sitzungstermine</translation>
    </message>
    <message>
        <source>Hours of coaching</source>
        <translation>Coaching-Stunden</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n Sitzung stattgefunden</numerusform>
            <numerusform>%n Sitzungen stattgefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n abgesagt</numerusform>
            <numerusform>%n abgesagt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n versäumt</numerusform>
            <numerusform>%n versäumt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still planned</source>
        <translation>
            <numerusform>%n noch geplant</numerusform>
            <numerusform>%n noch geplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>The session&apos;s date and time are not valid (use YYYY-MM-DD HH:MM).</source>
        <translation>Datum und Uhrzeit der Sitzung sind ungültig (verwenden Sie JJJJ-MM-TT HH:MM).</translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Eine Sitzung dauert zwischen 1 Minute und 24 Stunden.</translation>
    </message>
    <message>
        <source>This engagement is no longer in the vault.</source>
        <translation>Dieser Auftrag ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>This session is on invoice %1: void the invoice first to change its date, length, fee or whether it was held.</source>
        <translation>Diese Sitzung steht auf Rechnung %1: Stornieren Sie zuerst die Rechnung, um Datum, Dauer, Honorar oder ihr Stattfinden zu ändern.</translation>
    </message>
    <message>
        <source>This session is no longer in the vault.</source>
        <translation>Diese Sitzung ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>That session is no longer planned.</source>
        <translation>Diese Sitzung ist nicht mehr geplant.</translation>
    </message>
    <message>
        <source>Something was written for this session, so it is kept. End it as held or missed instead.</source>
        <translation>Für diese Sitzung wurde etwas geschrieben, daher bleibt sie erhalten. Beenden Sie sie stattdessen als stattgefunden oder versäumt.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Unpaid only</source>
        <translation>Nur &amp;unbezahlte</translation>
    </message>
    <message>
        <source>Held and missed sessions with a fee that is not paid yet: on no invoice, or on one still unpaid</source>
        <translation>Stattgefundene und versäumte Sitzungen mit einem noch nicht bezahlten Honorar: auf keiner Rechnung oder auf einer noch unbezahlten</translation>
    </message>
    <message>
        <source>&amp;Tax export (CSV)…</source>
        <translation>&amp;Steuerexport (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation>Sitzung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Calendar &amp;file (.ics)…</source>
        <translation>Kalender&amp;datei (.ics)…</translation>
    </message>
    <message>
        <source>No sessions yet.
Sessions are planned and held from a client&apos;s page: open a client, then choose “Plan a session” (Ctrl+Shift+P) or “Start session”. Every session of the practice is listed here, newest first.</source>
        <translation>Noch keine Sitzungen.
Sitzungen werden auf der Seite eines Klienten geplant und gehalten: Öffnen Sie einen Klienten und wählen Sie dann „Sitzung planen“ (Ctrl+Shift+P) oder „Sitzung starten“. Jede Sitzung der Praxis ist hier aufgeführt, die neueste zuerst.</translation>
    </message>
    <message>
        <source>Go to clients</source>
        <translation>Zu den Klienten</translation>
    </message>
    <message numerus="yes">
        <source>Unpaid sessions: %n</source>
        <translation>
            <numerusform>Unbezahlte Sitzungen: %n</numerusform>
            <numerusform>Unbezahlte Sitzungen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Sitzung gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>no held or missed sessions in that period (only the column names)</source>
        <translation>keine stattgefundenen oder versäumten Sitzungen in diesem Zeitraum (nur die Spaltennamen)</translation>
    </message>
    <message>
        <source>Saved to %1: %2. This export is recorded.</source>
        <translation>Unter %1 gespeichert: %2. Dieser Export wird festgehalten.</translation>
    </message>
    <message>
        <source>Save the tax export</source>
        <translation>Steuerexport speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>pro bono, not billed</source>
        <translation>pro bono, nicht berechnet</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The tax rate is between 0 and 100%.</source>
        <translation>Der Steuersatz liegt zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <source>Days to pay are between 0 and 365.</source>
        <translation>Die Zahlungsfrist liegt zwischen 0 und 365 Tagen.</translation>
    </message>
    <message>
        <source>Currency is a three-letter code such as EUR or USD.</source>
        <translation>Die Währung ist ein Code aus drei Buchstaben wie EUR oder USD.</translation>
    </message>
    <message>
        <source>The default fee is a whole number of cents, 0 or more.</source>
        <translation>Das Standardhonorar ist eine ganze Zahl von Cent, 0 oder mehr.</translation>
    </message>
    <message>
        <source>Events show nothing of the client, initials or names.</source>
        <translation>Termine zeigen vom Klienten: nichts, Initialen oder Namen.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> Sekunden</translation>
    </message>
    <message>
        <source>Only when CoachDesk locks or closes</source>
        <translation>Nur wenn CoachDesk sperrt oder schließt</translation>
    </message>
    <message>
        <source>Your name, as agreements show it</source>
        <translation>Ihr Name, wie Vereinbarungen ihn zeigen</translation>
    </message>
    <message>
        <source>Locking closes the vault and clears every screen (Ctrl+L locks at once). Text copied out of CoachDesk leaves the clipboard at Lock and after the time below, unless something else was copied since.</source>
        <translation>Das Sperren schließt den Tresor und leert jeden Bildschirm (Ctrl+L sperrt sofort). Aus CoachDesk kopierter Text verlässt die Zwischenablage beim Sperren und nach der unten angegebenen Zeit, sofern seither nichts anderes kopiert wurde.</translation>
    </message>
    <message>
        <source>No folder chosen: CoachDesk makes no backups yet.</source>
        <translation>Kein Ordner gewählt: CoachDesk erstellt noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>&amp;Ordner wählen…</translation>
    </message>
    <message>
        <source>Back up at the first unlock of each day</source>
        <translation>Beim ersten Entsperren jedes Tages sichern</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Backups are encrypted with your vault&apos;s key: an external drive or a synced folder is fine. Your recovery code opens them. CoachDesk keeps one a day for a week, one a week for a month and one a month for a year.</source>
        <translation>Sicherungen sind mit dem Schlüssel Ihres Tresors verschlüsselt: Ein externes Laufwerk oder ein synchronisierter Ordner ist in Ordnung. Ihr Wiederherstellungscode öffnet sie. CoachDesk behält eine pro Tag für eine Woche, eine pro Woche für einen Monat und eine pro Monat für ein Jahr.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>A new language takes effect the next time CoachDesk starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von CoachDesk.</translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation>&amp;Sperren nach Inaktivität</translation>
    </message>
    <message>
        <source>Clear &amp;copied text after</source>
        <translation>Kopierten &amp;Text löschen nach</translation>
    </message>
    <message>
        <source>Default &amp;session length</source>
        <translation>Standard&amp;dauer einer Sitzung</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>Default &amp;fee per session</source>
        <translation>Standard&amp;honorar pro Sitzung</translation>
    </message>
    <message>
        <source>A new engagement starts with this fee, per session; each engagement says what its own fee is for.</source>
        <translation>Ein neuer Auftrag beginnt mit diesem Honorar pro Sitzung; jeder Auftrag legt fest, wofür sein eigenes Honorar gilt.</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Ihr Name</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Change the vault&apos;s &amp;key…</source>
        <translation>&amp;Schlüssel des Tresors ändern…</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>&amp;Passphrase ändern…</translation>
    </message>
    <message>
        <source>Re-encrypts the vault with a new key and gives you a new recovery code. Do it if your recovery code may have been seen.</source>
        <translation>Verschlüsselt den Tresor mit einem neuen Schlüssel neu und gibt Ihnen einen neuen Wiederherstellungscode. Tun Sie das, wenn Ihr Wiederherstellungscode gesehen worden sein könnte.</translation>
    </message>
    <message>
        <source>Your vault&apos;s key comes from your passphrase: a new passphrase re-encrypts the vault and gives you a new recovery code to write down. Do it if your passphrase or code may have been seen.</source>
        <translation>Der Schlüssel Ihres Tresors kommt aus Ihrer Passphrase: Eine neue Passphrase verschlüsselt den Tresor neu und gibt Ihnen einen neuen Wiederherstellungscode zum Aufschreiben. Tun Sie das, wenn Ihre Passphrase oder Ihr Code gesehen worden sein könnte.</translation>
    </message>
    <message>
        <source>The demo practice has a fixed key: it holds only invented clients.</source>
        <translation>Die Demo-Praxis hat einen festen Schlüssel: Sie enthält nur erfundene Klienten.</translation>
    </message>
    <message>
        <source>Where should backups go?</source>
        <translation>Wohin sollen die Sicherungen?</translation>
    </message>
    <message>
        <source>This folder is not there now (a drive not connected?). Backups resume when it is.</source>
        <translation>Dieser Ordner ist gerade nicht vorhanden (Laufwerk nicht angeschlossen?). Die Sicherungen gehen weiter, sobald er es wieder ist.</translation>
    </message>
    <message numerus="yes">
        <source>Last backup %1; %n kept here.</source>
        <translation>
            <numerusform>Letzte Sicherung %1; %n hier aufbewahrt.</numerusform>
            <numerusform>Letzte Sicherung %1; %n hier aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation>Noch keine Sicherung in diesem Ordner.</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Wiederherzustellende Sicherung wählen</translation>
    </message>
    <message>
        <source>CoachDesk backups (*%1);;All files (*)</source>
        <translation>CoachDesk-Sicherungen (*%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation>Sicherung läuft, die Kopie wird geprüft…</translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Menus show the same keys beside each entry.</source>
        <translation>Menüs zeigen dieselben Tasten neben jedem Eintrag.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Signed on paper</source>
        <translation>Auf Papier unterschrieben</translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation>Elektronische Unterschrift</translation>
    </message>
    <message>
        <source>Confirmed by email</source>
        <translation>Per E-Mail bestätigt</translation>
    </message>
    <message>
        <source>Agreed in person</source>
        <translation>Persönlich vereinbart</translation>
    </message>
    <message>
        <source>Record a signature</source>
        <translation>Unterschrift erfassen</translation>
    </message>
    <message>
        <source>The name as signed</source>
        <translation>Der Name wie unterschrieben</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>&amp;Partei</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Wie</translation>
    </message>
    <message>
        <source>The person who signed for %1.</source>
        <translation>Die Person, die für %1 unterschrieben hat.</translation>
    </message>
    <message>
        <source>The person who signed for %1: the sponsor has no contact yet, so type their name.</source>
        <translation>Die Person, die für %1 unterschrieben hat: Der Sponsor hat noch keine Ansprechperson, geben Sie daher ihren Namen ein.</translation>
    </message>
</context>
<context>
    <name>SponsorRequests</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Explain the nature and limits of confidentiality</source>
        <translation>Art und Grenzen der Vertraulichkeit erklären</translation>
    </message>
    <message>
        <source>Share only what the client permits</source>
        <translation>Nur weitergeben, was der Klient erlaubt</translation>
    </message>
    <message>
        <source>Co-create a report with the client</source>
        <translation>Einen Bericht gemeinsam mit dem Klienten erstellen</translation>
    </message>
    <message>
        <source>Ask the client for written permission stating what may be shared</source>
        <translation>Den Klienten um eine schriftliche Erlaubnis bitten, die festhält, was weitergegeben werden darf</translation>
    </message>
    <message>
        <source>Decline the request</source>
        <translation>Die Anfrage ablehnen</translation>
    </message>
    <message>
        <source>A sponsor cannot have the full coaching record. The ICF Code of Ethics keeps what the client says in strictest confidence (standard 24) and lets the sponsor receive only what the agreement on information exchange allows (standard 25) and the client approves. The record is released only if the client consents to it, or if the law requires it (a court order or subpoena: standard 26), and then as a logged legal export, never as a sponsor report.</source>
        <translation>Ein Sponsor kann nicht die vollständige Akte des Coachings erhalten. Der Ethikkodex der ICF behandelt, was der Klient sagt, mit strengster Vertraulichkeit (Standard 24) und lässt den Sponsor nur erhalten, was die Vereinbarung zum Informationsaustausch erlaubt (Standard 25) und der Klient freigibt. Die Akte wird nur herausgegeben, wenn der Klient einwilligt oder das Gesetz es verlangt (eine gerichtliche Anordnung oder Vorladung: Standard 26), und dann als protokollierte Herausgabe aus rechtlichen Gründen, nie als Sponsor-Bericht.</translation>
    </message>
    <message>
        <source>Say what the sponsor asked for.</source>
        <translation>Geben Sie an, worum der Sponsor gebeten hat.</translation>
    </message>
    <message>
        <source>That person is not one of this sponsor&apos;s contacts.</source>
        <translation>Diese Person ist keine Ansprechperson dieses Sponsors.</translation>
    </message>
    <message>
        <source>That engagement is not sponsored by them.</source>
        <translation>Dieser Auftrag wird nicht von diesem Sponsor getragen.</translation>
    </message>
    <message>
        <source>This request is no longer in the vault.</source>
        <translation>Diese Anfrage ist nicht mehr im Tresor.</translation>
    </message>
</context>
<context>
    <name>SponsorRequestsTab</name>
    <message>
        <source>Sponsor requests</source>
        <translation>Sponsor-Anfragen</translation>
    </message>
    <message>
        <source>&amp;Log a request…</source>
        <translation>Anfrage &amp;protokollieren…</translation>
    </message>
    <message>
        <source>What you told them (optional)</source>
        <translation>Was Sie ihnen mitgeteilt haben (optional)</translation>
    </message>
    <message>
        <source>&amp;Record the response</source>
        <translation>Antwort &amp;erfassen</translation>
    </message>
    <message>
        <source>What they asked</source>
        <translation>Was sie gefragt haben</translation>
    </message>
    <message>
        <source>What the agreement says the sponsor may receive</source>
        <translation>Was der Sponsor laut Vereinbarung erhalten darf</translation>
    </message>
    <message>
        <source>Your response</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>%1 at %2 asked on %3 (%4) about %5:</source>
        <translation>Anfrage von %1 bei %2 am %3 (%4) betreffend %5:</translation>
    </message>
    <message>
        <source>%1 at %2 asked on %3 (%4):</source>
        <translation>Anfrage von %1 bei %2 am %3 (%4):</translation>
    </message>
    <message>
        <source>%1 asked on %2 (%3) about %4:</source>
        <translation>Anfrage von %1 am %2 (%3) betreffend %4:</translation>
    </message>
    <message>
        <source>%1 asked on %2 (%3):</source>
        <translation>Anfrage von %1 am %2 (%3):</translation>
    </message>
    <message>
        <source>No agreement with this sponsor covers it: the sponsor may receive nothing about the coaching.</source>
        <translation>Keine Vereinbarung mit diesem Sponsor deckt dies ab: Der Sponsor darf nichts über das Coaching erhalten.</translation>
    </message>
    <message>
        <source>Choose how you responded.</source>
        <translation>Wählen Sie, wie Sie geantwortet haben.</translation>
    </message>
    <message>
        <source>Response recorded.</source>
        <translation>Antwort erfasst.</translation>
    </message>
</context>
<context>
    <name>Sponsors</name>
    <message>
        <source>This sponsor is no longer in the vault.</source>
        <translation>Dieser Sponsor ist nicht mehr im Tresor.</translation>
    </message>
</context>
<context>
    <name>SponsorsPage</name>
    <message>
        <source>&amp;New sponsor</source>
        <translation>&amp;Neuer Sponsor</translation>
    </message>
    <message>
        <source>No sponsors yet.
A sponsor is the organisation that pays for a client&apos;s coaching, often their employer. Add it, with the manager or HR partner as its contact, before the engagement it pays for.</source>
        <translation>Noch keine Sponsoren.
Ein Sponsor ist die Organisation, die das Coaching eines Klienten bezahlt, oft sein Arbeitgeber. Legen Sie ihn mit der Führungskraft oder jemandem aus HR als Ansprechperson an, bevor Sie den Auftrag anlegen, den er bezahlt.</translation>
    </message>
    <message>
        <source>Add a sponsor</source>
        <translation>Sponsor hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Requests &amp;&amp; disclosures</source>
        <translation>&amp;Anfragen &amp;&amp; Weitergaben</translation>
    </message>
    <message>
        <source>What this sponsor asked for, and what it received</source>
        <translation>Was dieser Sponsor angefragt und was er erhalten hat</translation>
    </message>
    <message>
        <source>Add &amp;contact</source>
        <translation>An&amp;sprechperson hinzufügen</translation>
    </message>
    <message>
        <source>Choose an engagement to see what its agreement lets the sponsor receive.</source>
        <translation>Wählen Sie einen Auftrag, um zu sehen, was der Sponsor laut Vereinbarung erhalten darf.</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Ansprechpersonen</translation>
    </message>
    <message>
        <source>Engagements it pays for</source>
        <translation>Bezahlte Aufträge</translation>
    </message>
    <message>
        <source>What the agreement lets the sponsor receive</source>
        <translation>Was der Sponsor laut Vereinbarung erhalten darf</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Sponsoren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sponsor(s)</source>
        <translation>
            <numerusform>%Ln Sponsor</numerusform>
            <numerusform>%Ln Sponsoren</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no agreement for this engagement yet, so the sponsor may receive nothing about the coaching.</source>
        <translation>Für diesen Auftrag gibt es noch keine Vereinbarung, daher darf der Sponsor nichts über das Coaching erhalten.</translation>
    </message>
    <message>
        <source>%1 (%2): nobody has confirmed what it lets the sponsor receive, so the sponsor receives nothing until the terms are chosen on the agreement&apos;s page.</source>
        <translation>%1 (%2): Niemand hat bestätigt, was der Sponsor laut dieser Vereinbarung erhalten darf, daher erhält er nichts, bis die Bedingungen auf der Seite der Vereinbarung gewählt sind.</translation>
    </message>
    <message>
        <source>%1 (%2) says nothing about what the sponsor may receive, so the sponsor may receive nothing.</source>
        <translation>%1 (%2) sagt nichts darüber, was der Sponsor erhalten darf, daher darf der Sponsor nichts erhalten.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This practice is not used on another computer.</source>
        <translation>Diese Praxis wird auf keinem weiteren Computer genutzt.</translation>
    </message>
    <message>
        <source>This practice already syncs.</source>
        <translation>Diese Praxis wird bereits abgeglichen.</translation>
    </message>
    <message>
        <source>This practice is used on too many computers.</source>
        <translation>Diese Praxis wird auf zu vielen Computern genutzt.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (%2). Check that it is on this computer and that your sync service has finished copying it.</source>
        <translation>Der Ordner %1 kann nicht gelesen werden (%2). Prüfen Sie, ob er sich auf diesem Computer befindet und ob Ihr Synchronisierungsdienst ihn fertig kopiert hat.</translation>
    </message>
    <message>
        <source>The folder %1 holds no CoachDesk practice. Choose the folder your sync service shares with the other computer (it holds a folder named CoachDesk); if it is still copying, wait until it has finished.</source>
        <translation>Der Ordner %1 enthält keine CoachDesk-Praxis. Wählen Sie den Ordner, den Ihr Synchronisierungsdienst mit dem anderen Computer teilt (er enthält einen Ordner namens CoachDesk); wird er noch kopiert, warten Sie, bis das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>No practice in this folder opens with this code. Check the folder, and the code shown on the other computer.</source>
        <translation>Keine Praxis in diesem Ordner lässt sich mit diesem Code öffnen. Prüfen Sie den Ordner und den Code, den der andere Computer anzeigt.</translation>
    </message>
    <message>
        <source>This pairing code was replaced by a new one. Type the newest code, shown in Settings on a computer of the practice that uses it.</source>
        <translation>Dieser Kopplungscode wurde durch einen neuen ersetzt. Geben Sie den neuesten Code ein, der in den Einstellungen eines Computers der Praxis angezeigt wird, der ihn verwendet.</translation>
    </message>
    <message>
        <source>This computer&apos;s vault already holds clients or sponsors. Join the practice from a new vault (the first-run wizard offers it).</source>
        <translation>Der Tresor dieses Computers enthält bereits Klienten oder Sponsoren. Treten Sie der Praxis mit einem neuen Tresor bei (der Assistent beim ersten Start bietet das an).</translation>
    </message>
    <message>
        <source>The disk of the sync folder is full, so this computer&apos;s latest changes were not sent. They are safe in this vault and go with the next sync once there is space.</source>
        <translation>Der Datenträger des Synchronisierungsordners ist voll, daher wurden die neuesten Änderungen dieses Computers nicht gesendet. Sie sind in diesem Tresor sicher und gehen mit dem nächsten Abgleich mit, sobald wieder Platz ist.</translation>
    </message>
    <message>
        <source>Another computer of the practice marked this one as gone, so it cannot make a new pairing code. Make it on one of the practice&apos;s other computers.</source>
        <translation>Ein anderer Computer der Praxis hat diesen als weg markiert, daher kann er keinen neuen Kopplungscode erstellen. Erstellen Sie ihn auf einem der anderen Computer der Praxis.</translation>
    </message>
    <message>
        <source>This computer already uses this pairing code.</source>
        <translation type="vanished">Dieser Computer verwendet diesen Kopplungscode bereits.</translation>
    </message>
    <message>
        <source>This computer already uses this pairing code: type the new code shown on the computer that made it.</source>
        <translation>Dieser Computer verwendet diesen Kopplungscode bereits: Geben Sie den neuen Code ein, der auf dem Computer angezeigt wird, der ihn erstellt hat.</translation>
    </message>
    <message>
        <source>This code was made with an earlier version of CoachDesk, which did not note which computer made it, and a computer of the practice has been marked as gone since. Let the computer that made the code sync once, then type the code here again; or make a new pairing code on a computer that is not marked as gone.</source>
        <translation>Dieser Code wurde mit einer früheren Version von CoachDesk erstellt, die nicht vermerkt hat, auf welchem Computer er entstand, und seitdem wurde ein Computer der Praxis als weg markiert. Lassen Sie den Computer, der den Code erstellt hat, einmal synchronisieren, und geben Sie den Code dann hier erneut ein; oder erstellen Sie einen neuen Kopplungscode auf einem Computer, der nicht als weg markiert ist.</translation>
    </message>
    <message>
        <source>This code was made on a computer marked as gone, so the practice does not use it. Make a new pairing code on one of the other computers.</source>
        <translation>Dieser Code wurde auf einem als weg markierten Computer erstellt, daher verwendet die Praxis ihn nicht. Erstellen Sie einen neuen Kopplungscode auf einem der anderen Computer.</translation>
    </message>
    <message>
        <source>This is not the practice&apos;s new pairing code. Check it against the code shown on the computer where it was made; if it was made only now, wait until your sync service has copied the folder here.</source>
        <translation>Das ist nicht der neue Kopplungscode der Praxis. Vergleichen Sie ihn mit dem Code, der auf dem Computer angezeigt wird, auf dem er erstellt wurde; wurde er gerade erst erstellt, warten Sie, bis Ihr Synchronisierungsdienst den Ordner hierher kopiert hat.</translation>
    </message>
    <message>
        <source>This is an earlier pairing code, no longer used. Type the newest one, shown on the computer where it was made.</source>
        <translation>Das ist ein früherer Kopplungscode, der nicht mehr verwendet wird. Geben Sie den neuesten ein, der auf dem Computer angezeigt wird, auf dem er erstellt wurde.</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Notes edited on two computers</source>
        <translation>Auf zwei Computern bearbeitete Notizen</translation>
    </message>
    <message>
        <source>Nothing to resolve. A note changed on two computers before either had the other&apos;s change is listed here, with both texts.</source>
        <translation>Nichts zu klären. Eine Notiz, die auf zwei Computern geändert wurde, bevor einer die Änderung des anderen hatte, erscheint hier mit beiden Texten.</translation>
    </message>
    <message>
        <source>Both texts are kept. Choose the one the note keeps: the other stays in the note&apos;s earlier versions.</source>
        <translation type="vanished">Beide Texte sind erhalten. Wählen Sie den Text, den die Notiz behält: Der andere bleibt in den früheren Fassungen der Notiz.</translation>
    </message>
    <message>
        <source>Keep both, one after the other</source>
        <translation>Beide behalten, nacheinander</translation>
    </message>
    <message>
        <source>Session on %1</source>
        <translation>Sitzung am %1</translation>
    </message>
    <message>
        <source>A note of its own</source>
        <translation type="vanished">Eigenständige Notiz</translation>
    </message>
    <message>
        <source>Both texts are kept; the words only one of them has are marked. Choose the one the note keeps: the other stays in the note&apos;s earlier versions.</source>
        <translation>Beide Texte sind erhalten; was nur in einem der beiden steht, ist markiert. Wählen Sie den Text, den die Notiz behält: Der andere bleibt in den früheren Fassungen der Notiz.</translation>
    </message>
    <message>
        <source>Keep this text</source>
        <translation>Diesen Text behalten</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s text</source>
        <translation>Text dieses Computers behalten</translation>
    </message>
    <message>
        <source>Keep the other computer&apos;s text</source>
        <translation>Text des anderen Computers behalten</translation>
    </message>
    <message>
        <source>Kept both texts, one after the other. The text replaced stays an earlier version of the note.</source>
        <translation>Beide Texte behalten, nacheinander. Der ersetzte Text bleibt eine frühere Fassung der Notiz.</translation>
    </message>
    <message>
        <source>Kept this computer&apos;s text. The other text stays an earlier version of the note.</source>
        <translation>Text dieses Computers behalten. Der andere Text bleibt eine frühere Fassung der Notiz.</translation>
    </message>
    <message>
        <source>Kept the text from computer %1. The other text stays an earlier version of the note.</source>
        <translation>Text von Computer %1 behalten. Der andere Text bleibt eine frühere Fassung der Notiz.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>computer %1</source>
        <translation>Computer %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation>Nicht synchronisiert: %1</translation>
    </message>
    <message>
        <source>Sync folder not found: USB stick unplugged or sync folder moved?</source>
        <translation>Synchronisierungsordner nicht gefunden: USB-Stick abgezogen oder Ordner verschoben?</translation>
    </message>
    <message>
        <source>Not synced: the disk is full. Nothing is lost; CoachDesk tries again.</source>
        <translation>Nicht synchronisiert: Der Datenträger ist voll. Nichts geht verloren; CoachDesk versucht es erneut.</translation>
    </message>
    <message>
        <source>Not synced: CoachDesk may not write to the sync folder.</source>
        <translation>Nicht synchronisiert: CoachDesk darf nicht in den Synchronisierungsordner schreiben.</translation>
    </message>
    <message>
        <source>Not synced: this computer needs the practice&apos;s new pairing code (Settings).</source>
        <translation>Nicht synchronisiert: Dieser Computer braucht den neuen Kopplungscode der Praxis (Einstellungen).</translation>
    </message>
    <message>
        <source>Marked as gone on another computer: changes made here are no longer taken in (Settings).</source>
        <translation>Auf einem anderen Computer als weg markiert: Hier gemachte Änderungen werden nicht mehr übernommen (Einstellungen).</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>this computer is now %1</source>
        <translation>dieser Computer ist jetzt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not applied</source>
        <translation>
            <numerusform>%n Datei nicht übernommen</numerusform>
            <numerusform>%n Dateien nicht übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) to resolve</source>
        <translation>
            <numerusform>%n Notiz zu klären</numerusform>
            <numerusform>%n Notizen zu klären</numerusform>
        </translation>
    </message>
    <message>
        <source>last change sent %1</source>
        <translation>zuletzt gesendet: %1</translation>
    </message>
    <message>
        <source>received %1 from %2</source>
        <translation>empfangen: %1 von %2</translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>Synchronisierungsordner: %1</translation>
    </message>
    <message>
        <source>This computer is %1.</source>
        <translation>Dieser Computer ist %1.</translation>
    </message>
    <message>
        <source>Another computer of the practice marked this one as gone, so what you change here no longer reaches the others. If that was a mistake, choose &quot;Not gone after all…&quot; for this computer in Settings on another computer; else join the practice from this one as a new computer.</source>
        <translation>Ein anderer Computer der Praxis hat diesen als weg markiert, daher erreicht, was Sie hier ändern, die anderen nicht mehr. War das ein Irrtum, wählen Sie auf einem anderen Computer in den Einstellungen „Doch nicht weg…“ für diesen; sonst treten Sie der Praxis von diesem aus als neuer Computer bei.</translation>
    </message>
    <message>
        <source>This computer was %1 until %2 (another computer had joined with the same letter): numbers printed here before then carry the letter %3.</source>
        <translation>Dieser Computer war bis %2 %1 (ein anderer Computer war mit demselben Buchstaben hinzugekommen): Nummern, die hier vorher gedruckt wurden, tragen den Buchstaben %3.</translation>
    </message>
    <message>
        <source>Last file from %1 applied %2.</source>
        <translation>Letzte Datei von %1 übernommen: %2.</translation>
    </message>
    <message>
        <source>Ignored: %1 (%2): %3</source>
        <translation>Ignoriert: %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from %1 not applied: %2</source>
        <translation>
            <numerusform>%n Datei von %1 nicht übernommen: %2</numerusform>
            <numerusform>%n Dateien von %1 nicht übernommen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1 (%2): %3</source>
        <translation type="vanished">Nicht übernommen: %1 (%2): %3</translation>
    </message>
    <message>
        <source>A file from %1 waits for an earlier one.</source>
        <translation>Eine Datei von %1 wartet auf eine frühere.</translation>
    </message>
</context>
<context>
    <name>TaxExport</name>
    <message>
        <source>The last day comes before the first: choose the period again.</source>
        <translation>Der letzte Tag liegt vor dem ersten: Wählen Sie den Zeitraum neu.</translation>
    </message>
</context>
<context>
    <name>TaxPeriodDialog</name>
    <message>
        <source>Tax export</source>
        <translation>Steuerexport</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Dates, minutes, fees and who was billed, for held and missed sessions. No notes, goals, places or anything said in coaching.</source>
        <translation>Daten, Minuten, Honorare und Rechnungsempfänger für stattgefundene und versäumte Sitzungen. Keine Notizen, Ziele, Orte und nichts, was im Coaching gesagt wurde.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Free page</source>
        <translation>Freie Seite</translation>
    </message>
    <message>
        <source>Focus, insights, actions, reflection</source>
        <translation>Fokus, Erkenntnisse, Maßnahmen, Reflexion</translation>
    </message>
    <message>
        <source>Write as you listen. Everything saves by itself.</source>
        <translation>Schreiben Sie, während Sie zuhören. Alles wird automatisch gespeichert.</translation>
    </message>
    <message>
        <source>What does the client want from this session, and beyond it?</source>
        <translation>Was möchte der Klient aus dieser Sitzung mitnehmen, und darüber hinaus?</translation>
    </message>
    <message>
        <source>Where things stand now: facts, feelings, what has been tried.</source>
        <translation>Wo die Dinge jetzt stehen: Fakten, Gefühle, was schon versucht wurde.</translation>
    </message>
    <message>
        <source>What could the client do? Every option, before choosing.</source>
        <translation>Was könnte der Klient tun? Jede Möglichkeit, bevor er wählt.</translation>
    </message>
    <message>
        <source>What will the client do, and by when? Start a line with [ ] to make it an action item.</source>
        <translation>Was wird der Klient tun, und bis wann? Beginnen Sie eine Zeile mit [ ], um daraus eine Aufgabe zu machen.</translation>
    </message>
    <message>
        <source>Your own thoughts: never shared.</source>
        <translation>Ihre eigenen Gedanken: werden nie geteilt.</translation>
    </message>
    <message>
        <source>What the client brought today.</source>
        <translation>Was der Klient heute mitgebracht hat.</translation>
    </message>
    <message>
        <source>What the client noticed or learned.</source>
        <translation>Was der Klient bemerkt oder gelernt hat.</translation>
    </message>
    <message>
        <source>Start a line with [ ] to make it an action item.</source>
        <translation>Beginnen Sie eine Zeile mit [ ], um daraus eine Aufgabe zu machen.</translation>
    </message>
    <message>
        <source>A template needs at least one section.</source>
        <translation>Eine Vorlage braucht mindestens einen Abschnitt.</translation>
    </message>
    <message>
        <source>A template can have at most %1 sections.</source>
        <translation>Eine Vorlage kann höchstens %1 Abschnitte haben.</translation>
    </message>
    <message>
        <source>Each section needs a heading.</source>
        <translation>Jeder Abschnitt braucht eine Überschrift.</translation>
    </message>
    <message>
        <source>Choose who may see each section.</source>
        <translation>Wählen Sie, wer jeden Abschnitt sehen darf.</translation>
    </message>
    <message>
        <source>The coach&apos;s reflection is coach only, always.</source>
        <translation>Die Reflexion des Coaches ist immer nur für den Coach.</translation>
    </message>
    <message>
        <source>This template is no longer in the vault.</source>
        <translation>Diese Vorlage ist nicht mehr im Tresor.</translation>
    </message>
    <message>
        <source>Keep at least one template to start sessions with.</source>
        <translation>Behalten Sie mindestens eine Vorlage, mit der Sitzungen beginnen können.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Dieser Klient ist nicht mehr im Tresor.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Sessions in the next 7 days</source>
        <translation>Sitzungen in den nächsten 7 Tagen</translation>
    </message>
    <message>
        <source>No sessions planned for the coming week.</source>
        <translation>Für die kommende Woche sind keine Sitzungen geplant.</translation>
    </message>
    <message>
        <source>Agreements waiting for signatures</source>
        <translation>Vereinbarungen, die auf Unterschriften warten</translation>
    </message>
    <message>
        <source>No agreement is waiting for a signature.</source>
        <translation>Keine Vereinbarung wartet auf eine Unterschrift.</translation>
    </message>
    <message>
        <source>Engagements without an active agreement</source>
        <translation>Aufträge ohne aktive Vereinbarung</translation>
    </message>
    <message>
        <source>No running engagement is without an active agreement.</source>
        <translation>Jeder laufende Auftrag hat eine aktive Vereinbarung.</translation>
    </message>
    <message>
        <source>Engagements and packages ending soon</source>
        <translation>Bald endende Aufträge und Pakete</translation>
    </message>
    <message>
        <source>No engagement or package ends in the next month.</source>
        <translation>Kein Auftrag und kein Paket endet im nächsten Monat.</translation>
    </message>
    <message>
        <source>Records past their retention period</source>
        <translation>Unterlagen nach Ablauf der Aufbewahrungsfrist</translation>
    </message>
    <message>
        <source>No client&apos;s records have passed their agreed retention.</source>
        <translation>Bei keinem Klienten ist die vereinbarte Aufbewahrungsfrist abgelaufen.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Paket: %1</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Restore the newest &amp;backup</source>
        <translation>Neueste &amp;Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Open vault</source>
        <translation>Tresor ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>The demo practice is locked</source>
        <translation>Die Demo-Praxis ist gesperrt</translation>
    </message>
    <message>
        <source>Unlock to carry on. The demo practice opens without a key or a recovery code: it holds only invented clients, so there is nothing to recover.</source>
        <translation>Entsperren Sie, um weiterzuarbeiten. Die Demo-Praxis öffnet sich ohne Schlüssel oder Wiederherstellungscode: Sie enthält nur erfundene Klienten, es gibt also nichts wiederherzustellen.</translation>
    </message>
    <message>
        <source>Your vault is locked</source>
        <translation>Ihr Tresor ist gesperrt</translation>
    </message>
    <message>
        <source>Unlock to carry on. Your key is kept in this computer&apos;s keyring.</source>
        <translation>Entsperren Sie, um weiterzuarbeiten. Ihr Schlüssel liegt im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>Use my &amp;recovery code</source>
        <translation>Meinen &amp;Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Show the vault&apos;s &amp;folder</source>
        <translation>&amp;Ordner des Tresors zeigen</translation>
    </message>
    <message>
        <source>Open &amp;without the damaged changes</source>
        <translation>Ohne die beschädigten Änderungen ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Enter your recovery code</source>
        <translation>Wiederherstellungscode eingeben</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you created your vault. Dashes and case do not matter.</source>
        <translation>Geben Sie den Wiederherstellungscode ein, den Sie beim Anlegen Ihres Tresors notiert haben. Bindestriche und Groß-/Kleinschreibung spielen keine Rolle.</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>Wiederherstellungs&amp;code</translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation>Passphrase eingeben</translation>
    </message>
    <message>
        <source>Your vault is protected by a passphrase.</source>
        <translation>Ihr Tresor ist durch eine Passphrase geschützt.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Forgot it? Use my &amp;recovery code</source>
        <translation>Vergessen? Meinen &amp;Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>CoachDesk cannot open your vault</source>
        <translation>CoachDesk kann Ihren Tresor nicht öffnen</translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Geben Sie zuerst Ihren Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Geben Sie zuerst Ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>Restoring your newest backup that checks out…</source>
        <translation>Ihre neueste intakte Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restore the newest backup that checks out: the damaged vault is kept beside it, unchanged.</source>
        <translation>Die neueste intakte Sicherung wiederherstellen: Der beschädigte Tresor wird unverändert daneben aufbewahrt.</translation>
    </message>
    <message>
        <source>CoachDesk knows of no backup of this vault. Before anything else, copy the vault&apos;s folder to a safe place.</source>
        <translation>CoachDesk kennt keine Sicherung dieses Tresors. Kopieren Sie vor allem anderen den Ordner des Tresors an einen sicheren Ort.</translation>
    </message>
    <message>
        <source>Your vault is damaged</source>
        <translation>Ihr Tresor ist beschädigt</translation>
    </message>
    <message>
        <source>CoachDesk could not read part of your vault%1, so it has locked it and is checking every page of it. This takes a moment for a large vault.</source>
        <translation>CoachDesk konnte einen Teil Ihres Tresors nicht lesen%1, hat ihn daher gesperrt und prüft jede seiner Seiten. Bei einem großen Tresor dauert das einen Moment.</translation>
    </message>
    <message>
        <source>Checking your vault…</source>
        <translation>Ihr Tresor wird geprüft…</translation>
    </message>
    <message>
        <source>Checking every page of your vault…</source>
        <translation>Jede Seite Ihres Tresors wird geprüft…</translation>
    </message>
    <message>
        <source>CoachDesk could not read part of your vault (%1), but every page and every record of it checks out. Try again; if it happens again, restore your newest backup.</source>
        <translation>CoachDesk konnte einen Teil Ihres Tresors nicht lesen (%1), aber jede Seite und jeder Datensatz darin ist intakt. Versuchen Sie es erneut; passiert es wieder, stellen Sie Ihre neueste Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Your vault could not be read</source>
        <translation>Ihr Tresor konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>it could not be read through</source>
        <translation>er ließ sich nicht vollständig lesen</translation>
    </message>
    <message>
        <source>To restore your newest backup, type your recovery code. The damaged vault is kept beside the restored one.</source>
        <translation>Um Ihre neueste Sicherung wiederherzustellen, geben Sie Ihren Wiederherstellungscode ein. Der beschädigte Tresor wird neben dem wiederhergestellten aufbewahrt.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Your vault now holds the backup of %1. The damaged vault is kept, encrypted, in the vault&apos;s folder as %2.</source>
        <translation>Ihr Tresor enthält jetzt die Sicherung vom %1. Der beschädigte Tresor bleibt verschlüsselt im Ordner des Tresors erhalten, als %2.</translation>
    </message>
    <message>
        <source>Type it to open your vault without the damaged changes.</source>
        <translation>Geben Sie ihn ein, um Ihren Tresor ohne die beschädigten Änderungen zu öffnen.</translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation>Ihr Tresor wird geöffnet…</translation>
    </message>
    <message>
        <source>No backup was restored: %1. Your vault was not changed.</source>
        <translation>Es wurde keine Sicherung wiederhergestellt: %1. Ihr Tresor wurde nicht verändert.</translation>
    </message>
    <message>
        <source>No backup opens with the key kept in this computer&apos;s keyring.</source>
        <translation>Keine Sicherung öffnet sich mit dem Schlüssel im Schlüsselbund dieses Computers.</translation>
    </message>
    <message>
        <source>CoachDesk could not open your vault: %1. It has not changed it.</source>
        <translation>CoachDesk konnte Ihren Tresor nicht öffnen: %1. Er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>CoachDesk could not open the vault (%1). Nothing was changed.</source>
        <translation>CoachDesk konnte den Tresor nicht öffnen (%1). Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 contains a character that cannot be stored; please retype it.</source>
        <translation>%1 enthält ein Zeichen, das sich nicht speichern lässt; bitte geben Sie es neu ein.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 must be a single line; what was typed or pasted here is on %2 lines.</source>
        <translation>%1 muss eine einzige Zeile sein; das hier Eingegebene oder Eingefügte umfasst %2 Zeilen.</translation>
    </message>
    <message>
        <source>%1 contains hidden characters that force the direction of the text (often picked up when copying from a web page or a chat). They would show it back to front, so they cannot be kept.</source>
        <translation>%1 enthält unsichtbare Zeichen, die die Schreibrichtung erzwingen (oft beim Kopieren aus einer Webseite oder einem Chat übernommen). Sie würden den Text rückwärts anzeigen und können daher nicht übernommen werden.</translation>
    </message>
    <message>
        <source>%1 must be a single line, without tabs or control characters.</source>
        <translation>%1 muss eine einzige Zeile sein, ohne Tabulatoren oder Steuerzeichen.</translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters; this is %3.</source>
        <translation>%1 darf höchstens %2 Zeichen lang sein; dies sind %3.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; the most CoachDesk keeps in one is %3 MB. Split it into several.</source>
        <translation>%1 hat %2 MB; CoachDesk bewahrt höchstens %3 MB pro Datei auf. Teilen Sie sie in mehrere auf.</translation>
    </message>
    <message>
        <source>%1 is needed.</source>
        <translation>%1 wird benötigt.</translation>
    </message>
    <message>
        <source>%1 is not a date (use YYYY-MM-DD).</source>
        <translation>%1 ist kein Datum (verwenden Sie JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Startdatum.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of cents.</source>
        <translation>%1 muss ein ganzer Centbetrag sein.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss eines der folgenden sein: %2.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>This computer&apos;s keyring does not hold your vault&apos;s key: type your recovery code.</source>
        <translation>Der Schlüsselbund dieses Computers enthält den Schlüssel Ihres Tresors nicht: Geben Sie Ihren Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Enter your recovery code to open your vault without the damaged changes.</source>
        <translation>Geben Sie Ihren Wiederherstellungscode ein, um Ihren Tresor ohne die beschädigten Änderungen zu öffnen.</translation>
    </message>
    <message>
        <source>This passphrase does not open this vault.</source>
        <translation>Diese Passphrase öffnet diesen Tresor nicht.</translation>
    </message>
    <message>
        <source>This code does not open this vault.</source>
        <translation>Dieser Code öffnet diesen Tresor nicht.</translation>
    </message>
    <message>
        <source>The file %1 %2. CoachDesk has left it untouched.</source>
        <translation>Die Datei %1 %2. CoachDesk hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>The vault %1 was made by a newer version of CoachDesk (format %2; this version knows up to %3). Update CoachDesk to open it. The vault has not been changed.</source>
        <translation>Der Tresor %1 wurde mit einer neueren Version von CoachDesk erstellt (Format %2; diese Version kennt bis %3). Aktualisieren Sie CoachDesk, um ihn zu öffnen. Der Tresor wurde nicht verändert.</translation>
    </message>
    <message>
        <source>A vault already exists at %1. CoachDesk will not create a new one over it.</source>
        <translation>Unter %1 gibt es bereits einen Tresor. CoachDesk legt keinen neuen darüber an.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Der Tresor ist gesperrt.</translation>
    </message>
    <message>
        <source>This copy of CoachDesk has no working SQLCipher, so it cannot encrypt your records. It will not run without it; please reinstall CoachDesk.</source>
        <translation>Dieser Installation von CoachDesk fehlt ein funktionierendes SQLCipher, daher kann sie Ihre Daten nicht verschlüsseln. Ohne SQLCipher läuft sie nicht; bitte installieren Sie CoachDesk neu.</translation>
    </message>
    <message>
        <source>The disk is full, so this change could not be saved. Everything saved before is safe. Free some space and try again.</source>
        <translation>Die Festplatte ist voll, daher konnte diese Änderung nicht gespeichert werden. Alles bisher Gespeicherte ist sicher. Schaffen Sie etwas Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>CoachDesk could not bring the vault %1 up to date (%2). The vault has not been changed.</source>
        <translation>CoachDesk konnte den Tresor %1 nicht auf den neuesten Stand bringen (%2). Der Tresor wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The vault %1 is damaged: %2. CoachDesk has not changed it.</source>
        <translation>Der Tresor %1 ist beschädigt: %2. CoachDesk hat ihn nicht verändert.</translation>
    </message>
    <message>
        <source>The record of your most recent changes (%1) is damaged at its start: opening the vault now would lose the one change in it. CoachDesk has not changed anything. You can restore your newest backup, or open the vault without the damaged changes (a copy of the damaged record is kept beside it).</source>
        <translation>Das Protokoll Ihrer letzten Änderungen (%1) ist gleich am Anfang beschädigt: Wenn Sie den Tresor jetzt öffnen, geht die eine Änderung darin verloren. CoachDesk hat nichts verändert. Sie können Ihre neueste Sicherung wiederherstellen oder den Tresor ohne die beschädigten Änderungen öffnen (eine Kopie des beschädigten Protokolls bleibt daneben erhalten).</translation>
    </message>
    <message>
        <source>The record of your most recent changes (%1) is damaged at its start: opening the vault now would lose all %2 changes in it. CoachDesk has not changed anything. You can restore your newest backup, or open the vault without the damaged changes (a copy of the damaged record is kept beside it).</source>
        <translation>Das Protokoll Ihrer letzten Änderungen (%1) ist gleich am Anfang beschädigt: Wenn Sie den Tresor jetzt öffnen, gehen alle %2 Änderungen darin verloren. CoachDesk hat nichts verändert. Sie können Ihre neueste Sicherung wiederherstellen oder den Tresor ohne die beschädigten Änderungen öffnen (eine Kopie des beschädigten Protokolls bleibt daneben erhalten).</translation>
    </message>
    <message>
        <source>The record of your most recent changes (%1) is damaged at change %2 of %3: opening the vault now would keep the changes before it and lose the rest. CoachDesk has not changed anything. You can restore your newest backup, or open the vault without the damaged changes (a copy of the damaged record is kept beside it).</source>
        <translation>Das Protokoll Ihrer letzten Änderungen (%1) ist bei Änderung %2 von %3 beschädigt: Wenn Sie den Tresor jetzt öffnen, bleiben die Änderungen davor erhalten und der Rest geht verloren. CoachDesk hat nichts verändert. Sie können Ihre neueste Sicherung wiederherstellen oder den Tresor ohne die beschädigten Änderungen öffnen (eine Kopie des beschädigten Protokolls bleibt daneben erhalten).</translation>
    </message>
    <message>
        <source>Only a vault whose key is in the keyring can change its key here. A passphrase vault changes its passphrase instead.</source>
        <translation>Nur ein Tresor, dessen Schlüssel im Schlüsselbund liegt, kann hier seinen Schlüssel ändern. Bei einem Tresor mit Passphrase ändern Sie stattdessen die Passphrase.</translation>
    </message>
    <message>
        <source>%1 The key was not changed.</source>
        <translation>%1 Der Schlüssel wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Only a passphrase vault has a passphrase to change.</source>
        <translation>Nur ein Tresor mit Passphrase hat eine Passphrase, die sich ändern lässt.</translation>
    </message>
    <message>
        <source>That is neither your current passphrase nor your recovery code.</source>
        <translation>Das ist weder Ihre aktuelle Passphrase noch Ihr Wiederherstellungscode.</translation>
    </message>
    <message>
        <source>The new passphrase is the one you have now.</source>
        <translation>Die neue Passphrase ist die, die Sie jetzt haben.</translation>
    </message>
    <message>
        <source>CoachDesk could not write beside the vault (%1); the passphrase was not changed.</source>
        <translation>CoachDesk konnte nicht neben den Tresor schreiben (%1); die Passphrase wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The vault is locked; the key was not changed.</source>
        <translation>Der Tresor ist gesperrt; der Schlüssel wurde nicht geändert.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Die Passphrase braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A passphrase cannot contain control characters.</source>
        <translation>Eine Passphrase darf keine Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A passphrase cannot be written as x&apos;…&apos;: vault tools would read it as a key. Choose another.</source>
        <translation>Eine Passphrase darf nicht die Form x&apos;…&apos; haben: Tresor-Werkzeuge würden sie als Schlüssel lesen. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>is missing. If it lives on a removable or network drive, connect it and try again</source>
        <translation>fehlt. Wenn sie auf einem Wechsel- oder Netzlaufwerk liegt, verbinden Sie es und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>is empty (0 bytes), so it is not a CoachDesk vault</source>
        <translation>ist leer (0 Byte), also kein Tresor von CoachDesk</translation>
    </message>
    <message>
        <source>is an ordinary unencrypted SQLite database, not a CoachDesk vault</source>
        <translation>ist eine gewöhnliche, unverschlüsselte SQLite-Datenbank, kein Tresor von CoachDesk</translation>
    </message>
    <message>
        <source>is truncated or is not a CoachDesk vault (its size, %1 bytes, is not a whole number of vault pages)</source>
        <translation>ist abgeschnitten oder kein Tresor von CoachDesk (ihre Größe, %1 Byte, ist keine ganze Zahl von Tresorseiten)</translation>
    </message>
    <message>
        <source>opens with this key, but holds no CoachDesk records</source>
        <translation>lässt sich mit diesem Schlüssel öffnen, enthält aber keine Daten von CoachDesk</translation>
    </message>
    <message>
        <source>opens, but holds no CoachDesk records</source>
        <translation>lässt sich öffnen, enthält aber keine Daten von CoachDesk</translation>
    </message>
    <message>
        <source>is damaged and cannot be read</source>
        <translation>ist beschädigt und kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 CoachDesk could not keep the key there, so nothing was created. Go back and choose a passphrase instead.</source>
        <translation>%1 CoachDesk konnte den Schlüssel dort nicht aufbewahren, daher wurde nichts angelegt. Gehen Sie zurück und wählen Sie stattdessen eine Passphrase.</translation>
    </message>
    <message>
        <source>CoachDesk cannot find this vault&apos;s info file, so it does not know where its key is kept. Enter your recovery code to open it.</source>
        <translation>CoachDesk findet die Infodatei dieses Tresors nicht und weiß daher nicht, wo sein Schlüssel aufbewahrt wird. Geben Sie Ihren Wiederherstellungscode ein, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation>Geben Sie Ihre Passphrase ein, um Ihren Tresor zu öffnen.</translation>
    </message>
    <message>
        <source>The info file in %1 says this is the demo practice, but the demo practice lives only in its own folder (%2), and its key is no secret. CoachDesk will not open a vault here with it. If this is your own vault, enter your recovery code to open it.</source>
        <translation>Die Infodatei in %1 gibt an, dies sei die Demo-Praxis, aber die Demo-Praxis liegt nur in ihrem eigenen Ordner (%2), und ihr Schlüssel ist kein Geheimnis. CoachDesk öffnet hier keinen Tresor damit. Wenn dies Ihr eigener Tresor ist, geben Sie Ihren Wiederherstellungscode ein, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>%1 Enter your recovery code to open your vault.</source>
        <translation>%1 Geben Sie Ihren Wiederherstellungscode ein, um Ihren Tresor zu öffnen.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring does not hold the key to your vault (a new computer, or a cleared keychain). Enter your recovery code to open it; CoachDesk will keep the key in the keyring again.</source>
        <translation>Der Schlüsselbund dieses Computers enthält den Schlüssel zu Ihrem Tresor nicht (ein neuer Computer oder ein geleerter Schlüsselbund). Geben Sie Ihren Wiederherstellungscode ein, um ihn zu öffnen; CoachDesk bewahrt den Schlüssel dann wieder im Schlüsselbund auf.</translation>
    </message>
    <message>
        <source>The key kept in this computer&apos;s keyring does not open %1. The file may be damaged, or the keyring holds a key for another vault. CoachDesk has left the file untouched. You can try your recovery code.</source>
        <translation>Der im Schlüsselbund dieses Computers aufbewahrte Schlüssel öffnet %1 nicht. Die Datei ist vielleicht beschädigt, oder der Schlüsselbund enthält einen Schlüssel für einen anderen Tresor. CoachDesk hat die Datei nicht verändert. Sie können Ihren Wiederherstellungscode versuchen.</translation>
    </message>
    <message>
        <source>A change of your passphrase was under way. Type the new passphrase you chose; if it does not open the vault, your old one will.</source>
        <translation>Eine Änderung Ihrer Passphrase war im Gange. Geben Sie die neue Passphrase ein, die Sie gewählt haben; wenn sie den Tresor nicht öffnet, tut es Ihre alte.</translation>
    </message>
    <message>
        <source>%1 (a change of your passphrase was under way: try the new passphrase first)</source>
        <translation>%1 (eine Änderung Ihrer Passphrase war im Gange: Versuchen Sie zuerst die neue Passphrase)</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>its first 16 bytes (the salt, which every page&apos;s check depends on) are damaged; every page is otherwise intact</source>
        <translation>seine ersten 16 Byte (das Salt, von dem die Prüfung jeder Seite abhängt) sind beschädigt; sonst ist jede Seite unversehrt</translation>
    </message>
    <message>
        <source>no page passes its check with this key (another key, or its first bytes damaged)</source>
        <translation>keine Seite besteht mit diesem Schlüssel ihre Prüfung (ein anderer Schlüssel, oder seine ersten Bytes sind beschädigt)</translation>
    </message>
    <message>
        <source>its first page (the one that lists what the vault holds) fails its check</source>
        <translation>seine erste Seite (die auflistet, was der Tresor enthält) besteht ihre Prüfung nicht</translation>
    </message>
    <message>
        <source>page %1 of its %2 pages fails its check</source>
        <translation>Seite %1 seiner %2 Seiten besteht ihre Prüfung nicht</translation>
    </message>
    <message>
        <source>%1 of its %2 pages fail their check (pages %3)</source>
        <translation>%1 seiner %2 Seiten bestehen ihre Prüfung nicht (Seiten %3)</translation>
    </message>
    <message>
        <source>its file could not be read (%1)</source>
        <translation>seine Datei konnte nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>every page checks out, but its records do not fit together (SQLite&apos;s own check: %1)</source>
        <translation>jede Seite ist in Ordnung, aber seine Daten passen nicht zusammen (Prüfung von SQLite selbst: %1)</translation>
    </message>
    <message>
        <source>it could not be read through</source>
        <translation>er ließ sich nicht vollständig lesen</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CoachDesk</source>
        <translation>Willkommen bei CoachDesk</translation>
    </message>
    <message>
        <source>Your practice, private and offline, in one encrypted file.</source>
        <translation>Ihre Praxis, privat und offline, in einer verschlüsselten Datei.</translation>
    </message>
    <message>
        <source>CoachDesk keeps your clients, sponsors, agreements and session notes in one encrypted vault on this computer. Nothing is sent anywhere.</source>
        <translation>CoachDesk bewahrt Ihre Klienten, Sponsoren, Vereinbarungen und Sitzungsnotizen in einem verschlüsselten Tresor auf diesem Computer auf. Nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>&amp;Start a new practice</source>
        <translation>Neue Praxis &amp;beginnen</translation>
    </message>
    <message>
        <source>&amp;Restore my practice from a backup</source>
        <translation>Meine Praxis aus einer Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Join a practice I use on another computer</source>
        <translation>Einer Praxis bei&amp;treten, die ich auf einem anderen Computer nutze</translation>
    </message>
    <message>
        <source>A new computer, or one that was wiped? Your backup folder and your recovery code bring your practice back.</source>
        <translation>Ein neuer Computer, oder einer, der zurückgesetzt wurde? Ihr Sicherungsordner und Ihr Wiederherstellungscode bringen Ihre Praxis zurück.</translation>
    </message>
    <message>
        <source>Your sync service (Syncthing, Dropbox, …) has copied the practice&apos;s folder here; the other computer shows a code in Settings.</source>
        <translation>Ihr Synchronisierungsdienst (Syncthing, Dropbox, …) hat den Ordner der Praxis hierher kopiert; der andere Computer zeigt in den Einstellungen einen Code.</translation>
    </message>
    <message>
        <source>e.g. Sam Rivera</source>
        <translation>z. B. Sam Rivera</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>&amp;Your name, as agreements, release forms and reports print it (you can change it in Settings)</source>
        <translation>&amp;Ihr Name, wie er auf Vereinbarungen, Freigabeformularen und Berichten gedruckt wird (in den Einstellungen änderbar)</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s &amp;keyring (recommended)</source>
        <translation>Schlüssel im &amp;Schlüsselbund dieses Computers aufbewahren (empfohlen)</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase I type at every start</source>
        <translation>Eine &amp;Passphrase verwenden, die ich bei jedem Start eingebe</translation>
    </message>
    <message>
        <source>CoachDesk will open without asking while you are logged in to this computer.</source>
        <translation>CoachDesk öffnet sich ohne Nachfrage, solange Sie an diesem Computer angemeldet sind.</translation>
    </message>
    <message>
        <source>You can still protect your vault with a passphrase: CoachDesk will ask for it each time it starts.</source>
        <translation>Sie können Ihren Tresor trotzdem mit einer Passphrase schützen: CoachDesk fragt bei jedem Start danach.</translation>
    </message>
    <message>
        <source>Your practice will be restored here:
%1</source>
        <translation>Ihre Praxis wird hier wiederhergestellt:
%1</translation>
    </message>
    <message>
        <source>Your vault will be created here:
%1</source>
        <translation>Ihr Tresor wird hier angelegt:
%1</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>How a sponsor &amp;report is made</source>
        <translation>Wie ein Sponsor-&amp;Bericht entsteht</translation>
    </message>
</context>
<context>
    <name>WrappedRows</name>
    <message>
        <source>Show it in the agreement&apos;s words</source>
        <translation>Im Wortlaut der Vereinbarung zeigen</translation>
    </message>
</context>
<context>
    <name>_Writer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="obsolete">Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>CoachDesk hit an unexpected problem. Everything saved before is safe in your vault. If it happens again, please restart CoachDesk.</source>
        <translation>CoachDesk ist auf ein unerwartetes Problem gestoßen. Alles, was zuvor gespeichert wurde, ist sicher in Ihrem Tresor. Wenn es erneut passiert, starten Sie CoachDesk bitte neu.</translation>
    </message>
    <message>
        <source>CoachDesk could not read from or save to your vault: %1. What you were doing when it happened may not have been saved, and CoachDesk cannot tell from here whether anything else in the vault is affected. Restart CoachDesk: it checks your vault as it opens it, and says so if it is damaged.</source>
        <translation>CoachDesk konnte nicht aus Ihrem Tresor lesen oder darin speichern: %1. Was Sie gerade getan haben, wurde möglicherweise nicht gespeichert, und CoachDesk kann von hier aus nicht erkennen, ob sonst etwas im Tresor betroffen ist. Starten Sie CoachDesk neu: Es prüft Ihren Tresor beim Öffnen und meldet, falls er beschädigt ist.</translation>
    </message>
    <message>
        <source>CoachDesk cannot start</source>
        <translation>CoachDesk kann nicht starten</translation>
    </message>
    <message>
        <source>CoachDesk cannot use the folder %1 for your vault (%2). Choose another folder (start CoachDesk with --home and a folder of your own).</source>
        <translation>CoachDesk kann den Ordner %1 nicht für Ihren Tresor verwenden (%2). Wählen Sie einen anderen Ordner (starten Sie CoachDesk mit --home und einem eigenen Ordner).</translation>
    </message>
    <message>
        <source>CoachDesk is already open</source>
        <translation>CoachDesk ist bereits geöffnet</translation>
    </message>
    <message>
        <source>CoachDesk is already open with this vault in another window. Switch to it, or close it before starting CoachDesk again.</source>
        <translation>CoachDesk ist mit diesem Tresor bereits in einem anderen Fenster geöffnet. Wechseln Sie dorthin oder schließen Sie es, bevor Sie CoachDesk erneut starten.</translation>
    </message>
</context>
<context>
    <name>folders</name>
    <message>
        <source>Other accounts on this computer can add or change files in the folder %1. Choose a folder of your own that only you can write in (for example a new folder in your Dropbox or Syncthing folder).</source>
        <translation>Andere Benutzerkonten auf diesem Computer können im Ordner %1 Dateien hinzufügen oder ändern. Wählen Sie einen eigenen Ordner, in den nur Sie schreiben können (zum Beispiel einen neuen Ordner in Ihrem Dropbox- oder Syncthing-Ordner).</translation>
    </message>
    <message>
        <source>CoachDesk cannot find the folder %1. Connect its drive, or choose another folder.</source>
        <translation>CoachDesk findet den Ordner %1 nicht. Schließen Sie sein Laufwerk an, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 holds your vault or is inside its folder. Choose a folder apart from it, for example a new folder in your Dropbox or Syncthing folder: a sync service copying the vault file while CoachDesk writes it would damage it.</source>
        <translation>Der Ordner %1 enthält Ihren Tresor oder liegt in dessen Ordner. Wählen Sie einen Ordner getrennt davon, zum Beispiel einen neuen Ordner in Ihrem Dropbox- oder Syncthing-Ordner: Ein Synchronisierungsdienst, der die Tresordatei kopiert, während CoachDesk sie schreibt, würde sie beschädigen.</translation>
    </message>
    <message>
        <source>The folder %1 is where your backups go. Choose a folder of its own for syncing, so that backups and change files never mix.</source>
        <translation>In den Ordner %1 gehen Ihre Sicherungen. Wählen Sie für die Synchronisierung einen eigenen Ordner, damit sich Sicherungen und Änderungsdateien nie vermischen.</translation>
    </message>
    <message>
        <source>CoachDesk cannot write in the folder %1. Choose a folder of yours that CoachDesk may write in.</source>
        <translation>CoachDesk kann im Ordner %1 nicht schreiben. Wählen Sie einen Ihrer Ordner, in dem CoachDesk schreiben darf.</translation>
    </message>
</context>
<context>
    <name>issuer</name>
    <message>
        <source>Invoices are issued on one computer of this practice, so their numbers run without gaps, and it is not this one. Issue the invoice on that computer, or hand the role to this computer from there.</source>
        <translation>Rechnungen werden auf einem einzigen Computer dieser Praxis ausgestellt, damit ihre Nummern lückenlos fortlaufen, und das ist nicht dieser. Stellen Sie die Rechnung auf jenem Computer aus, oder übergeben Sie die Rolle von dort an diesen Computer.</translation>
    </message>
    <message>
        <source>That computer has not synced with this one yet: sync it once, then hand it the role.</source>
        <translation>Dieser Computer hat sich noch nicht mit diesem abgeglichen: Gleichen Sie ihn einmal ab und übergeben Sie ihm dann die Rechnungsstellung.</translation>
    </message>
    <message>
        <source>The computer that issues invoices is not marked as gone: only it can hand the role over.</source>
        <translation>Der Computer, der Rechnungen ausstellt, ist nicht als weg markiert: Nur er kann die Rechnungsstellung abgeben.</translation>
    </message>
    <message>
        <source>Some of the changes the lost computer sent have not arrived here yet: sync this computer, then take the role back.</source>
        <translation>Einige Änderungen, die der verlorene Computer gesendet hat, sind hier noch nicht eingetroffen: Synchronisieren Sie diesen Computer und übernehmen Sie dann die Rechnungsstellung.</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <source>not a CoachDesk bundle name (a sync tool&apos;s temporary or conflicted copy is ignored)</source>
        <translation type="vanished">kein Name einer CoachDesk-Datei (temporäre Dateien und Konfliktkopien eines Synchronisierungsprogramms werden ignoriert)</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>is incomplete or cut short (still arriving, or damaged)</source>
        <translation>ist unvollständig oder abgeschnitten (kommt noch an oder ist beschädigt)</translation>
    </message>
    <message>
        <source>does not open with this practice&apos;s sync key (another practice&apos;s bundle, or damaged)</source>
        <translation type="vanished">lässt sich mit dem Synchronisierungsschlüssel dieser Praxis nicht öffnen (Datei einer anderen Praxis oder beschädigt)</translation>
    </message>
    <message>
        <source>not a CoachDesk change file (a sync tool&apos;s temporary or conflicted copy is ignored)</source>
        <translation>keine Änderungsdatei von CoachDesk (temporäre Dateien und Konfliktkopien eines Synchronisierungsprogramms werden ignoriert)</translation>
    </message>
    <message>
        <source>does not open with this practice&apos;s pairing code (written by another practice, or changed since)</source>
        <translation>lässt sich mit dem Kopplungscode dieser Praxis nicht öffnen (von einer anderen Praxis geschrieben oder seitdem verändert)</translation>
    </message>
    <message>
        <source>was changed or damaged after it was written</source>
        <translation>wurde nach dem Schreiben verändert oder beschädigt</translation>
    </message>
    <message>
        <source>was written by a newer CoachDesk: update CoachDesk on this computer to receive it</source>
        <translation>wurde von einer neueren CoachDesk-Version geschrieben: Aktualisieren Sie CoachDesk auf diesem Computer, um sie zu übernehmen</translation>
    </message>
    <message>
        <source>belongs to another practice</source>
        <translation>gehört zu einer anderen Praxis</translation>
    </message>
    <message>
        <source>is not where its computer wrote it (moved or copied by hand)</source>
        <translation>liegt nicht dort, wo ihr Computer sie geschrieben hat (von Hand verschoben oder kopiert)</translation>
    </message>
    <message>
        <source>not a CoachDesk computer&apos;s folder</source>
        <translation>kein Ordner eines CoachDesk-Computers</translation>
    </message>
    <message>
        <source>carries a time more than a day ahead of this computer&apos;s clock: check the date and time on both computers</source>
        <translation>trägt eine Zeit, die der Uhr dieses Computers mehr als einen Tag voraus ist: Prüfen Sie Datum und Uhrzeit auf beiden Computern</translation>
    </message>
    <message>
        <source>The folder %1 in the sync folder is a link or not a folder. CoachDesk writes its change files only in folders of its own: remove it, and sync again.</source>
        <translation>Der Ordner %1 im Synchronisierungsordner ist eine Verknüpfung oder kein Ordner. CoachDesk schreibt seine Änderungsdateien nur in eigene Ordner: Entfernen Sie ihn und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>comes from a computer marked as gone: it is not applied (to use that computer again, join the practice from it as a new computer)</source>
        <translation type="vanished">stammt von einem als weg markierten Computer: Sie wird nicht übernommen (um diesen Computer wieder zu nutzen, treten Sie der Praxis von ihm aus als neuer Computer bei)</translation>
    </message>
    <message>
        <source>comes from a computer marked as gone: it is not applied (if that was a mistake, choose &quot;Not gone after all…&quot; for it in Settings; else join the practice from it as a new computer)</source>
        <translation>stammt von einem als weg markierten Computer: Sie wird nicht übernommen (war das ein Irrtum, wählen Sie in den Einstellungen „Doch nicht weg…“ für ihn; sonst treten Sie der Praxis von ihm aus als neuer Computer bei)</translation>
    </message>
    <message>
        <source>Only another computer can be marked as gone.</source>
        <translation>Nur ein anderer Computer kann als weg markiert werden.</translation>
    </message>
    <message>
        <source>That computer is not one of this practice&apos;s computers.</source>
        <translation>Dieser Computer gehört nicht zu dieser Praxis.</translation>
    </message>
    <message>
        <source>This computer cannot bring itself back: what it sends is not taken in. Bring it back on another computer of the practice.</source>
        <translation>Dieser Computer kann sich nicht selbst zurückholen: Was er sendet, wird nicht übernommen. Holen Sie ihn auf einem anderen Computer der Praxis zurück.</translation>
    </message>
    <message>
        <source>Bring that computer back on computer %1, where it was marked as gone: it issues the practice&apos;s invoices, and invoicing may have been taken back on another computer since, which this one has not heard of yet.</source>
        <translation>Holen Sie diesen Computer auf Computer %1 zurück, wo er als weg markiert wurde: Er stellt die Rechnungen der Praxis aus, und die Rechnungsstellung wurde seitdem vielleicht auf einem anderen Computer zurückgenommen, wovon dieser hier noch nichts weiß.</translation>
    </message>
    <message>
        <source>That computer cannot be brought back: while it was marked as gone, invoicing moved to another computer, so invoices it issued since may carry numbers given again. To use it again, join the practice from it as a new computer.</source>
        <translation>Der gewählte Computer kann nicht zurückgeholt werden: Während er als weg markiert war, ist die Rechnungsstellung zu einem anderen Computer gewechselt, daher können Rechnungen, die er seitdem ausgestellt hat, Nummern tragen, die noch einmal vergeben wurden. Um ihn wieder zu nutzen, treten Sie der Praxis von ihm aus als neuer Computer bei.</translation>
    </message>
    <message>
        <source>does not fit the records on this computer (nothing of it was kept); CoachDesk tries again at each sync</source>
        <translation>passt nicht zu den Daten auf diesem Computer (nichts davon wurde übernommen); CoachDesk versucht es bei jeder Synchronisierung erneut</translation>
    </message>
    <message>
        <source>does not open with the practice&apos;s new pairing code: its computer still needs it (type it in Settings there), or the file is damaged</source>
        <translation type="vanished">lässt sich mit dem neuen Kopplungscode der Praxis nicht öffnen: Sein Computer braucht ihn noch (geben Sie ihn dort in den Einstellungen ein), oder die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>written before its computer had the new pairing code: type the new code in Settings on that computer</source>
        <translation>geschrieben, bevor sein Computer den neuen Kopplungscode hatte: Geben Sie den neuen Code dort in den Einstellungen ein</translation>
    </message>
    <message>
        <source>written after a new pairing code made with an earlier version of CoachDesk: let the computer that made the code sync once, then this computer asks for it in Settings (or make a new pairing code on a computer not marked as gone)</source>
        <translation>geschrieben nach einem neuen Kopplungscode, der mit einer früheren Version von CoachDesk erstellt wurde: Lassen Sie den Computer, der den Code erstellt hat, einmal synchronisieren, dann fragt dieser Computer in den Einstellungen danach (oder erstellen Sie einen neuen Kopplungscode auf einem Computer, der nicht als weg markiert ist)</translation>
    </message>
    <message>
        <source>written after a new pairing code: type the new code in Settings</source>
        <translation>nach einem neuen Kopplungscode geschrieben: Geben Sie den neuen Code in den Einstellungen ein</translation>
    </message>
</context>
<context>
    <name>translations</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
</context>
</TS>
