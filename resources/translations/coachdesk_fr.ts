<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>part of the vault is damaged</source>
        <translation>une partie du coffre est endommagée</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>le disque n’a pas pu être lu ou écrit</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the vault&apos;s file could not be written</source>
        <translation>le fichier du coffre n’a pas pu être écrit</translation>
    </message>
    <message>
        <source>the vault&apos;s file could not be opened</source>
        <translation>le fichier du coffre n’a pas pu être ouvert</translation>
    </message>
    <message>
        <source>the vault was busy</source>
        <translation>le coffre était occupé</translation>
    </message>
    <message>
        <source>a change broke one of the vault&apos;s rules</source>
        <translation>une modification a enfreint l’une des règles du coffre</translation>
    </message>
    <message>
        <source>the vault reported error %1</source>
        <translation>le coffre a signalé l’erreur %1</translation>
    </message>
    <message>
        <source>Discard what you typed for %1? It has not been saved.</source>
        <translation>Abandonner ce que vous avez saisi pour %1&#xa0;? Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Remove the hidden characters: “%1”</source>
        <translation>Retirer les caractères invisibles&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“Coaching session” only (nothing of the client)</source>
        <translation>Seulement «&#xa0;Séance de coaching&#xa0;» (rien sur le client)</translation>
    </message>
    <message>
        <source>Add the client&apos;s initials</source>
        <translation>Ajouter les initiales du client</translation>
    </message>
    <message>
        <source>Add the client&apos;s name</source>
        <translation>Ajouter le nom du client</translation>
    </message>
    <message>
        <source>Give the session&apos;s place</source>
        <translation>Indiquer le lieu de la séance</translation>
    </message>
    <message>
        <source>Calendars sync to their provider&apos;s servers and to every device you use, and may be shared with an assistant or family. An initial or a name there is a client&apos;s name outside your encrypted vault, and a place (a client&apos;s office or home) can say who it is as plainly: choose them only if you need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file</source>
        <translation>Fichier d’agenda</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Events say</source>
        <translation>Les événements indiquent</translation>
    </message>
    <message>
        <source>Your sessions from a month ago on, for any calendar (Apple, Google, Outlook, Thunderbird). Import the file again after changes: each session keeps its identity, so events are updated, not doubled, and cancelled ones are struck out. Times are in %1. Nothing from your notes, goals or fees is in it.</source>
        <translation>Vos séances à partir d’il y a un mois, pour tout agenda (Apple, Google, Outlook, Thunderbird). Importez de nouveau le fichier après des changements&#xa0;: chaque séance garde son identité, les événements sont donc mis à jour, pas dédoublés, et ceux annulés sont barrés. Les heures sont en %1. Rien de vos notes, objectifs ou tarifs n’y figure.</translation>
    </message>
    <message>
        <source>Save the calendar file</source>
        <translation>Enregistrer le fichier d’agenda</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers d’agenda (*.ics)</translation>
    </message>
    <message>
        <source>Nothing was exported: no file was chosen.</source>
        <translation>Rien n’a été exporté&#xa0;: aucun fichier n’a été choisi.</translation>
    </message>
    <message numerus="yes">
        <source>Saved to %1 (sessions: %n). This export is recorded.</source>
        <translation>
            <numerusform>Enregistré dans %1 (séances&#xa0;: %n). Cet export est consigné.</numerusform>
            <numerusform>Enregistré dans %1 (séances&#xa0;: %n). Cet export est consigné.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a course</source>
        <translation>Ajouter une formation</translation>
    </message>
    <message>
        <source>this course</source>
        <translation>cette formation</translation>
    </message>
    <message>
        <source>e.g. Coaching ethics in practice</source>
        <translation>p. ex. L’éthique du coaching en pratique</translation>
    </message>
    <message>
        <source>Who gave it</source>
        <translation>Qui l’a dispensée</translation>
    </message>
    <message>
        <source> h (CCE units)</source>
        <translation> h (unités CCE)</translation>
    </message>
    <message>
        <source>Core competencies</source>
        <translation>Compétences clés</translation>
    </message>
    <message>
        <source>Coaching ethics (counts as core competencies too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource development</source>
        <translation>Développement des ressources</translation>
    </message>
    <message>
        <source>No certificate</source>
        <translation>Aucun certificat</translation>
    </message>
    <message>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Formation</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Organisme</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>H&amp;ours</source>
        <translation>&amp;Heures</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Choose the certificate</source>
        <translation>Choisir le certificat</translation>
    </message>
    <message>
        <source>Certificates (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Certificats (*.pdf *.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CoachDesk could not read %1 (%2). Choose the file again.</source>
        <translation>CoachDesk n’a pas pu lire %1 (%2). Choisissez de nouveau le fichier.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>&amp;Pronouns</source>
        <translation>&amp;Pronoms</translation>
    </message>
    <message>
        <source>e.g. she/her, they/them</source>
        <translation>p. ex. elle, il, iel</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Postal a&amp;ddress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for invoices: street, town, postcode, country, one a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>ce client</translation>
    </message>
    <message>
        <source>May be na&amp;med in my credential log, agreed on</source>
        <translation>Peut être &amp;nommé dans mon journal de coaching, accord du</translation>
    </message>
    <message>
        <source>Naming agreed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential log entry</source>
        <translation>Entrée du journal de coaching</translation>
    </message>
    <message>
        <source>this log entry</source>
        <translation>cette entrée du journal</translation>
    </message>
    <message>
        <source>%1 agreed to be named in my credential log</source>
        <translation>%1 a accepté d’être nommé dans mon journal de coaching</translation>
    </message>
    <message>
        <source>Individual coaching</source>
        <translation>Coaching individuel</translation>
    </message>
    <message>
        <source>Group coaching</source>
        <translation>Coaching de groupe</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personnes</translation>
    </message>
    <message>
        <source>As the fee says: paid</source>
        <translation>Selon le tarif&#xa0;: rémunéré</translation>
    </message>
    <message>
        <source>As the fee says: pro bono (no fee)</source>
        <translation>Selon le tarif&#xa0;: pro bono (gratuit)</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Rémunéré</translation>
    </message>
    <message>
        <source>Pro bono</source>
        <translation>Pro bono</translation>
    </message>
    <message>
        <source>A fee of 0 is pro bono, any other fee is paid (a sponsor&apos;s payment included). Choose here when this engagement is otherwise.</source>
        <translation>Un tarif de 0 est pro bono, tout autre tarif est rémunéré (paiement par un sponsor compris). Choisissez ici si cet accompagnement fait exception.</translation>
    </message>
    <message>
        <source>&amp;Agreed on</source>
        <translation>&amp;Accord du</translation>
    </message>
    <message>
        <source>&amp;Coaching</source>
        <translation>&amp;Coaching</translation>
    </message>
    <message>
        <source>&amp;Hours are</source>
        <translation>Les &amp;heures sont</translation>
    </message>
    <message>
        <source>Without the client&apos;s agreement the log lists them as a confidential client, with the sponsor contact&apos;s email where there is one.</source>
        <translation>Sans l’accord du client, le journal le mentionne comme client confidentiel, avec l’e-mail du contact chez le sponsor s’il y en a un.</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <source>this invoice</source>
        <translation>cette facture</translation>
    </message>
    <message>
        <source>Issue invoice</source>
        <translation>Émettre la facture</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address and contact are not in Settings → Invoices yet: the invoice will carry only your name. Add them there first if it should carry them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <source>e.g. VAT or Sales tax</source>
        <translation>p. ex. TVA</translation>
    </message>
    <message>
        <source>No tax line</source>
        <translation>Pas de ligne de taxe</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates, minutes and sums only: no notes, goals or places. The number is given when you issue the invoice; it is never changed or reused (a mistake is voided, and stays on the list as voided).</source>
        <translation>Dates, minutes et montants uniquement&#xa0;: ni notes, ni objectifs, ni lieux. Le numéro est attribué à l’émission de la facture&#xa0;; il n’est jamais modifié ni réutilisé (une erreur est annulée, et reste dans la liste comme annulée).</translation>
    </message>
    <message>
        <source>Every held or missed session of this client is already on an invoice (a package billed whole bills its sessions). Sessions appear here once they are held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Accompagnement</translation>
    </message>
    <message>
        <source>&amp;Bill to</source>
        <translation>&amp;Facturer à</translation>
    </message>
    <message>
        <source>For the &amp;attention of</source>
        <translation>À l’atte&amp;ntion de</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>&amp;Invoice date</source>
        <translation>&amp;Date de facture</translation>
    </message>
    <message>
        <source>&amp;Tax</source>
        <translation>&amp;Taxe</translation>
    </message>
    <message>
        <source>In all</source>
        <translation>Au total</translation>
    </message>
    <message>
        <source>%1 (the sponsor)</source>
        <translation>%1 (le sponsor)</translation>
    </message>
    <message numerus="yes">
        <source>Bill the whole package now: %n sessions for %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Personne en particulier</translation>
    </message>
    <message>
        <source>Billed to the client, not the sponsor. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sponsor has no postal address yet: the invoice will go without one. Add it on the sponsor&apos;s page first if it should carry one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No postal address for this client yet: the invoice will go without one. Add it with Edit details on the client&apos;s page first if it should carry one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sessions: %n</source>
        <translation>
            <numerusform>Séances&#xa0;: %n</numerusform>
            <numerusform>Séances&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>The whole package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtotal %1</source>
        <translation>sous-total %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>Mark paid</source>
        <translation>Marquer payée</translation>
    </message>
    <message>
        <source>&amp;Paid on</source>
        <translation>&amp;Payée le</translation>
    </message>
    <message>
        <source>Invoice %1, %2, due %3.</source>
        <translation>Facture %1, %2, échéance le %3.</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Annuler la facture</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>le motif</translation>
    </message>
    <message>
        <source>e.g. Wrong address; issued again as the next number</source>
        <translation>p. ex. Mauvaise adresse&#xa0;; émise de nouveau sous le numéro suivant</translation>
    </message>
    <message>
        <source>Log a data-protection request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. passport seen on a video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1. The deadline is one month after the day it arrived; you may extend it once by two months, telling the client why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ceived on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Identity checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note on the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend by two months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. records across three engagements to go through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due on %1 (%2). Extended, it is due on %3. Tell the client within the first month, with this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. corrected her email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as disclosure D-%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Mention</translation>
    </message>
    <message>
        <source>Invoice %1 stays on the list under its number, marked voided, and nothing is due on it. This cannot be undone. Its sessions can go on a new invoice, which takes the next number.</source>
        <translation>La facture %1 reste dans la liste sous son numéro, marquée annulée, et plus rien n’est dû à ce titre. C’est irréversible. Ses séances peuvent figurer sur une nouvelle facture, qui prend le numéro suivant.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed (the client did not come)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>cette séance</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Online, the client&apos;s office, …</source>
        <translation>En ligne, bureau du client, …</translation>
    </message>
    <message>
        <source>As the session keeps it. The engagement&apos;s fee: %1</source>
        <translation>Tel que la séance l’a conservé. Tarif de l’accompagnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>its fee, or the engagement&apos;s word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is on invoice %1: void the invoice first to change its date, minutes or status. Its time of day and place may change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;Minutes</source>
        <translation>&amp;Minutes</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>This session is billed on invoice %1: void the invoice first to make it pro bono.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes of a held session are the ones the tax export shows.</source>
        <translation>Les minutes d’une séance effectuée sont celles que montre l’export fiscal.</translation>
    </message>
    <message>
        <source>&amp;Credential log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro bono: %1 not charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A held or missed session has already happened: change its date, or mark it planned.</source>
        <translation>Une séance effectuée ou manquée a déjà eu lieu&#xa0;: changez sa date, ou marquez-la prévue.</translation>
    </message>
    <message>
        <source>End of session</source>
        <translation>Fin de séance</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>&amp;Leave it as it is</source>
        <translation>&amp;Laisser tel quel</translation>
    </message>
    <message>
        <source>&amp;Back to the note</source>
        <translation>&amp;Retour à la note</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes to keep</source>
        <translation>Minutes à conserver</translation>
    </message>
    <message>
        <source>&amp;Held</source>
        <translation>&amp;Effectuée</translation>
    </message>
    <message>
        <source>M&amp;issed (the client did not come)</source>
        <translation>Ma&amp;nquée (le client n’est pas venu)</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesurées</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévues</translation>
    </message>
    <message>
        <source>&amp;Minutes to keep</source>
        <translation>&amp;Minutes à conserver</translation>
    </message>
    <message>
        <source>The session was</source>
        <translation>La séance a été</translation>
    </message>
    <message>
        <source>The minutes kept here are the ones the tax export shows. A missed session keeps its planned minutes.</source>
        <translation>Les minutes conservées ici sont celles que montre l’export fiscal. Une séance manquée conserve ses minutes prévues.</translation>
    </message>
    <message>
        <source>CoachDesk locked at %1 while your session with %2 (%3) was open.</source>
        <translation>CoachDesk s’est verrouillé à %1 alors que votre séance avec %2 (%3) était ouverte.</translation>
    </message>
    <message>
        <source>CoachDesk was closed at %1 while your session with %2 (%3) was open.</source>
        <translation>CoachDesk a été fermé à %1 alors que votre séance avec %2 (%3) était ouverte.</translation>
    </message>
    <message numerus="yes">
        <source>Your note was saved. The session was kept as held for %n min, as measured (planned: %1 min).</source>
        <translation>
            <numerusform>Votre note a été enregistrée. La séance a été conservée comme effectuée, pour %n min mesurées (prévues&#xa0;: %1 min).</numerusform>
            <numerusform>Votre note a été enregistrée. La séance a été conservée comme effectuée, pour %n min mesurées (prévues&#xa0;: %1 min).</numerusform>
        </translation>
    </message>
    <message>
        <source>Review it now to correct the minutes, or to mark it missed? You can also change it later: Edit session… on the client&apos;s Sessions tab.</source>
        <translation>La revoir maintenant pour corriger les minutes ou la marquer manquée&#xa0;? Vous pourrez aussi la modifier plus tard&#xa0;: Modifier la séance… dans l’onglet Séances du client.</translation>
    </message>
    <message>
        <source>A session was cut short</source>
        <translation>Une séance a été interrompue</translation>
    </message>
    <message>
        <source>Review the session…</source>
        <translation>Revoir la séance…</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>Laisser tel quel</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <source>e.g. Acme Ltd</source>
        <translation>p. ex. Acme SA</translation>
    </message>
    <message>
        <source>&amp;Billing name</source>
        <translation>Nom de &amp;facturation</translation>
    </message>
    <message>
        <source>who invoices go to</source>
        <translation>destinataire des factures</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Street, town, postcode, country: one a line</source>
        <translation>Rue, ville, code postal, pays&#xa0;: un par ligne</translation>
    </message>
    <message>
        <source>New sponsor</source>
        <translation>Nouveau sponsor</translation>
    </message>
    <message>
        <source>this sponsor</source>
        <translation>ce sponsor</translation>
    </message>
    <message>
        <source>Edit sponsor</source>
        <translation>Modifier le sponsor</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <source>e.g. HR business partner</source>
        <translation>p. ex. RRH, partenaire métier</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>this contact</source>
        <translation>ce contact</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CoachDesk could not write %1 (%2). Nothing was exported.</source>
        <translation>CoachDesk n’a pas pu écrire %1 (%2). Rien n’a été exporté.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Afficher dans le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No file manager answered. The file is in %1</source>
        <translation>Aucun gestionnaire de fichiers n’a répondu. Le fichier se trouve dans %1</translation>
    </message>
    <message>
        <source>No app to open it answered. The file is in %1</source>
        <translation>Aucune application n’a répondu pour l’ouvrir. Le fichier se trouve dans %1</translation>
    </message>
    <message>
        <source>Closed when CoachDesk locked, with changes that were not saved: %1. Those changes need entering again.</source>
        <translation>Fermé au verrouillage de CoachDesk, avec des modifications non enregistrées&#xa0;: %1. Ces modifications sont à saisir de nouveau.</translation>
    </message>
    <message>
        <source>What was saved before is safe.</source>
        <translation>Ce qui était déjà enregistré est en sécurité.</translation>
    </message>
    <message>
        <source>A note was not saved</source>
        <translation>Une note n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Unsaved changes were discarded</source>
        <translation>Modifications non enregistrées abandonnées</translation>
    </message>
    <message>
        <source>%1 per session</source>
        <translation>%1 par séance</translation>
    </message>
    <message numerus="yes">
        <source>%1 for the engagement (planned sessions: %n)</source>
        <translation>
            <numerusform>%1 pour l’accompagnement (séances prévues&#xa0;: %n)</numerusform>
            <numerusform>%1 pour l’accompagnement (séances prévues&#xa0;: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for the engagement</source>
        <translation>%1 pour l’accompagnement</translation>
    </message>
    <message numerus="yes">
        <source>%1 for a package (sessions: %n), to be used by %2</source>
        <translation>
            <numerusform>%1 pour un forfait (séances&#xa0;: %n), à utiliser avant le %2</numerusform>
            <numerusform>%1 pour un forfait (séances&#xa0;: %n), à utiliser avant le %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 for a package (sessions: %n)</source>
        <translation>
            <numerusform>%1 pour un forfait (séances&#xa0;: %n)</numerusform>
            <numerusform>%1 pour un forfait (séances&#xa0;: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: fee basis to confirm</source>
        <translation>%1&#xa0;: base du tarif à confirmer</translation>
    </message>
    <message numerus="yes">
        <source>In all: %1 (planned sessions: %n)</source>
        <translation>
            <numerusform>Au total&#xa0;: %1 (séances prévues&#xa0;: %n)</numerusform>
            <numerusform>Au total&#xa0;: %1 (séances prévues&#xa0;: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A session&apos;s share: %1 (planned sessions: %n)</source>
        <translation>
            <numerusform>Part d’une séance&#xa0;: %1 (séances prévues&#xa0;: %n)</numerusform>
            <numerusform>Part d’une séance&#xa0;: %1 (séances prévues&#xa0;: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No number of sessions planned: sessions carry no share of the fee.</source>
        <translation>Aucun nombre de séances prévu&#xa0;: les séances ne portent aucune part du tarif.</translation>
    </message>
    <message numerus="yes">
        <source>A session&apos;s share: %1 (sessions in the package: %n)</source>
        <translation>
            <numerusform>Part d’une séance&#xa0;: %1 (séances du forfait&#xa0;: %n)</numerusform>
            <numerusform>Part d’une séance&#xa0;: %1 (séances du forfait&#xa0;: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n used</source>
        <translation>
            <numerusform>%1 sur %n utilisées</numerusform>
            <numerusform>%1 sur %n utilisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (and %n pro bono)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every session of the package is used.</source>
        <translation>Toutes les séances du forfait sont utilisées.</translation>
    </message>
    <message>
        <source>The last session is booked.</source>
        <translation>La dernière séance est réservée.</translation>
    </message>
    <message numerus="yes">
        <source>Booked beyond the package: %n more than it holds.</source>
        <translation>
            <numerusform>Réservé au-delà du forfait&#xa0;: %n de plus que ce qu’il contient.</numerusform>
            <numerusform>Réservé au-delà du forfait&#xa0;: %n de plus que ce qu’il contient.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its last day is today.</source>
        <translation>Son dernier jour est aujourd’hui.</translation>
    </message>
    <message numerus="yes">
        <source>Its last day is %1 (days left: %n).</source>
        <translation>
            <numerusform>Son dernier jour est le %1 (jours restants&#xa0;: %n).</numerusform>
            <numerusform>Son dernier jour est le %1 (jours restants&#xa0;: %n).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its last day was %1; sessions unused: %n.</source>
        <translation>
            <numerusform>Son dernier jour était le %1&#xa0;; séances non utilisées&#xa0;: %n.</numerusform>
            <numerusform>Son dernier jour était le %1&#xa0;; séances non utilisées&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>All sessions used</source>
        <translation>Toutes les séances utilisées</translation>
    </message>
    <message>
        <source>Booked beyond it</source>
        <translation>Réservé au-delà</translation>
    </message>
    <message>
        <source>Last session booked</source>
        <translation>Dernière séance réservée</translation>
    </message>
    <message>
        <source>Last day near</source>
        <translation>Dernier jour proche</translation>
    </message>
    <message>
        <source>Last day passed</source>
        <translation>Dernier jour passé</translation>
    </message>
    <message numerus="yes">
        <source>Last day: %1 (days left: %n)</source>
        <translation>
            <numerusform>Dernier jour&#xa0;: %1 (jours restants&#xa0;: %n)</numerusform>
            <numerusform>Dernier jour&#xa0;: %1 (jours restants&#xa0;: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>The client&apos;s</source>
        <translation>Au client</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>À vous</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>due %1, overdue</source>
        <translation>pour le %1, en retard</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>pour le %1</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>noté le %1</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Marquer comme fait</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>payée le %1</translation>
    </message>
    <message>
        <source>voided %1</source>
        <translation>annulée le %1</translation>
    </message>
    <message>
        <source>Issued %1 · %2</source>
        <translation>Émise le %1 · %2</translation>
    </message>
    <message>
        <source>New &amp;invoice…</source>
        <translation>Nouvelle &amp;facture…</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Mark pai&amp;d…</source>
        <translation>Marquer &amp;payée…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>A&amp;nnuler…</translation>
    </message>
    <message>
        <source>No invoices yet.
An invoice bills held sessions: their dates, minutes and fees, never what was said. Numbers run on without a gap each year.</source>
        <translation>Aucune facture pour l’instant.
Une facture porte sur des séances effectuées&#xa0;: leurs dates, minutes et tarifs, jamais ce qui s’y est dit. Les numéros se suivent sans trou chaque année.</translation>
    </message>
    <message>
        <source>New invoice…</source>
        <translation>Nouvelle facture…</translation>
    </message>
    <message>
        <source>Mark un&amp;paid</source>
        <translation>Marquer &amp;impayée</translation>
    </message>
    <message>
        <source>Invoice %1 issued. Save its PDF to send it.</source>
        <translation>Facture %1 émise. Enregistrez son PDF pour l’envoyer.</translation>
    </message>
    <message>
        <source>Save the invoice</source>
        <translation>Enregistrer la facture</translation>
    </message>
    <message>
        <source>Invoice %1 saved to %2. This export is recorded.</source>
        <translation>Facture %1 enregistrée dans %2. Cet export est consigné.</translation>
    </message>
    <message>
        <source>Mark unpaid</source>
        <translation>Marquer impayée</translation>
    </message>
    <message>
        <source>Mark invoice %1 unpaid again? Its payment on %2 is forgotten.</source>
        <translation>Marquer de nouveau la facture %1 comme impayée&#xa0;? Son paiement du %2 sera oublié.</translation>
    </message>
    <message>
        <source>Invoice %1 marked paid.</source>
        <translation>Facture %1 marquée payée.</translation>
    </message>
    <message>
        <source>Invoice %1 voided.</source>
        <translation>Facture %1 annulée.</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>No sponsor: the client pays</source>
        <translation>Pas de sponsor&#xa0;: le client paie</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>open</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Forfait&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fee %1</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <source>Sessions planned: %1</source>
        <translation>Séances prévues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Goals: %1</source>
        <translation>Objectifs&#xa0;: %1</translation>
    </message>
    <message>
        <source>No goals yet</source>
        <translation>Pas encore d’objectifs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · private reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Pro bono: not billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 of %2</source>
        <translation>Signé par %1 sur %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>For %1 · %2 to %3</source>
        <translation>Pour %1 · %2 au %3</translation>
    </message>
    <message>
        <source>Next session: %1</source>
        <translation>Prochaine séance&#xa0;: %1</translation>
    </message>
    <message>
        <source>No session planned</source>
        <translation>Aucune séance prévue</translation>
    </message>
    <message>
        <source>Last held: %1</source>
        <translation>Dernière effectuée&#xa0;: %1</translation>
    </message>
    <message>
        <source>None held yet</source>
        <translation>Aucune encore effectuée</translation>
    </message>
    <message>
        <source>Exported D-%1</source>
        <translation>Exporté D-%1</translation>
    </message>
    <message>
        <source>Ready to export</source>
        <translation>Prêt à exporter</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n approved</source>
        <translation>
            <numerusform>%1 sur %n approuvé</numerusform>
            <numerusform>%1 sur %n approuvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n struck, nothing to send</source>
        <translation>
            <numerusform>%n barré, rien à envoyer</numerusform>
            <numerusform>%n barrés, rien à envoyer</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in it yet</source>
        <translation>Encore vide</translation>
    </message>
    <message>
        <source>changed since it was sent</source>
        <translation>modifié depuis l’envoi</translation>
    </message>
    <message numerus="yes">
        <source>%n struck by the client</source>
        <translation>
            <numerusform>%n barré par le client</numerusform>
            <numerusform>%n barrés par le client</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing can leave yet:</source>
        <translation>Rien ne peut encore partir&#xa0;:</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>À&#xa0;: %1</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Client&#xa0;: %1</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>Période&#xa0;: du %1 au %2</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Disclosure</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Nothing has left the vault yet. Each report you export, and each legal export, is logged here: to whom, when, why, and the exact words.</source>
        <translation>Rien n’est encore sorti du coffre. Chaque rapport exporté, et chaque export légal, est consigné ici&#xa0;: à qui, quand, pourquoi, et les mots exacts.</translation>
    </message>
    <message>
        <source>What left, to whom, and why</source>
        <translation>Ce qui est sorti, vers qui et pourquoi</translation>
    </message>
    <message>
        <source>When: %1 UTC</source>
        <translation>Quand&#xa0;: %1 UTC</translation>
    </message>
    <message>
        <source>About: %1</source>
        <translation>Concerne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Base légale&#xa0;: %1</translation>
    </message>
    <message>
        <source>File SHA-256: %1</source>
        <translation>SHA-256 du fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Session facts sent (as the agreement allows):</source>
        <translation>Éléments de séance transmis (dans la limite du contrat)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>The exact words sent (%n passage(s)):</source>
        <translation>
            <numerusform>Les mots exacts transmis (%n passage)&#xa0;:</numerusform>
            <numerusform>Les mots exacts transmis (%n passages)&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>What you told them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sponsor requests logged. When a sponsor asks what happens in the coaching, log it here: you see what the agreement lets them receive, and record how you answered.</source>
        <translation>Aucune demande de sponsor consignée. Quand un sponsor demande ce qui se passe dans le coaching, consignez-le ici&#xa0;: vous voyez ce que le contrat lui permet de recevoir, et notez votre réponse.</translation>
    </message>
    <message>
        <source>Log a request…</source>
        <translation>Consigner une demande…</translation>
    </message>
    <message>
        <source>Your address and contact, as invoices show them</source>
        <translation>Votre adresse et vos coordonnées, telles que les factures les affichent</translation>
    </message>
    <message>
        <source>VAT, GST or tax number</source>
        <translation>Numéro de TVA ou numéro fiscal</translation>
    </message>
    <message>
        <source>e.g. VAT</source>
        <translation>p. ex. TVA</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Bank account, or how clients pay you</source>
        <translation>Compte bancaire, ou comment vos clients vous paient</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Your &amp;details</source>
        <translation>Vos &amp;coordonnées</translation>
    </message>
    <message>
        <source>Ta&amp;x number</source>
        <translation>Numéro &amp;fiscal</translation>
    </message>
    <message>
        <source>Tax &amp;line</source>
        <translation>&amp;Ligne de taxe</translation>
    </message>
    <message>
        <source>Days to &amp;pay</source>
        <translation>&amp;Délai de paiement</translation>
    </message>
    <message>
        <source>How to pa&amp;y</source>
        <translation>&amp;Moyen de paiement</translation>
    </message>
    <message>
        <source>Copied onto each invoice as it is issued: a change here never alters an invoice already issued.</source>
        <translation>Recopié sur chaque facture à son émission&#xa0;: un changement ici ne modifie jamais une facture déjà émise.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Nouveau modèle</translation>
    </message>
    <message>
        <source>Remove template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>The template&apos;s name</source>
        <translation>Le nom du modèle</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>The template&apos;s sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Who may see it</source>
        <translation>Qui peut la voir</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Amorce</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Add &amp;section</source>
        <translation>Ajouter une &amp;section</translation>
    </message>
    <message>
        <source>Remove section</source>
        <translation>Supprimer la section</translation>
    </message>
    <message>
        <source>Save &amp;template</source>
        <translation>Enregistrer le &amp;modèle</translation>
    </message>
    <message>
        <source>A session&apos;s notes start from a template. Each section says who may see what is written in it, and is kept as a note of its own. The coach&apos;s reflection is yours alone, always.</source>
        <translation>Les notes d’une séance partent d’un modèle. Chaque section indique qui peut voir ce qui y est écrit, et est conservée comme une note à part. La réflexion du coach n’appartient qu’à vous, toujours.</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>Modèles de notes</translation>
    </message>
    <message>
        <source>The coach&apos;s reflection: coach only, always</source>
        <translation>La réflexion du coach&#xa0;: réservée au coach, toujours</translation>
    </message>
    <message>
        <source>(new template)</source>
        <translation>(nouveau modèle)</translation>
    </message>
    <message>
        <source>Saved. New sessions can start from it.</source>
        <translation>Enregistré. Les nouvelles séances peuvent partir de ce modèle.</translation>
    </message>
    <message>
        <source>Removed. Notes written with it keep their sections.</source>
        <translation>Supprimé. Les notes écrites avec ce modèle gardent leurs sections.</translation>
    </message>
    <message numerus="yes">
        <source>Ended %1 · kept %n year(s), until %2</source>
        <translation>
            <numerusform>Terminé le %1 · conservé %n an, jusqu’au %2</numerusform>
            <numerusform>Terminé le %1 · conservé %n ans, jusqu’au %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Past retention</source>
        <translation>Conservation échue</translation>
    </message>
    <message>
        <source>%1 · running since %2</source>
        <translation>%1 · en cours depuis le %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>%1 · waiting for: %2</source>
        <translation>%1 · en attente de&#xa0;: %2</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>ends %1 (%2)</source>
        <translation>se termine le %1 (%2)</translation>
    </message>
    <message>
        <source>To restore your newest backup, type your recovery code.</source>
        <translation>Pour restaurer votre sauvegarde la plus récente, saisissez votre code de récupération.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring does not hold your vault&apos;s key. To restore your newest backup, type your recovery code.</source>
        <translation>Le trousseau de clés de cet ordinateur ne contient pas la clé de votre coffre. Pour restaurer votre sauvegarde la plus récente, saisissez votre code de récupération.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Checking the backup made %1…</source>
        <translation>Vérification de la sauvegarde du %1…</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <source>Replace everything in your vault with the backup made %1? What you changed since it was made will be gone from the vault. The backup checked out; your vault as it is now is kept, encrypted, in the vault&apos;s folder, so this can be undone.</source>
        <translation>Remplacer tout le contenu de votre coffre par la sauvegarde du %1&#xa0;? Ce que vous avez modifié depuis disparaîtra du coffre. La sauvegarde est intacte&#xa0;; votre coffre dans son état actuel est conservé, chiffré, dans le dossier du coffre&#xa0;: l’opération peut donc être annulée.</translation>
    </message>
    <message>
        <source>Your vault will then open with the passphrase that was in use when the backup was made, or with the recovery code you typed.</source>
        <translation>Votre coffre s’ouvrira ensuite avec la phrase secrète en usage au moment de la sauvegarde, ou avec le code de récupération que vous avez saisi.</translation>
    </message>
    <message>
        <source>Your vault will then open with the key of this backup: the recovery code you typed is the one to keep.</source>
        <translation>Votre coffre s’ouvrira ensuite avec la clé de cette sauvegarde&#xa0;: le code de récupération que vous avez saisi est celui à conserver.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record it in the requests log: Data protection → Requests log → Identity checked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request logged: due on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the access bundle (PDF; the JSON file goes beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: no file was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF and the JSON file were saved, and logged as disclosure D-%1. Once the client has both, record the access request as done today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 and the CSV file beside it. Once the client has them, record the portability request as done today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the client&apos;s data (JSON; the CSV file goes beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this client&apos;s open notes before erasing the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s), kept whole for the tax office</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the dates, lengths and fees of %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the disclosure log, without their words</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Erase the client&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1&apos;s records from the vault and from every backup in your backup folder? This cannot be undone. The law requires keeping: %2. The receipt says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Erase the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the erasure receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure receipt saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: no file was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup made %1…</source>
        <translation>Restauration de la sauvegarde du %1…</translation>
    </message>
    <message>
        <source>Unlock your vault as usual to carry on.</source>
        <translation>Déverrouillez votre coffre comme d’habitude pour continuer.</translation>
    </message>
    <message>
        <source>Your vault now holds the records of the backup made %1.</source>
        <translation>Votre coffre contient maintenant les données de la sauvegarde du %1.</translation>
    </message>
    <message>
        <source>The vault as it was before is kept, encrypted, in the vault&apos;s folder as %1.</source>
        <translation>Le coffre tel qu’il était auparavant est conservé, chiffré, dans le dossier du coffre sous le nom %1.</translation>
    </message>
    <message>
        <source>Its key is now kept in this computer&apos;s keyring.</source>
        <translation>Sa clé est maintenant conservée dans le trousseau de clés de cet ordinateur.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring could not keep its key (%1) Until it can, CoachDesk asks for your recovery code at each start.</source>
        <translation>Le trousseau de clés de cet ordinateur n’a pas pu conserver sa clé (%1). En attendant, CoachDesk vous demande votre code de récupération à chaque démarrage.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Choose a new passphrase?</source>
        <translation>Choisir une nouvelle phrase secrète&#xa0;?</translation>
    </message>
    <message>
        <source>Your vault now opens with the passphrase that was in use when the backup was made. If you do not remember it, choose a new one now: the recovery code you typed stands in for it.</source>
        <translation>Votre coffre s’ouvre maintenant avec la phrase secrète en usage au moment de la sauvegarde. Si vous ne vous en souvenez pas, choisissez-en une nouvelle maintenant&#xa0;: le code de récupération que vous avez saisi en tient lieu.</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Choisir une nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>, always</source>
        <translation>, toujours</translation>
    </message>
    <message>
        <source>Who may see this note</source>
        <translation>Qui peut voir cette note</translation>
    </message>
    <message>
        <source>Who may see this note. A sponsor sees words from it only in a report the client approved.</source>
        <translation>Qui peut voir cette note. Un sponsor n’en voit des mots que dans un rapport approuvé par le client.</translation>
    </message>
    <message>
        <source>&amp;Who may see it:</source>
        <translation>&amp;Qui peut la voir&#xa0;:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Ctrl+Tab moves on to the next control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your note. Everything saves by itself.</source>
        <translation>Écrivez votre note. Tout s’enregistre tout seul.</translation>
    </message>
    <message>
        <source>Write as you listen. Everything saves by itself.</source>
        <translation>Écrivez en écoutant. Tout s’enregistre tout seul.</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Page&#xa0;:</translation>
    </message>
    <message>
        <source>Not saved: %1 Everything you typed is still here, and saves by itself once it can.</source>
        <translation>Non enregistré&#xa0;: %1 Tout ce que vous avez saisi est toujours là, et s’enregistrera tout seul dès que possible.</translation>
    </message>
    <message>
        <source>Not saved (%2): %1 Everything you typed is still here, and saves by itself once it can.</source>
        <translation>Non enregistré (%2)&#xa0;: %1 Tout ce que vous avez saisi est toujours là, et s’enregistrera tout seul dès que possible.</translation>
    </message>
    <message>
        <source>Who may see the note: %1</source>
        <translation>Qui peut voir la note&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Modèle de note</translation>
    </message>
    <message>
        <source>One page, no sections</source>
        <translation>Une page, sans sections</translation>
    </message>
    <message>
        <source>The page this note starts from. It can change until you write the first word.</source>
        <translation>La page dont part cette note. Elle peut changer jusqu’à ce que vous écriviez le premier mot.</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fait&#xa0;: %1</translation>
    </message>
    <message>
        <source>handwritten signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electronic signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: ______________________________     Date: ________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Signed for the sponsor by %1 on %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 on %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: ______________________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: ______________________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed from CoachDesk on %1 for signing. Each printing is recorded in the coach&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PREVIEW, not a disclosure · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure %1 · exported from CoachDesk on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching progress report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to their data (Art. 15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy to take elsewhere (portability, Art. 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction (Art. 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure (Art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection to a use of their data (Art. 21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked in person, by the client I know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the email or phone the client gave me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity document was shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I called the client back to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It would reveal another person&apos;s information (such as a sponsor&apos;s own words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coach&apos;s own reflections, which the law lets me keep back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed to establish or defend a legal claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>What a sponsor asked about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words sent to others</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>In the client&apos;s approved words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each passage below was read and approved by the client, word for word, for this recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report holds only passages the client approved word for word for its recipient, and the session facts the coaching agreement allows. It is confidential to its recipient; please do not pass it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission to share coaching information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period, the session facts and the passages, word for word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period, the session facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period and the passages, word for word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report as it will be sent  ·  report code %1</source>
        <translation>Le rapport tel qu’il sera envoyé  ·  code du rapport %1</translation>
    </message>
    <message>
        <source>The session facts above come from the session records, as our coaching agreement allows (as recorded on %1). Nothing else from my coaching is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session facts are sent. Nothing else from my coaching is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I may strike out any passage before signing. I may withdraw this permission at any time by telling my coach; passages not yet sent will then not be sent. If the purpose, the period, the facts or the recipient change, I will be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage %1  ·  words code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved [  ]     Struck out [  ]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires on (optional): ________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release form printed from CoachDesk on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coach (who keeps your record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be shared with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when you withdraw it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed form kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, encrypted with your record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You withdrew this approval on %1: nothing in it is sent any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report as you approved it (report code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact words you approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else from your coaching is shared: not your session notes, and nothing you have not approved word for word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent receipt %1 · CoachDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete client record: legal release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released under a legal obligation or at the client&apos;s own request. This is not a sponsor report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Accompagnements</translation>
    </message>
    <message>
        <source>%1: %2 to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sponsor may receive: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed (nothing is sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records kept %1 years; disposal: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 min, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>coach&apos;s private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), as it stands (saved %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier version, saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excerpts written for sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports to sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To %1: %2 (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals given, with the words approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; signed form kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report as approved (report code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(approved before CoachDesk kept the approved words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed forms kept (encrypted in the vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor requests</source>
        <translation>Demandes des sponsors</translation>
    </message>
    <message>
        <source>Client record (legal release)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · legal release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was shared about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for %1 by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from your coaching has been shared with anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: %1 · Legal basis: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts from your session records, as your agreement allows: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your consent receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: approved %2 (%3) for %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index was rebuilt and the vault file compacted with secure deletion, so the removed words are not left in free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for %1 by %2 on %3, in answer to your request of %4 (GDPR Art. 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your coach&apos;s details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is used, and what for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who received any of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing about you has been disclosed to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement names a period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the engagement ends</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no period named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was withheld, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s). %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The same data, for a computer to read, is in the JSON file sent with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR Art. 30(1). Generated by CoachDesk from the practice on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(your name is not set: Settings → Your name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(your address and contact details are not set: Settings → Invoices → Your details)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes of the processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clients: %n (records held now)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sponsors&apos; people (contacts): %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsors who pay for coaching, each receiving only what its agreement names and the words the client approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sponsor pays for coaching: nothing is reported to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Courts and authorities, only under a legal obligation (legal exports so far: %n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers to other countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted backups are synced to a cloud service: %1. They are encrypted before they leave this computer; the service never holds the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None. The vault and its backups stay on this computer and drives the coach holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limits for erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement names a retention period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) name no period: kept until the coach disposes of them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s): %1 years after the engagement ends, then disposed of (vault and backups) with a receipt</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Technical and organisational security measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is kept in the operating system&apos;s keyring (%1); a recovery code, written down by the coach, replaces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is derived from a passphrase the coach types at each unlock (PBKDF2-HMAC-SHA512); a recovery code, written down by the coach, replaces it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The vault locks after %n idle minute(s), and on demand</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The vault locks on demand (no idle lock set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backups (the vault&apos;s own key) to %1; daily: %2; each copy checked before it counts; rotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup folder is chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Text copied out of CoachDesk leaves the clipboard after %n second(s) and at lock</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing about a client is written to logs, temporary files or window titles; files written outside the vault are the coach&apos;s alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is recorded in an audit trail; every disclosure is logged with the file&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>No CoachDesk backups were found in the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rewritten without this client and checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted (it could not be rewritten): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept because the law requires it (legal hold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices issued, kept whole for the tax office: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sessions&apos; dates, lengths and fees, without anything said (tax records): %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries of the disclosure log (who received a file, when, its fingerprint; not its words): %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This request&apos;s entry in the requests log (its dates and choices), to show it was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies outside CoachDesk&apos;s vault and backup folder (files exported earlier, other backups) are not reached: dispose of those yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure receipt DR-%1 · printed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, without content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session dates, lengths and fees (tax records); the log of disclosures (who received a file, when, and its fingerprint, but not its words); this disposal&apos;s record (client number, kinds, counts, date, basis). Copies outside CoachDesk&apos;s vault and backup folder (files you exported, other backups) are not reached: dispose of those yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal receipt %1 · printed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client coaching log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward the ICF %1 credential · printed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours in total</source>
        <translation>Heures au total</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>Heures rémunérées</translation>
    </message>
    <message>
        <source>Pro bono hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Hours since %1 (18 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No held sessions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <source>%1 to %2 · paid %3 h · pro bono %4 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients who did not agree to be named are listed as confidential clients, with their sponsor&apos;s contact where there is one. Hours are held sessions only; no session content is in this log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client coaching log · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose action</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sans date</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Remove this action item</source>
        <translation>Supprimer cette action</translation>
    </message>
    <message>
        <source>From last time</source>
        <translation>De la dernière fois</translation>
    </message>
    <message>
        <source>Still open. Tick what is done.</source>
        <translation>Toujours en cours. Cochez ce qui est fait.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>None yet. Add one below, or start a line with [ ] in a section the client sees.</source>
        <translation>Aucune pour l’instant. Ajoutez-en une ci-dessous, ou commencez une ligne par [ ] dans une section que le client voit.</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Your key is in this computer&apos;s keyring again: CoachDesk opens without the recovery code next time.</source>
        <translation>Votre clé est de nouveau dans le trousseau de clés de cet ordinateur&#xa0;: CoachDesk s’ouvrira sans le code de récupération la prochaine fois.</translation>
    </message>
    <message>
        <source>You opened your vault with your recovery code. If you have forgotten your passphrase, choose a new one now; the code you just typed stands in for the current one.</source>
        <translation>Vous avez ouvert votre coffre avec votre code de récupération. Si vous avez oublié votre phrase secrète, choisissez-en une nouvelle maintenant&#xa0;; le code que vous venez de saisir tient lieu de l’actuelle.</translation>
    </message>
    <message>
        <source>Your vault is damaged</source>
        <translation>Votre coffre est endommagé</translation>
    </message>
    <message>
        <source>A check found that your vault is damaged: %1. Some records may not open. Restore the newest backup that checks out? The damaged vault is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check found that your vault is damaged: %1. Make a copy of the vault&apos;s folder now, and choose a backup folder in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring your newest backup that checks out…</source>
        <translation>Restauration de votre sauvegarde intacte la plus récente…</translation>
    </message>
    <message>
        <source>Your vault now holds the backup of %1. The damaged vault is kept in the vault&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up… {percent}%</source>
        <translation>Sauvegarde… {percent} %</translation>
    </message>
    <message>
        <source>Backup made and checked: %1 (%2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoachDesk will re-encrypt your vault with a new key and give you a new recovery code to write down. Your old code will no longer open the vault.</source>
        <translation>CoachDesk va chiffrer de nouveau votre coffre avec une nouvelle clé et vous donner un nouveau code de récupération à noter. Votre ancien code n’ouvrira plus le coffre.</translation>
    </message>
    <message>
        <source>Carry on?</source>
        <translation>Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Change the vault&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation>Changer la clé</translation>
    </message>
    <message>
        <source>Changing your vault&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Les deux nouvelles phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase secrète</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten it? Your recovery code works too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoachDesk then shows a new recovery code to write down, and the one you have stops working: your passphrase makes the vault&apos;s key, so a new passphrase is a new key.</source>
        <translation>CoachDesk affiche ensuite un nouveau code de récupération à noter, et celui que vous avez cesse de fonctionner&#xa0;: votre phrase secrète produit la clé du coffre, donc une nouvelle phrase secrète est une nouvelle clé.</translation>
    </message>
    <message>
        <source>Change &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is being made: change the passphrase once it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change may not have finished: if your old passphrase does not open the vault, your new one will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backup folder is not there now (a drive not connected?): the backups in it keep the old key, and {old} still opens them.</source>
        <translation>Votre dossier de sauvegarde est introuvable pour le moment (un disque non connecté&#xa0;?)&#xa0;: les sauvegardes qu’il contient gardent l’ancienne clé, et {old} les ouvre toujours.</translation>
    </message>
    <message>
        <source>Re-encrypted with the new key too, your backups no longer open with {old}.</source>
        <translation>Chiffrées de nouveau avec la nouvelle clé, vos sauvegardes ne s’ouvriront plus avec {old}.</translation>
    </message>
    <message>
        <source>your old passphrase or recovery code</source>
        <translation>votre ancienne phrase secrète ou votre ancien code de récupération</translation>
    </message>
    <message>
        <source>your old recovery code</source>
        <translation>votre ancien code de récupération</translation>
    </message>
    <message numerus="yes">
        <source>Re-encrypt the backups too (%n in the backup folder)</source>
        <translation>
            <numerusform>Chiffrer de nouveau les sauvegardes aussi (%n dans le dossier de sauvegarde)</numerusform>
            <numerusform>Chiffrer de nouveau les sauvegardes aussi (%n dans le dossier de sauvegarde)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copies that a sync service (Dropbox, OneDrive, iCloud Drive, Google Drive…) keeps in its own version history, and copies made elsewhere, are beyond CoachDesk&apos;s reach: delete them there if your old code may have been seen.</source>
        <translation>Les copies qu’un service de synchronisation (Dropbox, OneDrive, iCloud Drive, Google Drive…) garde dans son propre historique de versions, et les copies faites ailleurs, sont hors de portée de CoachDesk&#xa0;: supprimez-les à cet endroit si votre ancien code a pu être vu.</translation>
    </message>
    <message numerus="yes">
        <source>Your vault has its new key. Re-encrypting the backups with it: {done} of %n done…</source>
        <translation>
            <numerusform>Votre coffre a sa nouvelle clé. Nouveau chiffrement des sauvegardes&#xa0;: {done} sur %n…</numerusform>
            <numerusform>Votre coffre a sa nouvelle clé. Nouveau chiffrement des sauvegardes&#xa0;: {done} sur %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new passphrase and new recovery code open them; the old ones open none.</source>
        <translation>Votre nouvelle phrase secrète et votre nouveau code de récupération les ouvrent&#xa0;; les anciens n’en ouvrent aucune.</translation>
    </message>
    <message>
        <source>Your new recovery code opens them; the old one opens none.</source>
        <translation>Votre nouveau code de récupération les ouvre&#xa0;; l’ancien n’en ouvre aucune.</translation>
    </message>
    <message numerus="yes">
        <source>Backups re-encrypted with the new key: %n.</source>
        <translation>
            <numerusform>Sauvegardes chiffrées de nouveau avec la nouvelle clé&#xa0;: %n.</numerusform>
            <numerusform>Sauvegardes chiffrées de nouveau avec la nouvelle clé&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups re-encrypted</source>
        <translation>Sauvegardes chiffrées de nouveau</translation>
    </message>
    <message>
        <source>Your backup folder {folder} was not there (a drive not connected?), so its backups were not re-encrypted: {old} still opens them.</source>
        <translation>Votre dossier de sauvegarde {folder} était introuvable (un disque non connecté&#xa0;?), ses sauvegardes n’ont donc pas été chiffrées de nouveau&#xa0;: {old} les ouvre toujours.</translation>
    </message>
    <message numerus="yes">
        <source>Backups not re-encrypted: %n. They were left as they were and may still open with {old}: delete them if it may have been seen, or keep it for them.</source>
        <translation>
            <numerusform>Sauvegardes non chiffrées de nouveau&#xa0;: %n. Elles sont restées telles quelles et peuvent encore s’ouvrir avec {old}&#xa0;: supprimez-les si quelqu’un a pu le voir, ou gardez-le pour elles.</numerusform>
            <numerusform>Sauvegardes non chiffrées de nouveau&#xa0;: %n. Elles sont restées telles quelles et peuvent encore s’ouvrir avec {old}&#xa0;: supprimez-les si quelqu’un a pu le voir, ou gardez-le pour elles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some backups keep the old key</source>
        <translation>Certaines sauvegardes gardent l’ancienne clé</translation>
    </message>
    <message>
        <source>Your vault has a new key, and its recovery code has not been confirmed as written down yet (a change was cut off, or CoachDesk closed while the code was on screen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault has a new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Votre nouveau code de récupération</translation>
    </message>
    <message>
        <source>Write this recovery code down and keep it safe; the old one no longer opens your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your %n older backup(s) still open with your old recovery code, not the new one. Keep the old code until they have rotated away. Make a backup with the new key now?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CoachDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoachDesk %1

A private, offline desk for coaches. Your records are kept in one encrypted file:
%2

SQLCipher %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;calendar file (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>&amp;Démarrer la séance</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>Nouvelle &amp;note</translation>
    </message>
    <message>
        <source>&amp;Plan a session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to all clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disclosures and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal export of the whole record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Packet for the client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispose of &amp;records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-protection re&amp;quest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Access request: review and send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data p&amp;ortability export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure req&amp;uest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New sponsor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit sponsor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print to PDF for signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write an item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lift words from a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release &amp;form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a sponsor&apos;s re&amp;quest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of &amp;processing (Art. 30)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CoachDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit report details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole record was saved and logged as disclosure %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the packet for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packet saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1, and logged as disclosure %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the notes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this client&apos;s open notes before disposing of the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Kept %n year(s) after %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Disposing of the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not disposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposal failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client&apos;s records were removed from the vault. Go over the backups and kept copies again, so none of them holds anything of this client?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the disposal receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Items removed from the vault: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups rewritten without them: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups that could not be rewritten, and were deleted: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Records disposed of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CoachDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form has changes that are not saved. %1 anyway and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(client removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOID: this invoice was voided on %1 (%2). Nothing is due on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on %1. Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the attention of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please pay by %1, quoting invoice %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 · CoachDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoachDesk could not read “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the requests &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Data-protection requests to answer (%n): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Access request: review what goes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to withhold it, then choose why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of the client&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen item, as it will be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why it is withheld…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything below goes to %1 in a PDF and a JSON file, unless you untick it. Withhold only what would reveal another person&apos;s information (a sponsor&apos;s own words) or what the law lets you keep back (your own reflections), and choose the reason: the client is told how many items were withheld from each part, and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withheld because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld: choose why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) go out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withheld</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose why the highlighted item is withheld, or tick it to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid — as the engagement&apos;s log entry says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro bono — as the engagement&apos;s log entry says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid — from the session&apos;s fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro bono — the session has no fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid — from the engagement&apos;s fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro bono — the engagement has no fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid or pro bono in the credential log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid — for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro bono — for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choice for %1. Without it (the first line): %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen: it follows %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backups go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup folder is chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No: the vault and its backups stay on this computer and drives I hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes: the backup folder is synced to a cloud service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Nextcloud at my host, in Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoachDesk writes the record from your practice: your details from Settings, the purposes, the people and data it holds, the sponsors who receive reports, the retention your agreements name and the vault&apos;s security as it runs. One thing it cannot see: %1 Are the backups synced to a cloud service (a transfer to a processor, perhaps abroad)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups in a cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings has no name for you yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings has no address or contact details for you yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings has neither your name nor your address and contact details yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record names you as the controller with your contact details, as the law asks, but %1: the record would say they are missing. Add them in Settings: Your name, and Invoices → Your details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and send the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry out the erasure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New data-protection request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or choose a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which client made the request? Then say what they asked for, when it arrived and how you knew it was them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no client yet: add the client first (Clients → New client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a client from the list: no client is called that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data-protection requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client has made a data-protection request. When one does, log it here with New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity checked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the deadline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each request is due one month after it arrived; you may extend it once by two months, with a reason the client is told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 · due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle sent as disclosure D-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>&amp;New agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreements yet.
An agreement sets out confidentiality and its limits, fees, and what the sponsor may receive. Nothing is active until every party has signed. Make one for an engagement.</source>
        <translation>Aucun contrat pour l’instant.
Un contrat fixe la confidentialité et ses limites, les tarifs, et ce que le sponsor peut recevoir. Rien n’est actif tant que toutes les parties n’ont pas signé. Établissez-en un pour un accompagnement.</translation>
    </message>
    <message>
        <source>Make an agreement</source>
        <translation>Établir un contrat</translation>
    </message>
    <message>
        <source>Record &amp;signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print for signing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the agreement as a PDF to print and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Session dates</source>
        <translation>Dates des séances</translation>
    </message>
    <message>
        <source>Hours of coaching</source>
        <translation>Heures de coaching</translation>
    </message>
    <message>
        <source>Progress, in the client&apos;s approved words</source>
        <translation>Progrès, dans les mots approuvés par le client</translation>
    </message>
    <message>
        <source>The sponsor may receive %1.</source>
        <translation>Le sponsor peut recevoir&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Save &amp;choices</source>
        <translation>Enregistrer les &amp;choix</translation>
    </message>
    <message>
        <source>Save what the sponsor may receive</source>
        <translation>Enregistrer ce que le sponsor peut recevoir</translation>
    </message>
    <message>
        <source>What the sponsor may receive</source>
        <translation>Ce que le sponsor peut recevoir</translation>
    </message>
    <message>
        <source>Required clauses</source>
        <translation>Clauses requises</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>The agreement&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>The chosen agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Needs every clause and every signature first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed agreements keep their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clause is missing from the agreement&apos;s words: add it with Edit words.</source>
        <translation>Cette clause manque dans le texte du contrat&#xa0;: ajoutez-la avec Modifier le texte.</translation>
    </message>
    <message>
        <source>Not confirmed yet, so reports send the sponsor nothing. Tick what the parties agreed and save.</source>
        <translation>Pas encore confirmé&#xa0;: les rapports ne transmettent donc rien au sponsor. Cochez ce que les parties ont convenu et enregistrez.</translation>
    </message>
    <message>
        <source>It is signed, so every party then signs again.</source>
        <translation>Il est signé&#xa0;: chaque partie signe donc de nouveau.</translation>
    </message>
    <message>
        <source>The sponsor receives nothing about the coaching.</source>
        <translation>Le sponsor ne reçoit rien sur le coaching.</translation>
    </message>
    <message>
        <source>Chosen by the parties and signed: to change it, make a new agreement.</source>
        <translation>Choisi par les parties et signé&#xa0;: pour le changer, établissez un nouveau contrat.</translation>
    </message>
    <message>
        <source>Nothing is sent unless it is ticked here. The clause&apos;s first sentence below is written from these choices.</source>
        <translation>Rien n’est transmis sans être coché ici. La première phrase de la clause ci-dessous est rédigée à partir de ces choix.</translation>
    </message>
    <message>
        <source>Confirm what the sponsor may receive</source>
        <translation>Confirmer ce que le sponsor peut recevoir</translation>
    </message>
    <message>
        <source>This agreement is signed. Confirming these terms changes what was signed: the signatures are cleared and every party signs again before the agreement is active.</source>
        <translation>Ce contrat est signé. Confirmer ces conditions modifie ce qui a été signé&#xa0;: les signatures sont effacées et chaque partie signe de nouveau avant que le contrat soit actif.</translation>
    </message>
    <message>
        <source>Confirm and ask for signatures</source>
        <translation>Confirmer et demander les signatures</translation>
    </message>
    <message>
        <source>Saved what the sponsor may receive.</source>
        <translation>Ce que le sponsor peut recevoir est enregistré.</translation>
    </message>
    <message>
        <source>Agreement drafted from the template.</source>
        <translation>Contrat rédigé à partir du modèle.</translation>
    </message>
    <message>
        <source>The agreement&apos;s words are saved.</source>
        <translation>Le texte du contrat est enregistré.</translation>
    </message>
    <message>
        <source>Signature recorded.</source>
        <translation>Signature consignée.</translation>
    </message>
    <message>
        <source>Make the agreement active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this agreement active? Its words can no longer change, and what it allows the sponsor to receive takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement is active.</source>
        <translation>Le contrat est actif.</translation>
    </message>
    <message>
        <source>Print agreement to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. This printing is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Written and signed (release form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbally: weaker, with no written record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the client&apos;s approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report as it will be sent</source>
        <translation>Le rapport tel qu’il sera envoyé</translation>
    </message>
    <message>
        <source>Report code %1 (on the release form). The approval covers this too; if the client approved it before a change, it needs approving again.</source>
        <translation>Code du rapport %1 (sur le formulaire d’autorisation). L’approbation le couvre aussi&#xa0;; si le client l’a approuvé avant une modification, il doit l’approuver de nouveau.</translation>
    </message>
    <message>
        <source>Report code %1: the client has approved it as shown.</source>
        <translation>Code du rapport %1&#xa0;: le client l’a approuvé tel qu’affiché.</translation>
    </message>
    <message>
        <source>Items the client approved, word for word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare each passage with the signed form: its words code is printed beside it on the form. The approval is recorded for the words shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage %1  ·  words code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed after the release form was printed: a signed form holds other words. Print a new form for these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on a printed release form yet: print one for these words to have them signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s name, as they gave it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed form attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the signed &amp;form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A verbal approval is allowed but weaker: the ICF suggests written permission. It is flagged in the report&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item is already approved or struck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the signed form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the items the client approved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsksBeforeDiscarding</name>
    <message>
        <source>Discard what you typed? It has not been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Keep copies of your practice</source>
        <translation>Gardez des copies de votre cabinet</translation>
    </message>
    <message>
        <source>Your vault is ready. Choose where its backups go.</source>
        <translation>Votre coffre est prêt. Choisissez où vont ses sauvegardes.</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Aucun dossier choisi pour l’instant.</translation>
    </message>
    <message>
        <source>&amp;Choose a backup folder…</source>
        <translation>&amp;Choisir un dossier de sauvegarde…</translation>
    </message>
    <message>
        <source>Not now? Finish anyway: Today reminds you until a folder is chosen, and Settings can change it at any time.</source>
        <translation>Pas maintenant&#xa0;? Terminez quand même&#xa0;: Aujourd’hui vous le rappelle tant qu’aucun dossier n’est choisi, et les Paramètres permettent de le changer à tout moment.</translation>
    </message>
    <message>
        <source>Your practice lives in one file on this computer. If the disk fails or the laptop is lost, a backup brings it back. Choose a folder on an external drive, or a folder your cloud service keeps in sync: CoachDesk keeps a copy there each day you open it, checked before it is kept.</source>
        <translation>Votre cabinet tient dans un seul fichier sur cet ordinateur. Si le disque lâche ou si l’ordinateur portable est perdu, une sauvegarde le restitue. Choisissez un dossier sur un disque externe, ou un dossier que votre service cloud synchronise&#xa0;: CoachDesk y dépose une copie chaque jour où vous l’ouvrez, vérifiée avant d’être conservée.</translation>
    </message>
    <message>
        <source>The copies are encrypted with your vault&apos;s key. Nobody can read them without your recovery code, not the drive&apos;s owner nor the sync service: keep the code, and the copies bring your practice back on any computer.</source>
        <translation>Les copies sont chiffrées avec la clé de votre coffre. Personne ne peut les lire sans votre code de récupération, ni le propriétaire du disque ni le service de synchronisation&#xa0;: gardez le code, et les copies restituent votre cabinet sur n’importe quel ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Start using CoachDesk</source>
        <translation>C&amp;ommencer à utiliser CoachDesk</translation>
    </message>
    <message>
        <source>Where should backups go?</source>
        <translation>Où placer les sauvegardes&#xa0;?</translation>
    </message>
    <message>
        <source>Backups go to %1</source>
        <translation>Les sauvegardes vont dans %1</translation>
    </message>
</context>
<context>
    <name>BackupWarning</name>
    <message>
        <source>No backups yet. Your practice lives in one file on this computer: choose a folder on an external drive or a synced folder, and CoachDesk keeps encrypted copies there that your recovery code opens.</source>
        <translation>Aucune sauvegarde pour l’instant. Votre cabinet tient dans un seul fichier sur cet ordinateur&#xa0;: choisissez un dossier sur un disque externe ou un dossier synchronisé, et CoachDesk y conserve des copies chiffrées que votre code de récupération ouvre.</translation>
    </message>
    <message>
        <source>Choose a backup folder…</source>
        <translation>Choisir un dossier de sauvegarde…</translation>
    </message>
    <message>
        <source>Your backup folder is not there now (%1): a drive not connected? Connect it, or choose another folder.</source>
        <translation>Votre dossier de sauvegarde est introuvable pour le moment (%1)&#xa0;: un disque non connecté&#xa0;? Connectez-le, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Choisir un autre dossier…</translation>
    </message>
    <message>
        <source>No backup has been made in %1 yet.</source>
        <translation>Aucune sauvegarde n’a encore été faite dans %1.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message numerus="yes">
        <source>The last backup was made on %1, %n days ago. Back up now to keep a recent copy of your practice.</source>
        <translation>
            <numerusform>La dernière sauvegarde date du %1, il y a %n jour. Sauvegardez maintenant pour garder une copie récente de votre cabinet.</numerusform>
            <numerusform>La dernière sauvegarde date du %1, il y a %n jours. Sauvegardez maintenant pour garder une copie récente de votre cabinet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Where should backups go?</source>
        <translation>Où placer les sauvegardes&#xa0;?</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Coach only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor, if client approves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided by an edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past retention</source>
        <translation>Conservation échue</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Rémunéré</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévues</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
</context>
<context>
    <name>ClausesDialog</name>
    <message>
        <source>Discard your changes to the agreement&apos;s words?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the agreement&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back &amp;missing clauses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message>
        <source>← All &amp;clients</source>
        <translation>← Tous les &amp;clients</translation>
    </message>
    <message>
        <source>&amp;Start session</source>
        <translation>&amp;Démarrer la séance</translation>
    </message>
    <message>
        <source>New &amp;note</source>
        <translation>Nouvelle &amp;note</translation>
    </message>
    <message>
        <source>&amp;Edit details</source>
        <translation>&amp;Modifier les coordonnées</translation>
    </message>
    <message>
        <source>Disclos&amp;ures</source>
        <translation>Comm&amp;unications</translation>
    </message>
    <message>
        <source>What was shared about this client, and what sponsors asked for</source>
        <translation>Ce qui a été communiqué sur ce client, et ce que les sponsors ont demandé</translation>
    </message>
    <message>
        <source>&amp;Plan session…</source>
        <translation>&amp;Planifier une séance…</translation>
    </message>
    <message>
        <source>Edit sess&amp;ion…</source>
        <translation>Modifier la sé&amp;ance…</translation>
    </message>
    <message>
        <source>Its date, minutes and status (a held session&apos;s minutes are what the tax export shows)</source>
        <translation>Sa date, ses minutes et son statut (les minutes d’une séance effectuée sont celles que montre l’export fiscal)</translation>
    </message>
    <message>
        <source>New en&amp;gagement…</source>
        <translation>Nouvel accompagnem&amp;ent…</translation>
    </message>
    <message>
        <source>E&amp;dit engagement…</source>
        <translation>Mod&amp;ifier l’accompagnement…</translation>
    </message>
    <message>
        <source>E&amp;dit goals…</source>
        <translation>Modifier les ob&amp;jectifs…</translation>
    </message>
    <message>
        <source>New &amp;agreement…</source>
        <translation>Nouveau con&amp;trat…</translation>
    </message>
    <message>
        <source>&amp;Open agreement</source>
        <translation>&amp;Ouvrir le contrat</translation>
    </message>
    <message>
        <source>New &amp;report…</source>
        <translation>Nouveau &amp;rapport…</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>&amp;Ouvrir le rapport</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Accompagnements</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>No email or phone yet</source>
        <translation>Pas encore d’e-mail ni de téléphone</translation>
    </message>
    <message>
        <source>New engagement…</source>
        <translation>Nouvel accompagnement…</translation>
    </message>
    <message>
        <source>Sessions, goals, agreements and reports belong to an engagement: its dates, sponsor and fee. Add one first.</source>
        <translation>Les séances, objectifs, contrats et rapports relèvent d’un accompagnement&#xa0;: ses dates, son sponsor et son tarif. Ajoutez-en un d’abord.</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Aucune séance pour l’instant.</translation>
    </message>
    <message>
        <source>No sessions yet.
Plan the next one, or start a session now: it is recorded as it happens.</source>
        <translation>Aucune séance pour l’instant.
Planifiez la prochaine, ou démarrez une séance maintenant&#xa0;: elle est consignée au fil de son déroulement.</translation>
    </message>
    <message>
        <source>Plan session…</source>
        <translation>Planifier une séance…</translation>
    </message>
    <message>
        <source>No open action items.
What the client or you agree to do in a session, written with [ ] or in the session&apos;s list, waits here until it is done.</source>
        <translation>Aucune action en cours.
Ce que le client ou vous convenez de faire lors d’une séance, noté avec [ ] ou dans la liste de la séance, attend ici jusqu’à ce que ce soit fait.</translation>
    </message>
    <message>
        <source>No notes yet.
What you write in a session, or on its own with New note, is kept here. Notes stay yours unless you choose to share them.</source>
        <translation>Aucune note pour l’instant.
Ce que vous écrivez pendant une séance, ou à part avec Nouvelle note, est conservé ici. Les notes restent les vôtres, sauf si vous choisissez de les partager.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>No engagement yet.
An engagement is the coaching you agreed: its dates, sponsor, fee and goals. Sessions and agreements belong to it.</source>
        <translation>Aucun accompagnement pour l’instant.
Un accompagnement, c’est le coaching convenu&#xa0;: ses dates, son sponsor, son tarif et ses objectifs. Les séances et les contrats en relèvent.</translation>
    </message>
    <message>
        <source>No goals yet.</source>
        <translation>Aucun objectif pour l’instant.</translation>
    </message>
    <message>
        <source>No goals yet.
Goals are part of the engagement, and the client sees every one.</source>
        <translation>Aucun objectif pour l’instant.
Les objectifs font partie de l’accompagnement, et le client les voit tous.</translation>
    </message>
    <message>
        <source>Add goals…</source>
        <translation>Ajouter des objectifs…</translation>
    </message>
    <message>
        <source>No agreement yet.
The agreement sets confidentiality and its limits, fees and what a sponsor may hear, signed by every party before the coaching starts.</source>
        <translation>Aucun contrat pour l’instant.
Le contrat fixe la confidentialité et ses limites, les tarifs et ce qu’un sponsor peut apprendre&#xa0;; toutes les parties le signent avant le début du coaching.</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Nouveau contrat…</translation>
    </message>
    <message>
        <source>No agreement yet.</source>
        <translation>Aucun contrat pour l’instant.</translation>
    </message>
    <message>
        <source>No reports yet.
A report tells the sponsor only what the agreement allows, in words the client approved.</source>
        <translation>Aucun rapport pour l’instant.
Un rapport ne dit au sponsor que ce que le contrat permet, dans des mots approuvés par le client.</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Nouveau rapport…</translation>
    </message>
    <message>
        <source>No reports yet.
Reports go to a sponsor, and no engagement of this client&apos;s has one: a client who pays for their own coaching needs no report.</source>
        <translation>Aucun rapport pour l’instant.
Les rapports vont à un sponsor, et aucun accompagnement de ce client n’en a&#xa0;: un client qui paie lui-même son coaching n’a pas besoin de rapport.</translation>
    </message>
    <message>
        <source>Reports go to a sponsor: add the sponsor to the engagement first</source>
        <translation>Les rapports vont à un sponsor&#xa0;: ajoutez d’abord le sponsor à l’accompagnement</translation>
    </message>
    <message>
        <source>Engagement saved.</source>
        <translation>Accompagnement enregistré.</translation>
    </message>
    <message>
        <source>Session planned for %1.</source>
        <translation>Séance planifiée le %1.</translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Séance enregistrée.</translation>
    </message>
    <message>
        <source>Agreement drafted. Open it to check its words and record the signatures.</source>
        <translation>Contrat rédigé. Ouvrez-le pour vérifier son texte et consigner les signatures.</translation>
    </message>
    <message>
        <source>Report started. Open it to write what the client approves.</source>
        <translation>Rapport commencé. Ouvrez-le pour écrire ce que le client approuve.</translation>
    </message>
    <message>
        <source>This client has no current engagement, so no session is recorded; the note is kept with the client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Add your first client (Ctrl+N)</source>
        <translation>Ajoutez votre premier client (Ctrl+N)</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Search clients by name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client saved.</source>
        <translation>Client enregistré.</translation>
    </message>
    <message>
        <source>Client added.</source>
        <translation>Client ajouté.</translation>
    </message>
    <message>
        <source>Archive client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1? Their records stay in the vault, out of the everyday list. Tick “Show archived” to see them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No client matches this search.</source>
        <translation>Aucun client ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>No clients yet.
A client is the person you coach: their details, engagements, sessions and notes all live on their page.</source>
        <translation>Aucun client pour l’instant.
Un client est la personne que vous accompagnez&#xa0;: ses coordonnées, accompagnements, séances et notes se trouvent tous sur sa page.</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest&amp;ore client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive client</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientsTable</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down on paper now. It is shown only this once.</source>
        <translation>Notez-le sur papier maintenant. Il n’est affiché que cette fois-ci.</translation>
    </message>
    <message>
        <source>I have written down my recovery code and will keep it somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this computer is lost or replaced, or its keyring is cleared, this code is the only way to open your vault. Keep it away from the laptop, as you would a spare key. CoachDesk cannot show it again or recover it for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Check your copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type two groups from what you wrote down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This makes sure your written copy is right before anything depends on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Créer mon coffre</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 is not what the code says. Check your copy (press Back to see the code again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoachDesk could not write the vault in %1 (%2). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>ICF %1 (%2 hours)</source>
        <translation>ICF %1 (%2 heures)</translation>
    </message>
    <message>
        <source>Credential worked toward</source>
        <translation>Certification visée</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>&amp;Working toward</source>
        <translation>Certification &amp;visée</translation>
    </message>
    <message>
        <source>Coaching log</source>
        <translation>Journal de coaching</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>Formation continue</translation>
    </message>
    <message>
        <source>Hours in total</source>
        <translation>Heures au total</translation>
    </message>
    <message>
        <source>Paid hours</source>
        <translation>Heures rémunérées</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Hours in the last 18 months</source>
        <translation>Heures des 18 derniers mois</translation>
    </message>
    <message>
        <source>Count hours from the start of my coach-specific &amp;training, on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>In the log as</source>
        <translation>Dans le journal comme</translation>
    </message>
    <message>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <source>Contact in the log</source>
        <translation>Contact dans le journal</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Paid h</source>
        <translation>H payées</translation>
    </message>
    <message>
        <source>Pro bono h</source>
        <translation>H pro bono</translation>
    </message>
    <message>
        <source>No held sessions yet.
The log fills itself from the sessions you hold: each engagement is a line, its hours paid or pro bono as its fee says.</source>
        <translation>Aucune séance effectuée pour l’instant.
Le journal se remplit à partir des séances que vous tenez&#xa0;: chaque accompagnement forme une ligne, ses heures rémunérées ou pro bono selon son tarif.</translation>
    </message>
    <message>
        <source>Go to clients</source>
        <translation>Aller aux clients</translation>
    </message>
    <message>
        <source>&amp;Edit entry…</source>
        <translation>&amp;Modifier l’entrée…</translation>
    </message>
    <message>
        <source>Naming consent, group size, paid or pro bono</source>
        <translation>Accord pour être nommé, taille du groupe, rémunéré ou pro bono</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>&amp;Imprimer en PDF…</translation>
    </message>
    <message>
        <source>I hold the credential, &amp;awarded or last renewed on</source>
        <translation>Je détiens la certification, &amp;obtenue ou renouvelée en dernier le</translation>
    </message>
    <message>
        <source>Awarded or last renewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>No courses yet.
Add each course with its hours (one hour is one CCE unit) and its certificate, which is kept encrypted in your vault.</source>
        <translation>Aucune formation pour l’instant.
Ajoutez chaque formation avec ses heures (une heure vaut une unité CCE) et son certificat, conservé chiffré dans votre coffre.</translation>
    </message>
    <message>
        <source>Add a course</source>
        <translation>Ajouter une formation</translation>
    </message>
    <message>
        <source>&amp;Add course…</source>
        <translation>&amp;Ajouter une formation…</translation>
    </message>
    <message>
        <source>&amp;Save certificate…</source>
        <translation>&amp;Enregistrer le certificat…</translation>
    </message>
    <message>
        <source>&amp;Remove course</source>
        <translation>&amp;Supprimer la formation</translation>
    </message>
    <message>
        <source>%1 of %2 hours</source>
        <translation>%1 sur %2 heures</translation>
    </message>
    <message numerus="yes">
        <source>%n (%1 needed)</source>
        <translation>
            <numerusform>%n (%1 requis)</numerusform>
            <numerusform>%n (%1 requis)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · met</source>
        <translation>%1 · atteint</translation>
    </message>
    <message>
        <source>Pro bono: %1 hours. The last 18 months start on %2. Each member of a group counts as a client.</source>
        <translation>Pro bono&#xa0;: %1 heures. Les 18 derniers mois commencent le %2. Chaque membre d’un groupe compte comme un client.</translation>
    </message>
    <message numerus="yes">
        <source>Group of %n</source>
        <translation>
            <numerusform>Groupe de %n</numerusform>
            <numerusform>Groupe de %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <source>Core competencies</source>
        <translation>Compétences clés</translation>
    </message>
    <message>
        <source>Coaching ethics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource development</source>
        <translation>Développement des ressources</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>ICF renews a credential every three years on %1 CCE units. Give the day yours was awarded or last renewed to see the window you are in.</source>
        <translation>L’ICF renouvelle une certification tous les trois ans sur la base de %1 unités CCE. Indiquez la date d’obtention ou du dernier renouvellement de la vôtre pour voir la période en cours.</translation>
    </message>
    <message>
        <source>Renewal window from %1, renew by %2: %3 of %4 CCE units; %5 of at least %6 in core competencies, %7 of at least %8 of them in coaching ethics; %9 in resource development.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a line of the log first.</source>
        <translation>Choisissez d’abord une ligne du journal.</translation>
    </message>
    <message>
        <source>Save the coaching log</source>
        <translation>Enregistrer le journal de coaching</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved to %1 (lines: %n). This export is recorded.</source>
        <translation>
            <numerusform>Enregistré dans %1 (lignes&#xa0;: %n). Cet export est consigné.</numerusform>
            <numerusform>Enregistré dans %1 (lignes&#xa0;: %n). Cet export est consigné.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print the coaching log to PDF</source>
        <translation>Imprimer le journal de coaching en PDF</translation>
    </message>
    <message>
        <source>Saved to %1. This export is recorded.</source>
        <translation>Enregistré dans %1. Cet export est consigné.</translation>
    </message>
    <message>
        <source>Choose a course with a certificate first.</source>
        <translation>Choisissez d’abord une formation avec un certificat.</translation>
    </message>
    <message>
        <source>Save a copy of the certificate</source>
        <translation>Enregistrer une copie du certificat</translation>
    </message>
    <message>
        <source>Certificate (*.%1)</source>
        <translation>Certificat (*.%1)</translation>
    </message>
    <message>
        <source>Choose a course first.</source>
        <translation>Choisissez d’abord une formation.</translation>
    </message>
    <message>
        <source>Remove course</source>
        <translation>Supprimer la formation</translation>
    </message>
    <message>
        <source>Remove “%1” and its certificate from the log? This cannot be undone.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et son certificat du journal&#xa0;? C’est irréversible.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type it as %1, or pick the day on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisposalDialog</name>
    <message>
        <source>Dispose of a client&apos;s records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This removes %1&apos;s records for good: %2. It also removes them from the backups in your backup folder. Session dates, lengths and fees stay for tax purposes, without any content. You will be asked where to save a disposal receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis for disposal</source>
        <translation>Motif de la suppression</translation>
    </message>
    <message>
        <source>Optional: printed on the receipt, never kept</source>
        <translation>Facultatif&#xa0;: imprimée sur l’attestation, jamais conservée</translation>
    </message>
    <message>
        <source>Note for the receipt</source>
        <translation>Mention pour l’attestation</translation>
    </message>
    <message>
        <source>The note goes on the disposal receipt only: CoachDesk keeps the basis you choose, never the note, since it could name the client.</source>
        <translation>La mention figure uniquement sur l’attestation de suppression&#xa0;: CoachDesk conserve le motif choisi, jamais la mention, car elle pourrait nommer le client.</translation>
    </message>
    <message>
        <source>I understand this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Mention</translation>
    </message>
</context>
<context>
    <name>EngagementDialog</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Client + sponsor, if client approves</source>
        <translation>Client + sponsor, si le client approuve</translation>
    </message>
    <message>
        <source>Sponsor only (hidden from the client)</source>
        <translation>Sponsor uniquement (caché au client)</translation>
    </message>
    <message>
        <source>per session</source>
        <translation>par séance</translation>
    </message>
    <message>
        <source>for the whole engagement</source>
        <translation>pour tout l’accompagnement</translation>
    </message>
    <message>
        <source>for a package of sessions</source>
        <translation>pour un forfait de séances</translation>
    </message>
    <message>
        <source>count as used</source>
        <translation>comptent comme utilisées</translation>
    </message>
    <message>
        <source>do not count</source>
        <translation>ne comptent pas</translation>
    </message>
    <message>
        <source>Edit engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Leadership coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sponsor (the client pays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose what the fee is for</source>
        <translation>choisissez à quoi correspond le tarif</translation>
    </message>
    <message>
        <source>What the fee is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned sessions</source>
        <translation>Séances &amp;prévues</translation>
    </message>
    <message>
        <source>No last day</source>
        <translation>Pas de dernier jour</translation>
    </message>
    <message>
        <source>choose: does a missed session count?</source>
        <translation>choisissez&#xa0;: une séance manquée compte-t-elle&#xa0;?</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Who may know</source>
        <translation>Qui peut le savoir</translation>
    </message>
    <message>
        <source>Add &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This fee was kept before CoachDesk asked what it is for. Say whether %1 is per session or for the whole engagement. An agreement already written keeps its words.</source>
        <translation>Ce tarif a été enregistré avant que CoachDesk demande à quoi il correspond. Précisez si %1 s’entend par séance ou pour tout l’accompagnement. Un contrat déjà rédigé garde son texte.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From, to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ee</source>
        <translation>&amp;Tarif</translation>
    </message>
    <message>
        <source>&amp;Use by</source>
        <translation>&amp;Valable jusqu’au</translation>
    </message>
    <message>
        <source>&amp;Missed sessions</source>
        <translation>Séances &amp;manquées</translation>
    </message>
    <message>
        <source>the fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Credential log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee was %1 %2: check it, now that it is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Converted: %1 %2 for %n sessions comes to %3 %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions in the &amp;package</source>
        <translation>Séances du &amp;forfait</translation>
    </message>
    <message>
        <source>What the client wants to achieve</source>
        <translation>Ce que le client veut atteindre</translation>
    </message>
    <message>
        <source>Who may know this goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EthicsGuide</name>
    <message>
        <source>How a sponsor report is made</source>
        <translation>Comment se construit un rapport au sponsor</translation>
    </message>
    <message>
        <source>1. The agreement says what the sponsor may receive</source>
        <translation>1. Le contrat dit ce que le sponsor peut recevoir</translation>
    </message>
    <message>
        <source>A three-party agreement names what may be shared with the sponsor (attendance, session dates, hours, progress in the client&apos;s approved words) and the limits of confidentiality. Nothing is active, and nothing can be reported, until every party has signed.</source>
        <translation>Un contrat tripartite précise ce qui peut être partagé avec le sponsor (présence, dates des séances, heures, progrès dans les mots approuvés par le client) et les limites de la confidentialité. Rien n’est actif, et rien ne peut être rapporté, tant que toutes les parties n’ont pas signé.</translation>
    </message>
    <message>
        <source>2. Your notes stay yours</source>
        <translation>2. Vos notes restent les vôtres</translation>
    </message>
    <message>
        <source>Session notes are private by default. A note never leaves the vault on its own: only an excerpt, written fresh or lifted from a note, can be offered for a report.</source>
        <translation>Les notes de séance sont privées par défaut. Une note ne quitte jamais le coffre d’elle-même&#xa0;: seul un extrait, écrit pour l’occasion ou repris d’une note, peut être proposé pour un rapport.</translation>
    </message>
    <message>
        <source>3. The client approves the exact words</source>
        <translation>3. Le client approuve les mots exacts</translation>
    </message>
    <message>
        <source>Go through the draft with your client in review mode, which shows the report and nothing else, or give them a release form to sign. Each approval records who gave it, how and when. Changing an approved excerpt voids its approval.</source>
        <translation>Parcourez le brouillon avec votre client en mode relecture, qui affiche le rapport et rien d’autre, ou donnez-lui un formulaire d’autorisation à signer. Chaque approbation consigne qui l’a donnée, comment et quand. Modifier un extrait approuvé annule son approbation.</translation>
    </message>
    <message>
        <source>4. Only approved words are exported</source>
        <translation>4. Seuls les mots approuvés sont exportés</translation>
    </message>
    <message>
        <source>The report exports as a PDF only when every item carries a current approval for that sponsor. Each export is recorded as a disclosure: what went to whom, and when.</source>
        <translation>Le rapport ne s’exporte en PDF que lorsque chaque élément porte une approbation en vigueur pour ce sponsor. Chaque export est consigné comme une communication&#xa0;: ce qui est allé à qui, et quand.</translation>
    </message>
    <message>
        <source>Why: the ICF Code of Ethics asks for the strictest confidentiality, a clear agreement among coach, client and sponsor on how information is exchanged, and written limits to confidentiality. When a sponsor asks for more than was agreed, the agreement&apos;s words and the disclosure log are your calm answer.</source>
        <translation>Pourquoi&#xa0;: le Code de déontologie de l’ICF demande la confidentialité la plus stricte, un accord clair entre coach, client et sponsor sur la manière dont les informations sont échangées, et des limites écrites à la confidentialité. Quand un sponsor demande plus que ce qui a été convenu, le texte du contrat et le journal des communications sont votre réponse sereine.</translation>
    </message>
</context>
<context>
    <name>ExcerptDialog</name>
    <message>
        <source>Edit item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift words from a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words the sponsor would read, as the client would approve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing words the client already approved means asking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client will read and approve these exact words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words for the sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Use the &amp;selected words →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes the sponsor may see, if the client approves</source>
        <translation>Notes que le sponsor peut voir, si le client approuve</translation>
    </message>
    <message>
        <source>None of this client&apos;s notes is marked “Sponsor, if client approves”. Choose that for a note (right-click it on the client&apos;s page) to lift words from it, or write the item fresh.</source>
        <translation>Aucune note de ce client n’est marquée «&#xa0;Sponsor, si le client approuve&#xa0;». Choisissez ce réglage pour une note (clic droit sur la note dans la page du client) pour en reprendre des mots, ou rédigez l’élément pour l’occasion.</translation>
    </message>
    <message>
        <source>Select the words in the note first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeeToConfirm</name>
    <message>
        <source>Confirm the &amp;fee…</source>
        <translation>Confirmer le &amp;tarif…</translation>
    </message>
    <message>
        <source>%1’s %2</source>
        <translation>%2 de %1</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>accompagnement</translation>
    </message>
    <message>
        <source>Is the fee of %1, %2, per session or for the whole engagement? It was kept before CoachDesk asked.</source>
        <translation>Le tarif de %1, %2, s’entend-il par séance ou pour tout l’accompagnement&#xa0;? Il a été enregistré avant que CoachDesk le demande.</translation>
    </message>
    <message numerus="yes">
        <source>Then %n more engagement(s).</source>
        <translation>
            <numerusform>Puis %n autre accompagnement.</numerusform>
            <numerusform>Puis %n autres accompagnements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Disposal method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clause heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A goal&apos;s visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section&apos;s heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section&apos;s prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An excerpt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How identity was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid or pro bono</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The basis for disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cloud service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day it was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the client agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the credential was awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day your coach training started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice&apos;s date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note on the identity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note on the outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason for the extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s name</source>
        <translation>Le nom du modèle</translation>
    </message>
    <message>
        <source>This note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the fee is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sponsor may receive</source>
        <translation>Ce que le sponsor peut recevoir</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asked for the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose action it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up CoachDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameCard</name>
    <message>
        <source>The report as it will be sent</source>
        <translation>Le rapport tel qu’il sera envoyé</translation>
    </message>
    <message>
        <source>You approved the report as shown here.</source>
        <translation>Vous avez approuvé le rapport tel qu’affiché ici.</translation>
    </message>
    <message>
        <source>Something here changed since you approved it. Please read it again.</source>
        <translation>Un élément a changé ici depuis votre approbation. Merci de le relire.</translation>
    </message>
    <message>
        <source>Not approved yet. Approving a passage approves this too.</source>
        <translation>Pas encore approuvé. Approuver un passage approuve aussi ceci.</translation>
    </message>
    <message>
        <source>Approve the report as shown</source>
        <translation>Approuver le rapport tel qu’affiché</translation>
    </message>
    <message>
        <source>The report as it will be sent  ·  report code %1</source>
        <translation>Le rapport tel qu’il sera envoyé  ·  code du rapport %1</translation>
    </message>
    <message>
        <source>The report as it will be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Add your first client: the person you coach.</source>
        <translation>Ajoutez votre premier client&#xa0;: la personne que vous accompagnez.</translation>
    </message>
    <message>
        <source>Add the sponsor that pays for the coaching, with the manager or HR partner as its contact.</source>
        <translation>Ajoutez le sponsor qui finance le coaching, avec le manager ou le RRH comme contact.</translation>
    </message>
    <message>
        <source>Open the client&apos;s page and choose New engagement: its dates, goals, fee and sponsor.</source>
        <translation>Ouvrez la page du client et choisissez Nouvel accompagnement&#xa0;: ses dates, objectifs, tarif et sponsor.</translation>
    </message>
    <message>
        <source>Make the agreement for the engagement: confidentiality and its limits, fees, and what the sponsor may receive. Every party signs.</source>
        <translation>Établissez le contrat de l’accompagnement&#xa0;: la confidentialité et ses limites, les tarifs, et ce que le sponsor peut recevoir. Chaque partie signe.</translation>
    </message>
    <message>
        <source>Plan a session from the client&apos;s page, or start one and write your notes as you go.</source>
        <translation>Planifiez une séance depuis la page du client, ou démarrez-en une et prenez vos notes au fil de l’eau.</translation>
    </message>
    <message>
        <source>Make a report for the sponsor: only words the client has approved can go in it (Help → How a sponsor report is made).</source>
        <translation>Établissez un rapport pour le sponsor&#xa0;: seuls des mots approuvés par le client peuvent y figurer (Aide → Comment se construit un rapport au sponsor).</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>Nouveau client…</translation>
    </message>
    <message>
        <source>New sponsor…</source>
        <translation>Nouveau sponsor…</translation>
    </message>
    <message>
        <source>Go to clients</source>
        <translation>Aller aux clients</translation>
    </message>
    <message>
        <source>New agreement…</source>
        <translation>Nouveau contrat…</translation>
    </message>
    <message>
        <source>New report…</source>
        <translation>Nouveau rapport…</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>&amp;Hide this list</source>
        <translation>&amp;Masquer cette liste</translation>
    </message>
    <message>
        <source>You can always find your way in Help</source>
        <translation>Vous trouverez toujours votre chemin dans l’Aide</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1&#xa0;: fait</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Open notes the vault refused to save when CoachDesk locked (too large, or the disk was full): %n. Their unsaved text was cleared from the screen with everything else.</source>
        <translation>Notes ouvertes que le coffre a refusé d’enregistrer au verrouillage de CoachDesk (trop volumineuses, ou disque plein)&#xa0;: %n. Leur texte non enregistré a été effacé de l’écran avec tout le reste.</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>Change the words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change them together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Strike it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the new words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You approved these words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Struck out: this will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These words changed since you approved them: please read them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report around these words changed since you approved them: please read them again.</source>
        <translation>Le rapport autour de ces mots a changé depuis que vous les avez approuvés&#xa0;: merci de les relire.</translation>
    </message>
    <message>
        <source>Your earlier approval no longer counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LegalExportDialog</name>
    <message>
        <source>Legal export of a whole record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>This releases %1&apos;s whole record, private notes included. Use it only for a court order or subpoena, another legal obligation, or the client&apos;s own request for their record. It is logged as a disclosure. A sponsor never receives this: a sponsor receives only a report the client approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. District Court of Utrecht, or the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Court order C/16/123 of 2026-06-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client asked for their own record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo practice: every client here is invented. Your own vault is separate and untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the notes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the open notes before showing the report to the client: they are separate windows and would stay on screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the demo practice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAgreementDialog</name>
    <message>
        <source>New agreement</source>
        <translation>Nouveau contrat</translation>
    </message>
    <message>
        <source>Create from template</source>
        <translation>Créer à partir du modèle</translation>
    </message>
    <message>
        <source>Your name, as it should appear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Accompagnement</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A three-party agreement when the engagement has a sponsor, a coach-client agreement otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an engagement on a client&apos;s page first: an agreement belongs to an engagement.</source>
        <translation>Ajoutez d’abord un accompagnement sur la page d’un client&#xa0;: un contrat relève d’un accompagnement.</translation>
    </message>
</context>
<context>
    <name>NewCodePage</name>
    <message>
        <source>Your new recovery code</source>
        <translation>Votre nouveau code de récupération</translation>
    </message>
    <message>
        <source>Write it down on paper now. It is shown only this once.</source>
        <translation>Notez-le sur papier maintenant. Il n’est affiché que cette fois-ci.</translation>
    </message>
    <message>
        <source>I have written down my new recovery code and will keep it somewhere safe</source>
        <translation>J’ai noté mon nouveau code de récupération et le conserverai en lieu sûr</translation>
    </message>
    <message>
        <source> Your backups were re-encrypted too: this code opens them.</source>
        <translation> Vos sauvegardes ont aussi été chiffrées de nouveau&#xa0;: ce code les ouvre.</translation>
    </message>
    <message>
        <source> Some backups could not be re-encrypted: they still open with the code you typed, so keep that one until they have rotated away.</source>
        <translation> Certaines sauvegardes n’ont pas pu être chiffrées de nouveau&#xa0;: elles s’ouvrent encore avec le code que vous avez saisi, gardez-le donc jusqu’à ce qu’elles aient été remplacées.</translation>
    </message>
    <message>
        <source>Your practice now opens with your new passphrase, and with this code if you forget it. The code you typed a moment ago no longer opens it.</source>
        <translation>Votre cabinet s’ouvre maintenant avec votre nouvelle phrase secrète, et avec ce code si vous l’oubliez. Le code que vous avez saisi il y a un instant ne l’ouvre plus.</translation>
    </message>
</context>
<context>
    <name>OneLineEdit</name>
    <message>
        <source>The %n pasted lines were joined into one: this field holds a single line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Sponsors</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Certification</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will type it each time CoachDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>Con&amp;firmation</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a few unrelated words are easy to remember and hard to guess. If you forget it, your recovery code still opens the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanSessionDialog</name>
    <message>
        <source>Plan a session</source>
        <translation>Planifier une séance</translation>
    </message>
    <message>
        <source>this session</source>
        <translation>cette séance</translation>
    </message>
    <message>
        <source>%1 · from %2</source>
        <translation>%1 · depuis le %2</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Online, the client&apos;s office, …</source>
        <translation>En ligne, bureau du client, …</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Accompagnement</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;Length</source>
        <translation>&amp;Durée</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Fee</source>
        <translation>&amp;Tarif</translation>
    </message>
    <message>
        <source>From the engagement: %1</source>
        <translation>Selon l’accompagnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Say first what this engagement&apos;s fee is for (per session or for the whole engagement): edit the engagement.</source>
        <translation>Précisez d’abord à quoi correspond le tarif de cet accompagnement (par séance ou pour tout l’accompagnement)&#xa0;: modifiez l’accompagnement.</translation>
    </message>
    <message>
        <source>Add an engagement first (New engagement): a session belongs to one.</source>
        <translation>Ajoutez d’abord un accompagnement (Nouvel accompagnement)&#xa0;: une séance en relève.</translation>
    </message>
    <message>
        <source>%1 has no %2: the date became %3.</source>
        <translation>%1 n’a pas de %2&#xa0;: la date est devenue le %3.</translation>
    </message>
    <message>
        <source>day %1 in %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>This is in the past (%n years ago).</source>
        <translation>
            <numerusform>C’est dans le passé (il y a %n an).</numerusform>
            <numerusform>C’est dans le passé (il y a %n ans).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is in the past (over a year ago).</source>
        <translation>C’est dans le passé (il y a plus d’un an).</translation>
    </message>
    <message>
        <source>This is in the past.</source>
        <translation>C’est dans le passé.</translation>
    </message>
    <message>
        <source>This is more than a year ahead (%1).</source>
        <translation>C’est à plus d’un an (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The package&apos;s sessions are all used or booked (sessions in it: %n): this one is beyond it.</source>
        <translation>
            <numerusform>Les séances du forfait sont toutes utilisées ou réservées (séances du forfait&#xa0;: %n)&#xa0;: celle-ci le dépasse.</numerusform>
            <numerusform>Les séances du forfait sont toutes utilisées ou réservées (séances du forfait&#xa0;: %n)&#xa0;: celle-ci le dépasse.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is after the package&apos;s last day, %1.</source>
        <translation>C’est après le dernier jour du forfait, le %1.</translation>
    </message>
    <message>
        <source>The engagement runs from %1 to %2; this is outside it.</source>
        <translation>L’accompagnement va du %1 au %2&#xa0;; cette date est en dehors.</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>pas de date de fin</translation>
    </message>
    <message numerus="yes">
        <source>Package: %1 (booked: %n).</source>
        <translation>
            <numerusform>Forfait&#xa0;: %1 (réservée&#xa0;: %n).</numerusform>
            <numerusform>Forfait&#xa0;: %1 (réservées&#xa0;: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the last session of the package.</source>
        <translation>C’est la dernière séance du forfait.</translation>
    </message>
    <message numerus="yes">
        <source>Its last day is %1 (days left: %n).</source>
        <translation>
            <numerusform>Son dernier jour est le %1 (jours restants&#xa0;: %n).</numerusform>
            <numerusform>Son dernier jour est le %1 (jours restants&#xa0;: %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan this session?</source>
        <translation>Planifier cette séance&#xa0;?</translation>
    </message>
    <message>
        <source>Plan it on %1 anyway?</source>
        <translation>La planifier quand même le %1&#xa0;?</translation>
    </message>
    <message>
        <source>Plan it</source>
        <translation>La planifier</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>Changer la date</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>I have written down this recovery code and will keep it somewhere safe, away from the laptop</source>
        <translation>J’ai noté ce code de récupération et le conserverai en lieu sûr, loin de l’ordinateur portable</translation>
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
        <translation>Code de récupération</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mid-point progress report for the sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period ends on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Accompagnement</translation>
    </message>
    <message>
        <source>&amp;Send to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peri&amp;od</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agreement lets the sponsor receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts about the sessions to include (never any note&apos;s words):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No engagement has a sponsor yet. A report goes to a sponsor: add the sponsor to the client&apos;s engagement first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the organisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active agreement with this sponsor, so nothing can be sent yet (ICF Code 25). You can still prepare the report with the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has confirmed what this agreement lets the sponsor receive, so nothing can be sent yet. Choose it on the agreement&apos;s page (every party then signs again).</source>
        <translation>Personne n’a confirmé ce que ce contrat permet au sponsor de recevoir&#xa0;: rien ne peut donc encore être envoyé. Choisissez-le sur la page du contrat (chaque partie signe alors de nouveau).</translation>
    </message>
    <message>
        <source>The agreement&apos;s terms do not let the sponsor receive this.</source>
        <translation>Les conditions du contrat ne permettent pas au sponsor de recevoir ceci.</translation>
    </message>
    <message>
        <source>Choose the engagement this report is about.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation>Communications</translation>
    </message>
    <message>
        <source>Sponsor requests</source>
        <translation>Demandes des sponsors</translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report as it will be sent</source>
        <translation>Le rapport tel qu’il sera envoyé</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lift from a note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this report, large, for the client to approve on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release &amp;form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF for the client to sign, listing the exact words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;approval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ceipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consent receipt for the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdra&amp;wn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client withdrew approval of the chosen item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole report withdrawn…</source>
        <translation>Rapport entier retiré…</translation>
    </message>
    <message>
        <source>The client withdrew every approval in this report, and of the report itself</source>
        <translation>Le client a retiré toutes les approbations de ce rapport, et celle du rapport lui-même</translation>
    </message>
    <message>
        <source>What would leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items, in the order the sponsor reads them</source>
        <translation>Éléments, dans l’ordre où le sponsor les lit</translation>
    </message>
    <message>
        <source>Approval on &amp;paper or by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sponsor would receive</source>
        <translation>Ce que le sponsor recevrait</translation>
    </message>
    <message>
        <source>Start a report…</source>
        <translation>Commencer un rapport…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n rapport</numerusform>
            <numerusform>%n rapports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s)</source>
        <translation>
            <numerusform>%n communication</numerusform>
            <numerusform>%n communications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 only</source>
        <translation>Seulement %1</translation>
    </message>
    <message>
        <source>No reports yet. A report gathers what the client approves, word for word, for their sponsor, with the session facts the agreement allows.</source>
        <translation>Aucun rapport pour l’instant. Un rapport rassemble ce que le client approuve, mot pour mot, pour son sponsor, avec les éléments de séance que le contrat autorise.</translation>
    </message>
    <message>
        <source>None shown here: there are no reports about this client or sponsor yet. “Show all” lists every report.</source>
        <translation>Aucun ici&#xa0;: il n’y a pas encore de rapport sur ce client ou ce sponsor. «&#xa0;Tout afficher&#xa0;» liste tous les rapports.</translation>
    </message>
    <message>
        <source>Report for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>Report code %1: its frame (who receives it, the purpose, the period, the facts) is approved by the client as it will be sent; each passage below has its own approval.</source>
        <translation>Code du rapport %1&#xa0;: son cadre (qui le reçoit, l’objet, la période, les éléments de séance) est approuvé par le client tel qu’il sera envoyé&#xa0;; chaque passage ci-dessous a sa propre approbation.</translation>
    </message>
    <message>
        <source>Report code %1: its frame is not approved as it will be sent: %2.</source>
        <translation>Code du rapport %1&#xa0;: son cadre n’est pas approuvé tel qu’il sera envoyé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take item %1 out of this report? Its words and any approval stay on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Choose an approved item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the client withdrew approval of item %1? It will not be sent unless they approve again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn by the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has no approval standing in this report.</source>
        <translation>Le client n’a aucune approbation en vigueur dans ce rapport.</translation>
    </message>
    <message>
        <source>Approval withdrawn</source>
        <translation>Approbation retirée</translation>
    </message>
    <message>
        <source>Record that the client withdrew every approval in this report? Nothing in it will be sent unless they approve again.</source>
        <translation>Consigner que le client a retiré toutes les approbations de ce rapport&#xa0;? Rien n’en sera envoyé sans une nouvelle approbation de sa part.</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Consigner le retrait</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: the client withdrew the report.</source>
        <translation>Consigné&#xa0;: le client a retiré le rapport.</translation>
    </message>
    <message>
        <source>Every item is approved or struck: there is nothing to ask permission for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. When it comes back signed, record the approval and attach the scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the release form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client has approved nothing in this report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the consent receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not exported: %n thing(s) still stop this report, listed under “What the sponsor would receive”.</source>
        <translation>
            <numerusform>Non exporté&#xa0;: %n point bloque encore ce rapport, listé sous «&#xa0;Ce que le sponsor recevrait&#xa0;».</numerusform>
            <numerusform>Non exporté&#xa0;: %n points bloquent encore ce rapport, listés sous «&#xa0;Ce que le sponsor recevrait&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to %1. Disclosure %2 is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the report…</source>
        <translation>Export du rapport…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Log a sponsor&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>What they asked for, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They asked for the full record (notes, or what was said)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one engagement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the sponsor first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>does not open with this recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: it fails its check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer version of CoachDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds no CoachDesk records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole backup (still syncing?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was restored, and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup made %1 does not open with your vault&apos;s current key: it was made before the key was changed, or by another computer&apos;s vault. Type the recovery code that was in use when it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup made %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not there now. If it is on an external or network drive, connect it and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds no CoachDesk backups. Backups are files named like coachdesk-20260314-091200.coachdesk-backup: choose the folder that holds them, or one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It does hold a vault file (%2): to restore from that copy, choose the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: it holds no backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an ordinary, unencrypted database, not a CoachDesk backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CoachDesk backup, or only part of one (its size is not a whole number of vault pages). If a sync service is still bringing it to this computer, wait until it has finished and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery code does not open the backup %1. Check the code against your written copy: after a key change, the old code opens only the backups made before the change, and the new one only those made after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 does not open with your vault&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 (made %2) is damaged: it fails its check, so it cannot be restored. Choose the backup folder instead: CoachDesk then restores the newest backup that checks out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of CoachDesk. Install that version or a newer one, then restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 opens with this key, but holds no CoachDesk records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the backups in %1 opens with this recovery code. Check the code against your written copy: after a key change, the old code opens only the backups made before the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup in %1 can be restored. Each one was checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault was locked before the backup was checked. Unlock it and choose the backup again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is your vault itself, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: choose one backup in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup in the backup folder %1 opens with this key and checks out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault is already in %1. To replace it with a backup, open it and use Settings → Restore from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be copied into %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the backup made %1 was damaged on its way to this computer&apos;s disk. Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreCodeDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>&amp;Code de récupération</translation>
    </message>
    <message>
        <source>13 groups of 5 characters. Dashes, spaces and case do not matter.</source>
        <translation>13 groupes de 5 caractères. Tirets, espaces et majuscules n’ont pas d’importance.</translation>
    </message>
    <message>
        <source>Check the &amp;backup</source>
        <translation>Vérifier la &amp;sauvegarde</translation>
    </message>
</context>
<context>
    <name>RestorePage</name>
    <message>
        <source>Restore your practice from a backup</source>
        <translation>Restaurer votre cabinet à partir d’une sauvegarde</translation>
    </message>
    <message>
        <source>Your backups and the recovery code you wrote down bring your practice back onto this computer.</source>
        <translation>Vos sauvegardes et le code de récupération que vous avez noté ramènent votre cabinet sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Choose the backup &amp;folder…</source>
        <translation>Choisir le &amp;dossier de sauvegarde…</translation>
    </message>
    <message>
        <source>Choose one backup f&amp;ile…</source>
        <translation>Choisir un seul &amp;fichier de sauvegarde…</translation>
    </message>
    <message>
        <source>Connect the drive that holds your backups, or let your synced folder finish syncing, then choose the folder: CoachDesk restores the newest backup in it that checks out.</source>
        <translation>Connectez le disque qui contient vos sauvegardes, ou laissez votre dossier synchronisé finir sa synchronisation, puis choisissez le dossier&#xa0;: CoachDesk restaure la sauvegarde intacte la plus récente qu’il contient.</translation>
    </message>
    <message>
        <source>Your &amp;recovery code</source>
        <translation>Votre &amp;code de récupération</translation>
    </message>
    <message>
        <source>The code you wrote down when you created your vault: 13 groups of 5 characters. Dashes, spaces and case do not matter.</source>
        <translation>Le code que vous avez noté à la création de votre coffre&#xa0;: 13 groupes de 5 caractères. Tirets, espaces et majuscules n’ont pas d’importance.</translation>
    </message>
    <message>
        <source>Your backup</source>
        <translation>Votre sauvegarde</translation>
    </message>
    <message>
        <source>Choose the folder that holds your backups</source>
        <translation>Choisissez le dossier qui contient vos sauvegardes</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>CoachDesk backups (*%1);;All files (*)</source>
        <translation>Sauvegardes CoachDesk (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>CoachDesk backups in this folder: %n. The newest was made %1; the newest one that checks out is restored.</source>
        <translation>
            <numerusform>Sauvegardes CoachDesk dans ce dossier&#xa0;: %n. La plus récente date du %1&#xa0;; c’est la plus récente intacte qui est restaurée.</numerusform>
            <numerusform>Sauvegardes CoachDesk dans ce dossier&#xa0;: %n. La plus récente date du %1&#xa0;; c’est la plus récente intacte qui est restaurée.</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup made %1.</source>
        <translation>Une sauvegarde du %1.</translation>
    </message>
    <message>
        <source>Not named as a CoachDesk backup; last changed %1. It is restored if your recovery code opens it.</source>
        <translation>Pas nommé comme une sauvegarde CoachDesk&#xa0;; dernière modification le %1. Il est restauré si votre code de récupération l’ouvre.</translation>
    </message>
    <message>
        <source>Checking your backups…</source>
        <translation>Vérification de vos sauvegardes…</translation>
    </message>
    <message>
        <source>Checking the backup made %1 (%2 of %3)…</source>
        <translation>Vérification de la sauvegarde du %1 (%2 sur %3)…</translation>
    </message>
    <message>
        <source>Putting the backup made %1 in place…</source>
        <translation>Mise en place de la sauvegarde du %1…</translation>
    </message>
    <message>
        <source>Restore an older backup?</source>
        <translation>Restaurer une sauvegarde plus ancienne&#xa0;?</translation>
    </message>
    <message>
        <source>The newest backup your recovery code opens was made %1. Newer backups do not open with it:%2

If they were made after a change of the vault&apos;s key, the recovery code of that change opens them: go back and type it instead. Restore the backup made %1?</source>
        <translation>La sauvegarde la plus récente que votre code de récupération ouvre date du %1. Des sauvegardes plus récentes ne s’ouvrent pas avec lui&#xa0;:%2

Si elles ont été faites après un changement de la clé du coffre, le code de récupération de ce changement les ouvre&#xa0;: revenez en arrière et saisissez-le à la place. Restaurer la sauvegarde du %1&#xa0;?</translation>
    </message>
    <message>
        <source>Restore it</source>
        <translation>La restaurer</translation>
    </message>
    <message>
        <source>Type another code</source>
        <translation>Saisir un autre code</translation>
    </message>
    <message>
        <source>CoachDesk could not restore the backup (%1). Nothing was changed.</source>
        <translation>CoachDesk n’a pas pu restaurer la sauvegarde (%1). Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>RestorePassphrasePage</name>
    <message>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <source>This practice is protected by a passphrase that you type each time CoachDesk starts.</source>
        <translation>Ce cabinet est protégé par une phrase secrète que vous saisissez à chaque démarrage de CoachDesk.</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>I &amp;know my passphrase</source>
        <translation>Je &amp;connais ma phrase secrète</translation>
    </message>
    <message>
        <source>I have &amp;forgotten it: let me choose a new one</source>
        <translation>Je l’ai &amp;oubliée&#xa0;: laissez-moi en choisir une nouvelle</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>Con&amp;firmation</translation>
    </message>
    <message>
        <source>CoachDesk re-encrypts your practice with the new passphrase and gives you a new recovery code to write down: the code you typed will no longer open it.</source>
        <translation>CoachDesk chiffre de nouveau votre cabinet avec la nouvelle phrase secrète et vous donne un nouveau code de récupération à noter&#xa0;: le code que vous avez saisi ne l’ouvrira plus.</translation>
    </message>
    <message numerus="yes">
        <source>Re-encrypt the backups with it too (%n in the backup folder)</source>
        <translation>
            <numerusform>Chiffrer de nouveau les sauvegardes avec elle aussi (%n dans le dossier de sauvegarde)</numerusform>
            <numerusform>Chiffrer de nouveau les sauvegardes avec elle aussi (%n dans le dossier de sauvegarde)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Saisissez d’abord votre phrase secrète.</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>Vérification de votre phrase secrète…</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Les deux nouvelles phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Re-encrypting your practice with the new passphrase…</source>
        <translation>Nouveau chiffrement de votre cabinet avec la nouvelle phrase secrète…</translation>
    </message>
    <message numerus="yes">
        <source>Your practice has its new passphrase. Re-encrypting the backups with it: {done} of %n done…</source>
        <translation>
            <numerusform>Votre cabinet a sa nouvelle phrase secrète. Nouveau chiffrement des sauvegardes&#xa0;: {done} sur %n…</numerusform>
            <numerusform>Votre cabinet a sa nouvelle phrase secrète. Nouveau chiffrement des sauvegardes&#xa0;: {done} sur %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>This passphrase does not open your practice. Type it again, or choose a new one.</source>
        <translation>Cette phrase secrète n’ouvre pas votre cabinet. Saisissez-la de nouveau, ou choisissez-en une nouvelle.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed (%1).</source>
        <translation>La phrase secrète n’a pas pu être changée (%1).</translation>
    </message>
</context>
<context>
    <name>RestoredPage</name>
    <message>
        <source>Your practice is back</source>
        <translation>Votre cabinet est de retour</translation>
    </message>
    <message>
        <source>Everything in the backup is on this computer again.</source>
        <translation>Tout le contenu de la sauvegarde est de nouveau sur cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Open my practice</source>
        <translation>&amp;Ouvrir mon cabinet</translation>
    </message>
    <message>
        <source>Restored from the backup made %1:
%2</source>
        <translation>Restauré à partir de la sauvegarde du %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>Newer backups passed over:</source>
        <translation>Sauvegardes plus récentes écartées&#xa0;:</translation>
    </message>
    <message>
        <source>It opens with your new passphrase.</source>
        <translation>Il s’ouvre avec votre nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>It opens with your passphrase, as before.</source>
        <translation>Il s’ouvre avec votre phrase secrète, comme avant.</translation>
    </message>
    <message>
        <source>Its key is now kept in this computer&apos;s keyring: CoachDesk opens without asking while you are logged in.</source>
        <translation>Sa clé est maintenant conservée dans le trousseau de clés de cet ordinateur&#xa0;: CoachDesk s’ouvre sans rien demander tant que votre session est ouverte.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring could not keep its key (%1) Until it can, CoachDesk asks for your recovery code at each start.</source>
        <translation>Le trousseau de clés de cet ordinateur n’a pas pu conserver sa clé (%1). En attendant, CoachDesk vous demande votre code de récupération à chaque démarrage.</translation>
    </message>
    <message>
        <source>New backups go to %1, as before. You can change that in Settings.</source>
        <translation>Les nouvelles sauvegardes vont dans %1, comme avant. Vous pouvez changer cela dans les Paramètres.</translation>
    </message>
    <message>
        <source>Choose a backup folder in Settings: CoachDesk makes no backups until you do.</source>
        <translation>Choisissez un dossier de sauvegarde dans les Paramètres&#xa0;: CoachDesk ne fait aucune sauvegarde tant que vous ne l’avez pas fait.</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Read each passage. Approve it as it stands, change it together, or strike it out. Only the passages you approve are sent, in the report shown first (its recipient, purpose, period and any session facts); nothing else from your coaching is shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report and its passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as you approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coach: return to CoachDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your words for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no passages in this report yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report as shown is approved.</source>
        <translation>Le rapport tel qu’affiché est approuvé.</translation>
    </message>
    <message>
        <source>Passage %1 now has the new words. Approve them if they are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage %1 struck out: it will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passage %1 restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to a passage has not been kept. Leave anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to CoachDesk? The screen will show the coach&apos;s full records again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to CoachDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveNotice</name>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>Join the %n lines into one: “%1”</source>
        <translation>Réunir les %n lignes en une seule&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search clients, sponsors and notes</source>
        <translation>Rechercher des clients, sponsors et notes</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search could not be run. Please try again.</source>
        <translation>La recherche n’a pas pu être lancée. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>No name matches. Notes are searched from the third letter of a word.</source>
        <translation>Aucun nom ne correspond. Les notes sont cherchées à partir de la troisième lettre d’un mot.</translation>
    </message>
    <message>
        <source>In a note of %1</source>
        <translation>Dans une note de %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The organisation&apos;s name matches</source>
        <translation>Le nom de l’organisation correspond</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>The email address matches</source>
        <translation>L’adresse e-mail correspond</translation>
    </message>
    <message>
        <source>The name and email address match</source>
        <translation>Le nom et l’adresse e-mail correspondent</translation>
    </message>
    <message>
        <source>The name matches</source>
        <translation>Le nom correspond</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>&amp;End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFacts</name>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still planned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>&amp;Unpaid only</source>
        <translation>&amp;Impayées seulement</translation>
    </message>
    <message>
        <source>Held and missed sessions with a fee that is not paid yet: on no invoice, or on one still unpaid</source>
        <translation>Séances effectuées et manquées dont le tarif n’est pas encore payé&#xa0;: sur aucune facture, ou sur une facture encore impayée</translation>
    </message>
    <message>
        <source>&amp;Tax export (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation>&amp;Modifier la séance…</translation>
    </message>
    <message>
        <source>Calendar &amp;file (.ics)…</source>
        <translation>&amp;Fichier d’agenda (.ics)…</translation>
    </message>
    <message>
        <source>No sessions yet.
Sessions are planned and held from a client&apos;s page: open a client, then choose “Plan a session” (Ctrl+Shift+P) or “Start session”. Every session of the practice is listed here, newest first.</source>
        <translation>Aucune séance pour l’instant.
Les séances se planifient et se tiennent depuis la page d’un client&#xa0;: ouvrez un client, puis choisissez «&#xa0;Planifier une séance&#xa0;» (Ctrl+Shift+P) ou «&#xa0;Démarrer la séance&#xa0;». Toutes les séances du cabinet sont listées ici, les plus récentes en premier.</translation>
    </message>
    <message>
        <source>Go to clients</source>
        <translation>Aller aux clients</translation>
    </message>
    <message numerus="yes">
        <source>Unpaid sessions: %n</source>
        <translation>
            <numerusform>Séances impayées&#xa0;: %n</numerusform>
            <numerusform>Séances impayées&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Séance enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no held or missed sessions in that period (only the column names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1: %2. This export is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the tax export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>pro bono, not billed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when CoachDesk locks or closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as agreements show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking closes the vault and clears every screen (Ctrl+L locks at once). Text copied out of CoachDesk leaves the clipboard at Lock and after the time below, unless something else was copied since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen: CoachDesk makes no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up at the first unlock of each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are encrypted with your vault&apos;s key: an external drive or a synced folder is fine. Your recovery code opens them. CoachDesk keeps one a day for a week, one a week for a month and one a month for a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time CoachDesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;copied text after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>De&amp;vise</translation>
    </message>
    <message>
        <source>Default &amp;fee per session</source>
        <translation>&amp;Tarif par séance par défaut</translation>
    </message>
    <message>
        <source>A new engagement starts with this fee, per session; each engagement says what its own fee is for.</source>
        <translation>Un nouvel accompagnement démarre avec ce tarif, par séance&#xa0;; chaque accompagnement précise à quoi correspond son propre tarif.</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the vault&apos;s &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should backups go?</source>
        <translation>Où placer les sauvegardes&#xa0;?</translation>
    </message>
    <message>
        <source>This folder is not there now (a drive not connected?). Backups resume when it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last backup %1; %n kept here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Choisir la sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>CoachDesk backups (*%1);;All files (*)</source>
        <translation>Sauvegardes CoachDesk (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backing up and checking the copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Menus show the same keys beside each entry.</source>
        <translation>Les menus affichent les mêmes touches à côté de chaque entrée.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Signed on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed in person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a signature</source>
        <translation>Consigner une signature</translation>
    </message>
    <message>
        <source>The name as signed</source>
        <translation>Le nom tel que signé</translation>
    </message>
    <message>
        <source>&amp;Party</source>
        <translation>&amp;Partie</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>The person who signed for %1.</source>
        <translation>La personne qui a signé pour %1.</translation>
    </message>
    <message>
        <source>The person who signed for %1: the sponsor has no contact yet, so type their name.</source>
        <translation>La personne qui a signé pour %1&#xa0;: le sponsor n’a pas encore de contact, saisissez donc son nom.</translation>
    </message>
</context>
<context>
    <name>SponsorRequestsTab</name>
    <message>
        <source>Sponsor requests</source>
        <translation>Demandes des sponsors</translation>
    </message>
    <message>
        <source>&amp;Log a request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you told them (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agreement says the sponsor may receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement with this sponsor covers it: the sponsor may receive nothing about the coaching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how you responded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SponsorsPage</name>
    <message>
        <source>&amp;New sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sponsors yet.
A sponsor is the organisation that pays for a client&apos;s coaching, often their employer. Add it, with the manager or HR partner as its contact, before the engagement it pays for.</source>
        <translation>Aucun sponsor pour l’instant.
Un sponsor est l’organisation qui finance le coaching d’un client, souvent son employeur. Ajoutez-le, avec le manager ou le RRH comme contact, avant l’accompagnement qu’il finance.</translation>
    </message>
    <message>
        <source>Add a sponsor</source>
        <translation>Ajouter un sponsor</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests &amp;&amp; disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this sponsor asked for, and what it received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an engagement to see what its agreement lets the sponsor receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engagements it pays for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the agreement lets the sponsor receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Sponsors</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sponsor(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no agreement for this engagement yet, so the sponsor may receive nothing about the coaching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): nobody has confirmed what it lets the sponsor receive, so the sponsor receives nothing until the terms are chosen on the agreement&apos;s page.</source>
        <translation>%1 (%2)&#xa0;: personne n’a confirmé ce qu’il permet au sponsor de recevoir&#xa0;; le sponsor ne reçoit donc rien tant que les conditions ne sont pas choisies sur la page du contrat.</translation>
    </message>
    <message>
        <source>%1 (%2) says nothing about what the sponsor may receive, so the sponsor may receive nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>TaxPeriodDialog</name>
    <message>
        <source>Tax export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Dates, minutes, fees and who was billed, for held and missed sessions. No notes, goals, places or anything said in coaching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Sessions in the next 7 days</source>
        <translation>Séances des 7 prochains jours</translation>
    </message>
    <message>
        <source>No sessions planned for the coming week.</source>
        <translation>Aucune séance prévue pour la semaine à venir.</translation>
    </message>
    <message>
        <source>Agreements waiting for signatures</source>
        <translation>Contrats en attente de signature</translation>
    </message>
    <message>
        <source>No agreement is waiting for a signature.</source>
        <translation>Aucun contrat n’attend de signature.</translation>
    </message>
    <message>
        <source>Engagements without an active agreement</source>
        <translation>Accompagnements sans contrat actif</translation>
    </message>
    <message>
        <source>No running engagement is without an active agreement.</source>
        <translation>Aucun accompagnement en cours n’est sans contrat actif.</translation>
    </message>
    <message>
        <source>Engagements and packages ending soon</source>
        <translation>Accompagnements et forfaits bientôt terminés</translation>
    </message>
    <message>
        <source>No engagement or package ends in the next month.</source>
        <translation>Aucun accompagnement ni forfait ne se termine dans le mois à venir.</translation>
    </message>
    <message>
        <source>Records past their retention period</source>
        <translation>Données au-delà de leur durée de conservation</translation>
    </message>
    <message>
        <source>No client&apos;s records have passed their agreed retention.</source>
        <translation>Les données d’aucun client n’ont dépassé la durée de conservation convenue.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Package: %1</source>
        <translation>Forfait&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Restore the newest &amp;backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo practice is locked</source>
        <translation>Le cabinet de démonstration est verrouillé</translation>
    </message>
    <message>
        <source>Unlock to carry on. The demo practice opens without a key or a recovery code: it holds only invented clients, so there is nothing to recover.</source>
        <translation>Déverrouillez pour continuer. Le cabinet de démonstration s’ouvre sans clé ni code de récupération&#xa0;: il ne contient que des clients fictifs, il n’y a donc rien à récupérer.</translation>
    </message>
    <message>
        <source>Your vault is locked</source>
        <translation>Votre coffre est verrouillé</translation>
    </message>
    <message>
        <source>Unlock to carry on. Your key is kept in this computer&apos;s keyring.</source>
        <translation>Déverrouillez pour continuer. Votre clé est conservée dans le trousseau de clés de cet ordinateur.</translation>
    </message>
    <message>
        <source>Use my &amp;recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the vault&apos;s &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;without the damaged changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you created your vault. Dashes and case do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>&amp;Code de récupération</translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Forgot it? Use my &amp;recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoachDesk cannot open your vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Saisissez d’abord votre phrase secrète.</translation>
    </message>
    <message>
        <source>Restoring your newest backup that checks out…</source>
        <translation>Restauration de votre sauvegarde intacte la plus récente…</translation>
    </message>
    <message>
        <source>Restore the newest backup that checks out: the damaged vault is kept beside it, unchanged.</source>
        <translation>Restaurer la sauvegarde intacte la plus récente&#xa0;: le coffre endommagé est conservé à côté, inchangé.</translation>
    </message>
    <message>
        <source>CoachDesk knows of no backup of this vault. Before anything else, copy the vault&apos;s folder to a safe place.</source>
        <translation>CoachDesk ne connaît aucune sauvegarde de ce coffre. Avant toute chose, copiez le dossier du coffre en lieu sûr.</translation>
    </message>
    <message>
        <source>Your vault is damaged</source>
        <translation>Votre coffre est endommagé</translation>
    </message>
    <message>
        <source>CoachDesk could not read part of your vault%1, so it has locked it and is checking every page of it. This takes a moment for a large vault.</source>
        <translation>CoachDesk n’a pas pu lire une partie de votre coffre%1&#xa0;: il l’a donc verrouillé et en vérifie chaque page. Cela prend un moment pour un coffre volumineux.</translation>
    </message>
    <message>
        <source>Checking your vault…</source>
        <translation>Vérification de votre coffre…</translation>
    </message>
    <message>
        <source>Checking every page of your vault…</source>
        <translation>Vérification de chaque page de votre coffre…</translation>
    </message>
    <message>
        <source>CoachDesk could not read part of your vault (%1), but every page and every record of it checks out. Try again; if it happens again, restore your newest backup.</source>
        <translation>CoachDesk n’a pas pu lire une partie de votre coffre (%1), mais chacune de ses pages et chacune de ses données sont intactes. Réessayez&#xa0;; si cela se reproduit, restaurez votre sauvegarde la plus récente.</translation>
    </message>
    <message>
        <source>Your vault could not be read</source>
        <translation>Votre coffre n’a pas pu être lu</translation>
    </message>
    <message>
        <source>it could not be read through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To restore your newest backup, type your recovery code. The damaged vault is kept beside the restored one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Your vault now holds the backup of %1. The damaged vault is kept, encrypted, in the vault&apos;s folder as %2.</source>
        <translation>Votre coffre contient maintenant la sauvegarde du %1. Le coffre endommagé est conservé, chiffré, dans le dossier du coffre sous le nom %2.</translation>
    </message>
    <message>
        <source>Type it to open your vault without the damaged changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was restored: %1. Your vault was not changed.</source>
        <translation>Aucune sauvegarde n’a été restaurée&#xa0;: %1. Votre coffre n’a pas été modifié.</translation>
    </message>
    <message>
        <source>No backup opens with the key kept in this computer&apos;s keyring.</source>
        <translation>Aucune sauvegarde ne s’ouvre avec la clé conservée dans le trousseau de clés de cet ordinateur.</translation>
    </message>
    <message>
        <source>CoachDesk could not open your vault: %1. It has not changed it.</source>
        <translation>CoachDesk n’a pas pu ouvrir votre coffre&#xa0;: %1. Il ne l’a pas modifié.</translation>
    </message>
    <message>
        <source>CoachDesk could not open the vault (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 contains a character that cannot be stored; please retype it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a single line; what was typed or pasted here is on %2 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains hidden characters that force the direction of the text (often picked up when copying from a web page or a chat). They would show it back to front, so they cannot be kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a single line, without tabs or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters; this is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; the most CoachDesk keeps in one is %3 MB. Split it into several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date (use YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number of cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CoachDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practice, private and offline, in one encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoachDesk keeps your clients, sponsors, agreements and session notes in one encrypted vault on this computer. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start a new practice</source>
        <translation>&amp;Créer un nouveau cabinet</translation>
    </message>
    <message>
        <source>&amp;Restore my practice from a backup</source>
        <translation>&amp;Restaurer mon cabinet à partir d’une sauvegarde</translation>
    </message>
    <message>
        <source>A new computer, or one that was wiped? Your backup folder and your recovery code bring your practice back.</source>
        <translation>Un nouvel ordinateur, ou un ordinateur effacé&#xa0;? Votre dossier de sauvegarde et votre code de récupération ramènent votre cabinet.</translation>
    </message>
    <message>
        <source>e.g. Sam Rivera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name, as agreements, release forms and reports print it (you can change it in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s &amp;keyring (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a &amp;passphrase I type at every start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoachDesk will open without asking while you are logged in to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can still protect your vault with a passphrase: CoachDesk will ask for it each time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your practice will be restored here:
%1</source>
        <translation>Votre cabinet sera restauré ici&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Your vault will be created here:
%1</source>
        <translation>Votre coffre sera créé ici&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Raccourcis &amp;clavier</translation>
    </message>
    <message>
        <source>How a sponsor &amp;report is made</source>
        <translation>Comment se construit un &amp;rapport au sponsor</translation>
    </message>
</context>
<context>
    <name>WrappedRows</name>
    <message>
        <source>Show it in the agreement&apos;s words</source>
        <translation>Afficher dans le texte du contrat</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>CoachDesk hit an unexpected problem. Everything saved before is safe in your vault. If it happens again, please restart CoachDesk.</source>
        <translation>CoachDesk a rencontré un problème inattendu. Tout ce qui a été enregistré auparavant est en sécurité dans votre coffre. Si cela se reproduit, veuillez redémarrer CoachDesk.</translation>
    </message>
    <message>
        <source>CoachDesk could not read from or save to your vault: %1. What you were doing when it happened may not have been saved, and CoachDesk cannot tell from here whether anything else in the vault is affected. Restart CoachDesk: it checks your vault as it opens it, and says so if it is damaged.</source>
        <translation>CoachDesk n’a pas pu lire ou enregistrer dans votre coffre&#xa0;: %1. Ce que vous faisiez à ce moment n’a peut-être pas été enregistré, et CoachDesk ne peut pas savoir d’ici si autre chose dans le coffre est touché. Redémarrez CoachDesk&#xa0;: il vérifie votre coffre à l’ouverture, et vous le signale s’il est endommagé.</translation>
    </message>
    <message>
        <source>CoachDesk cannot start</source>
        <translation>CoachDesk ne peut pas démarrer</translation>
    </message>
    <message>
        <source>CoachDesk cannot use the folder %1 for your vault (%2). Choose another folder (start CoachDesk with --home and a folder of your own).</source>
        <translation>CoachDesk ne peut pas utiliser le dossier %1 pour votre coffre (%2). Choisissez un autre dossier (démarrez CoachDesk avec --home et un dossier de votre choix).</translation>
    </message>
    <message>
        <source>CoachDesk is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CoachDesk is already open with this vault in another window. Switch to it, or close it before starting CoachDesk again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
</context>
<context>
    <name>translations</name>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
