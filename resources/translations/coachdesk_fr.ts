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
        <translation>Les agendas se synchronisent avec les serveurs de leur fournisseur et sur chacun de vos appareils, et peuvent être partagés avec un assistant ou votre famille. Une initiale ou un nom y est le nom d’un client hors de votre coffre chiffré, et un lieu (le bureau ou le domicile d’un client) peut dire tout aussi clairement de qui il s’agit&#xa0;: ne les choisissez que si vous en avez besoin.</translation>
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
        <translation>Éthique du coaching (compte aussi en compétences clés)</translation>
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
        <translation>A&amp;dresse postale</translation>
    </message>
    <message>
        <source>Optional, for invoices: street, town, postcode, country, one a line</source>
        <translation>Facultatif, pour les factures&#xa0;: rue, ville, code postal, pays, un par ligne</translation>
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
        <translation>Date de l’accord pour être nommé</translation>
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
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>Your address and contact are not in Settings → Invoices yet: the invoice will carry only your name. Add them there first if it should carry them.</source>
        <translation>Votre adresse et vos coordonnées ne figurent pas encore dans Paramètres → Factures : la facture ne portera que votre nom. Ajoutez-les d’abord si elle doit les porter.</translation>
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
        <translation>Taux de taxe</translation>
    </message>
    <message>
        <source>Dates, minutes and sums only: no notes, goals or places. The number is given when you issue the invoice; it is never changed or reused (a mistake is voided, and stays on the list as voided).</source>
        <translation>Dates, minutes et montants uniquement&#xa0;: ni notes, ni objectifs, ni lieux. Le numéro est attribué à l’émission de la facture&#xa0;; il n’est jamais modifié ni réutilisé (une erreur est annulée, et reste dans la liste comme annulée).</translation>
    </message>
    <message>
        <source>Every held or missed session of this client is already on an invoice (a package billed whole bills its sessions). Sessions appear here once they are held.</source>
        <translation>Chaque séance effectuée ou manquée de ce client figure déjà sur une facture (un forfait facturé en entier facture ses séances). Les séances apparaissent ici une fois effectuées.</translation>
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
        <translation>
            <numerusform>Facturer tout le forfait maintenant&#xa0;: %n séance pour %1</numerusform>
            <numerusform>Facturer tout le forfait maintenant&#xa0;: %n séances pour %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Personne en particulier</translation>
    </message>
    <message>
        <source>Billed to the client, not the sponsor. %1</source>
        <translation>Facturé au client, pas au sponsor. %1</translation>
    </message>
    <message>
        <source>The sponsor has no postal address yet: the invoice will go without one. Add it on the sponsor&apos;s page first if it should carry one.</source>
        <translation>Le sponsor n’a pas encore d’adresse postale&#xa0;: la facture partira sans. Ajoutez-la d’abord sur la page du sponsor si elle doit y figurer.</translation>
    </message>
    <message>
        <source>No postal address for this client yet: the invoice will go without one. Add it with Edit details on the client&apos;s page first if it should carry one.</source>
        <translation>Pas encore d’adresse postale pour ce client&#xa0;: la facture partira sans. Ajoutez-la d’abord avec Modifier les coordonnées sur la page du client si elle doit y figurer.</translation>
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
        <translation>Tout le forfait</translation>
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
        <translation>Consigner une demande de protection des données</translation>
    </message>
    <message>
        <source>this request</source>
        <translation>cette demande</translation>
    </message>
    <message>
        <source>Log request</source>
        <translation>Consigner la demande</translation>
    </message>
    <message>
        <source>e.g. passport seen on a video call</source>
        <translation>p. ex. passeport vu lors d’un appel vidéo</translation>
    </message>
    <message>
        <source>From %1. The deadline is one month after the day it arrived; you may extend it once by two months, telling the client why.</source>
        <translation>De la part de %1. Le délai est d’un mois à compter du jour de réception&#xa0;; vous pouvez le prolonger une fois de deux mois, en expliquant pourquoi au client.</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Demande</translation>
    </message>
    <message>
        <source>Re&amp;ceived on</source>
        <translation>&amp;Reçue le</translation>
    </message>
    <message>
        <source>&amp;Identity checked</source>
        <translation>&amp;Identité vérifiée</translation>
    </message>
    <message>
        <source>&amp;Note on the check</source>
        <translation>&amp;Note sur la vérification</translation>
    </message>
    <message>
        <source>Identity checked</source>
        <translation>Identité vérifiée</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Prolonger le délai</translation>
    </message>
    <message>
        <source>this extension</source>
        <translation>cette prolongation</translation>
    </message>
    <message>
        <source>Extend by two months</source>
        <translation>Prolonger de deux mois</translation>
    </message>
    <message>
        <source>e.g. records across three engagements to go through</source>
        <translation>p. ex. données de trois accompagnements à examiner</translation>
    </message>
    <message>
        <source>Due on %1 (%2). Extended, it is due on %3. Tell the client within the first month, with this reason.</source>
        <translation>Échéance le %1 (%2). Prolongé, le délai échoit le %3. Prévenez le client dans le premier mois, avec ce motif.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Consigner la suite donnée</translation>
    </message>
    <message>
        <source>this outcome</source>
        <translation>cette suite donnée</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Consigner la suite</translation>
    </message>
    <message>
        <source>e.g. corrected her email address</source>
        <translation>p. ex. correction de son adresse e-mail</translation>
    </message>
    <message>
        <source>Sent as disclosure D-%1.</source>
        <translation>Envoyé en tant que communication D-%1.</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Suite donnée</translation>
    </message>
    <message>
        <source>&amp;Answered on</source>
        <translation>Ré&amp;pondu le</translation>
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
        <translation>Effectuée</translation>
    </message>
    <message>
        <source>Missed (the client did not come)</source>
        <translation>Manquée (le client n’est pas venu)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
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
        <translation>son tarif, ou l’indication de l’accompagnement</translation>
    </message>
    <message>
        <source>This session is on invoice %1: void the invoice first to change its date, minutes or status. Its time of day and place may change.</source>
        <translation>Cette séance figure sur la facture %1&#xa0;: annulez d’abord la facture pour modifier sa date, sa durée ou son statut. Son heure et son lieu peuvent changer.</translation>
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
        <translation>Cette séance figure sur la facture %1 : annulez d’abord la facture pour la passer en pro bono.</translation>
    </message>
    <message>
        <source>The minutes of a held session are the ones the tax export shows.</source>
        <translation>Les minutes d’une séance effectuée sont celles que montre l’export fiscal.</translation>
    </message>
    <message>
        <source>&amp;Credential log</source>
        <translation>&amp;Journal de coaching</translation>
    </message>
    <message>
        <source>Pro bono: %1 not charged</source>
        <translation>Pro bono : %1 non facturé</translation>
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
        <source>&amp;Discard: started by mistake</source>
        <translation>&amp;Abandonner : démarrée par erreur</translation>
    </message>
    <message>
        <source>Nothing was written: the session is removed, and the audit log keeps that it was discarded.</source>
        <translation>Rien n’a été écrit : la séance est supprimée, et le journal d’audit garde la trace de son abandon.</translation>
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
        <translation>
            <numerusform> (et %n pro bono)</numerusform>
            <numerusform> (et %n pro bono)</numerusform>
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
        <source>a payment recorded %1 on this computer was set aside: refund it or put it on a new invoice</source>
        <translation>un paiement enregistré le %1 sur cet ordinateur a été mis de côté&#xa0;: remboursez-le ou reportez-le sur une nouvelle facture</translation>
    </message>
    <message>
        <source>a payment recorded %1 on computer %2 was set aside: refund it or put it on a new invoice</source>
        <translation>un paiement enregistré le %1 sur l’ordinateur %2 a été mis de côté&#xa0;: remboursez-le ou reportez-le sur une nouvelle facture</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source> · private reflection</source>
        <translation> · réflexion personnelle</translation>
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
        <translation>Pro bono : non facturée</translation>
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
        <source>Approved %1, %2</source>
        <translation>Approuvé le %1, %2</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>, jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>The report: %1.</source>
        <translation>Le rapport : %1.</translation>
    </message>
    <message>
        <source>Item %1 “%2”: %3.</source>
        <translation>Élément %1 « %2 » : %3.</translation>
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
        <source>Print &amp;in:</source>
        <translation>&amp;Langue d’impression&#xa0;:</translation>
    </message>
    <message>
        <source>Print in</source>
        <translation>Langue d’impression</translation>
    </message>
    <message>
        <source>The language of CoachDesk&apos;s words in the report and its release form: headings, labels, session facts and dates. The client&apos;s words print as they were approved.</source>
        <translation>La langue des mots de CoachDesk dans le rapport et son formulaire d’autorisation&#xa0;: titres, libellés, faits des séances et dates. Les mots du client sont imprimés tels qu’ils ont été approuvés.</translation>
    </message>
    <message>
        <source>Print in another language</source>
        <translation>Imprimer dans une autre langue</translation>
    </message>
    <message>
        <source>The client approved this report printed in %1. Printed in %2, it needs their approval again before it can be sent.</source>
        <translation>Le client a approuvé ce rapport imprimé en %1. Imprimé en %2, il doit être approuvé de nouveau avant de pouvoir être envoyé.</translation>
    </message>
    <message>
        <source>Print in %1</source>
        <translation>Imprimer en %1</translation>
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
        <source>Access request bundle</source>
        <translation>Envoi pour la demande d’accès</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Quand&#xa0;: %1</translation>
    </message>
    <message>
        <source>When: %1 UTC</source>
        <translation type="vanished">Quand&#xa0;: %1 UTC</translation>
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
        <source>Printed in: %1</source>
        <translation>Imprimé en&#xa0;: %1</translation>
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
        <translation>Ce que vous leur avez dit</translation>
    </message>
    <message>
        <source>The chosen request</source>
        <translation>La demande choisie</translation>
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
        <translation>Les sections du modèle</translation>
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
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Identity not checked</source>
        <translation>Identité non vérifiée</translation>
    </message>
    <message>
        <source>Record it in the requests log: Data protection → Requests log → Identity checked…</source>
        <translation>Consignez la vérification dans le registre des demandes&#xa0;: Protection des données → Registre des demandes → Identité vérifiée…</translation>
    </message>
    <message>
        <source>Request logged: due on %1.</source>
        <translation>Demande consignée&#xa0;: échéance le %1.</translation>
    </message>
    <message>
        <source>Save the access bundle (PDF; the JSON file goes beside it)</source>
        <translation>Enregistrer l’envoi pour la demande d’accès (PDF&#xa0;; le fichier JSON est placé à côté)</translation>
    </message>
    <message>
        <source>Nothing was sent: no file was chosen.</source>
        <translation>Rien n’a été envoyé&#xa0;: aucun fichier n’a été choisi.</translation>
    </message>
    <message>
        <source>Bundle saved</source>
        <translation>Envoi enregistré</translation>
    </message>
    <message>
        <source>The PDF and the JSON file were saved, and logged as disclosure D-%1. Once the client has both, record the access request as done today?</source>
        <translation>Le PDF et le fichier JSON ont été enregistrés, et consignés comme communication D-%1. Une fois que le client a les deux, consigner la demande d’accès comme traitée aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>Record as done</source>
        <translation>Marquer traitée</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Files saved</source>
        <translation>Fichiers enregistrés</translation>
    </message>
    <message>
        <source>Saved %1 and the CSV file beside it. Once the client has them, record the portability request as done today?</source>
        <translation>%1 et le fichier CSV à côté ont été enregistrés. Une fois que le client les a, consigner la demande de portabilité comme traitée aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>Save the client&apos;s data (JSON; the CSV file goes beside it)</source>
        <translation>Enregistrer les données du client (JSON&#xa0;; le fichier CSV est placé à côté)</translation>
    </message>
    <message>
        <source>Close this client&apos;s open notes before erasing the records.</source>
        <translation>Fermez les notes ouvertes de ce client avant d’effacer ses données.</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s), kept whole for the tax office</source>
        <translation>
            <numerusform>%n facture, conservée en entier pour l’administration fiscale</numerusform>
            <numerusform>%n factures, conservées en entier pour l’administration fiscale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the dates, lengths and fees of %n session(s)</source>
        <translation>
            <numerusform>les dates, durées et tarifs de %n séance</numerusform>
            <numerusform>les dates, durées et tarifs de %n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) of the disclosure log, without their words</source>
        <translation>
            <numerusform>%n entrée du journal des communications, sans leur texte</numerusform>
            <numerusform>%n entrées du journal des communications, sans leur texte</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase the client&apos;s records</source>
        <translation>Effacer les données du client</translation>
    </message>
    <message>
        <source>Erase %1&apos;s records from the vault and from every backup in your backup folder? This cannot be undone. The law requires keeping: %2. The receipt says so.</source>
        <translation>Effacer les données de %1 du coffre et de chaque sauvegarde de votre dossier de sauvegarde&#xa0;? Cette action est irréversible. La loi impose de conserver&#xa0;: %2. L’attestation le mentionne.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Erase the records</source>
        <translation>Effacer les données</translation>
    </message>
    <message>
        <source>Erasing the records…</source>
        <translation>Effacement des données…</translation>
    </message>
    <message>
        <source>Not erased</source>
        <translation>Non effacé</translation>
    </message>
    <message>
        <source>Save the erasure receipt</source>
        <translation>Enregistrer l’attestation d’effacement</translation>
    </message>
    <message>
        <source>Erasure receipt saved.</source>
        <translation>Attestation d’effacement enregistrée.</translation>
    </message>
    <message>
        <source>Save the record of processing</source>
        <translation>Enregistrer le registre des traitements</translation>
    </message>
    <message>
        <source>Nothing was saved: no file was chosen.</source>
        <translation>Rien n’a été enregistré&#xa0;: aucun fichier n’a été choisi.</translation>
    </message>
    <message>
        <source>Record of processing saved to %1.</source>
        <translation>Registre des traitements enregistré dans %1.</translation>
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
        <source>This computer now syncs as a new computer of the practice: the numbers it gives from now on carry the letter %1. What it had sent to the sync folder after the backup was made comes back from there.</source>
        <translation>Cet ordinateur se synchronise désormais comme un nouvel ordinateur du cabinet&#xa0;: les numéros qu’il attribue à partir de maintenant portent la lettre %1. Ce qu’il avait envoyé dans le dossier de synchronisation après la sauvegarde en revient.</translation>
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
        <translation>Ctrl+Tab passe au contrôle suivant.</translation>
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
        <source>The note&apos;s sections</source>
        <translation>Les sections de la note</translation>
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
        <translation>signature manuscrite</translation>
    </message>
    <message>
        <source>electronic signature</source>
        <translation>signature électronique</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Signature: ______________________________     Date: ________________</source>
        <translation>Signature&#xa0;: ______________________________     Date&#xa0;: ________________</translation>
    </message>
    <message>
        <source>Between  </source>
        <translation>Entre  </translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Signed for the sponsor by %1 on %2 (%3).</source>
        <translation>Signé pour le sponsor par %1 le %2 (%3).</translation>
    </message>
    <message>
        <source>Signed by %1 on %2 (%3).</source>
        <translation>Signé par %1 le %2 (%3).</translation>
    </message>
    <message>
        <source>Name: ______________________________</source>
        <translation>Nom&#xa0;: ______________________________</translation>
    </message>
    <message>
        <source>Title: ______________________________</source>
        <translation>Fonction&#xa0;: ______________________________</translation>
    </message>
    <message>
        <source>Printed from CoachDesk on %1 for signing. Each printing is recorded in the coach&apos;s records.</source>
        <translation>Imprimé depuis CoachDesk le %1 pour signature. Chaque impression est consignée dans les dossiers du coach.</translation>
    </message>
    <message>
        <source>Coaching agreement</source>
        <translation>Contrat de coaching</translation>
    </message>
    <message>
        <source>PREVIEW, not a disclosure · %1</source>
        <translation>APERÇU, pas une communication · %1</translation>
    </message>
    <message>
        <source>Disclosure %1 · exported from CoachDesk on %2</source>
        <translation>Communication %1 · exportée depuis CoachDesk le %2</translation>
    </message>
    <message>
        <source>Coaching progress report</source>
        <translation>Rapport d’avancement du coaching</translation>
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
        <translation type="vanished">Pour</translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="vanished">Période</translation>
    </message>
    <message>
        <source>Access to their data (Art. 15)</source>
        <translation>Accès à ses données (art. 15)</translation>
    </message>
    <message>
        <source>A copy to take elsewhere (portability, Art. 20)</source>
        <translation>Une copie à emporter ailleurs (portabilité, art. 20)</translation>
    </message>
    <message>
        <source>Correction (Art. 16)</source>
        <translation>Rectification (art. 16)</translation>
    </message>
    <message>
        <source>Erasure (Art. 17)</source>
        <translation>Effacement (art. 17)</translation>
    </message>
    <message>
        <source>Objection to a use of their data (Art. 21)</source>
        <translation>Opposition à un usage de ses données (art. 21)</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Portabilité</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>Asked in person, by the client I know</source>
        <translation>Demandée en personne, par le client que je connais</translation>
    </message>
    <message>
        <source>From the email or phone the client gave me</source>
        <translation>Depuis l’e-mail ou le téléphone donné par le client</translation>
    </message>
    <message>
        <source>An identity document was shown</source>
        <translation>Une pièce d’identité a été présentée</translation>
    </message>
    <message>
        <source>I called the client back to confirm</source>
        <translation>J’ai rappelé le client pour confirmer</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <source>Done in part</source>
        <translation>Traitée en partie</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn by the client</source>
        <translation>Retirée par le client</translation>
    </message>
    <message>
        <source>It would reveal another person&apos;s information (such as a sponsor&apos;s own words)</source>
        <translation>Elle révélerait des informations sur une autre personne (comme les propres mots d’un sponsor)</translation>
    </message>
    <message>
        <source>The coach&apos;s own reflections, which the law lets me keep back</source>
        <translation>Les réflexions personnelles du coach, que la loi me permet de ne pas communiquer</translation>
    </message>
    <message>
        <source>Needed to establish or defend a legal claim</source>
        <translation>Nécessaire à la constatation ou à la défense d’un droit en justice</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
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
        <translation>Ce qu’un sponsor a demandé à votre sujet</translation>
    </message>
    <message>
        <source>Words sent to others</source>
        <translation>Textes envoyés à des tiers</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n jour restant</numerusform>
            <numerusform>%n jours restants</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>In the client&apos;s approved words</source>
        <translation>Dans les termes approuvés par le client</translation>
    </message>
    <message>
        <source>Each passage below was read and approved by the client, word for word, for this recipient.</source>
        <translation>Chaque passage ci-dessous a été lu et approuvé par le client, mot pour mot, pour ce destinataire.</translation>
    </message>
    <message>
        <source>Approved %1, %2.</source>
        <translation>Approuvé le %1, %2.</translation>
    </message>
    <message>
        <source>This report holds only passages the client approved word for word for its recipient, and the session facts the coaching agreement allows. It is confidential to its recipient; please do not pass it on.</source>
        <translation>Ce rapport ne contient que des passages approuvés mot pour mot par le client pour son destinataire, et les éléments de séance autorisés par le contrat de coaching. Il est confidentiel et réservé à son destinataire&#xa0;; merci de ne pas le transmettre.</translation>
    </message>
    <message>
        <source>my coach</source>
        <translation>mon coach</translation>
    </message>
    <message>
        <source>Permission to share coaching information</source>
        <translation>Autorisation de partager des informations de coaching</translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period, the session facts and the passages, word for word.</source>
        <translation>Je soussigné(e), %1, autorise %2 à envoyer à %3 le rapport ci-dessous, exactement tel qu’il est imprimé ici&#xa0;: son destinataire, son objet et sa période, les éléments de séance et les passages, mot pour mot.</translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period, the session facts.</source>
        <translation>Je soussigné(e), %1, autorise %2 à envoyer à %3 le rapport ci-dessous, exactement tel qu’il est imprimé ici&#xa0;: son destinataire, son objet et sa période, les éléments de séance.</translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period and the passages, word for word.</source>
        <translation>Je soussigné(e), %1, autorise %2 à envoyer à %3 le rapport ci-dessous, exactement tel qu’il est imprimé ici&#xa0;: son destinataire, son objet et sa période, et les passages, mot pour mot.</translation>
    </message>
    <message>
        <source>I, %1, give %2 permission to send %3 the report set out below, exactly as printed here: who receives it, its purpose and period.</source>
        <translation>Je soussigné(e), %1, autorise %2 à envoyer à %3 le rapport ci-dessous, exactement tel qu’il est imprimé ici&#xa0;: son destinataire, son objet et sa période.</translation>
    </message>
    <message>
        <source>The report as it will be sent  ·  report code %1</source>
        <translation>Le rapport tel qu’il sera envoyé  ·  code du rapport %1</translation>
    </message>
    <message>
        <source>The session facts above come from the session records, as our coaching agreement allows (as recorded on %1). Nothing else from my coaching is shared.</source>
        <translation>Les éléments de séance ci-dessus proviennent des dossiers de séance, comme notre contrat de coaching le permet (tel que consigné le %1). Rien d’autre de mon coaching n’est partagé.</translation>
    </message>
    <message>
        <source>No session facts are sent. Nothing else from my coaching is shared.</source>
        <translation>Aucun élément de séance n’est envoyé. Rien d’autre de mon coaching n’est partagé.</translation>
    </message>
    <message>
        <source>I may strike out any passage before signing. I may withdraw this permission at any time by telling my coach; passages not yet sent will then not be sent. If the purpose, the period, the facts or the recipient change, I will be asked again.</source>
        <translation>Je peux barrer tout passage avant de signer. Je peux retirer cette autorisation à tout moment en le disant à mon coach&#xa0;; les passages pas encore envoyés ne le seront alors pas. Si l’objet, la période, les éléments ou le destinataire changent, mon accord me sera redemandé.</translation>
    </message>
    <message>
        <source>Passage %1  ·  words code %2</source>
        <translation>Passage %1  ·  code du texte %2</translation>
    </message>
    <message>
        <source>Approved [  ]     Struck out [  ]</source>
        <translation>Approuvé [  ]     Barré [  ]</translation>
    </message>
    <message>
        <source>Expires on (optional): ________________</source>
        <translation>Expire le (facultatif)&#xa0;: ________________</translation>
    </message>
    <message>
        <source>Coach: %1</source>
        <translation>Coach&#xa0;: %1</translation>
    </message>
    <message>
        <source>Release form printed from CoachDesk on %1</source>
        <translation>Formulaire d’autorisation imprimé depuis CoachDesk le %1</translation>
    </message>
    <message>
        <source>Consent receipt</source>
        <translation>Reçu de consentement</translation>
    </message>
    <message>
        <source>%1: %2; signed by %3 on %4 (%5)</source>
        <translation>%1&#xa0;: %2&#xa0;; signé par %3 le %4 (%5)</translation>
    </message>
    <message>
        <source>%1: %2; not signed</source>
        <translation>%1&#xa0;: %2&#xa0;; non signé</translation>
    </message>
    <message>
        <source>%1: %2 (whose: %3; due: %4; done on %5)</source>
        <translation>%1&#xa0;: %2 (responsable&#xa0;: %3&#xa0;; échéance&#xa0;: %4&#xa0;; faite le %5)</translation>
    </message>
    <message>
        <source>%1: %2 (whose: %3; due: %4; open)</source>
        <translation>%1&#xa0;: %2 (responsable&#xa0;: %3&#xa0;; échéance&#xa0;: %4&#xa0;; en cours)</translation>
    </message>
    <message>
        <source>Words code %1 (withdrawn %2: %3): %4</source>
        <translation>Code du texte %1 (approbation retirée le %2&#xa0;: %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Words code %1 (withdrawn %2): %3</source>
        <translation>Code du texte %1 (approbation retirée le %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Your coach (who keeps your record)</source>
        <translation>Votre coach (qui tient votre dossier)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>May be shared with</source>
        <translation>Peut être partagé avec</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>How you approved</source>
        <translation>Mode d’approbation</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>Approval ends</source>
        <translation>Fin de l’approbation</translation>
    </message>
    <message>
        <source>when you withdraw it</source>
        <translation>quand vous la retirez</translation>
    </message>
    <message>
        <source>Signed form kept</source>
        <translation>Formulaire signé conservé</translation>
    </message>
    <message>
        <source>yes, encrypted with your record</source>
        <translation>oui, chiffré avec votre dossier</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>You withdrew this approval on %1: nothing in it is sent any more.</source>
        <translation>Vous avez retiré cette approbation le %1&#xa0;: plus rien de son contenu n’est envoyé.</translation>
    </message>
    <message>
        <source>The report as you approved it (report code %1)</source>
        <translation>Le rapport tel que vous l’avez approuvé (code du rapport %1)</translation>
    </message>
    <message>
        <source>The exact words you approved</source>
        <translation>Les mots exacts que vous avez approuvés</translation>
    </message>
    <message>
        <source>How to withdraw</source>
        <translation>Comment retirer votre approbation</translation>
    </message>
    <message>
        <source>Nothing else from your coaching is shared: not your session notes, and nothing you have not approved word for word.</source>
        <translation>Rien d’autre de votre coaching n’est partagé&#xa0;: ni vos notes de séance, ni rien que vous n’ayez approuvé mot pour mot.</translation>
    </message>
    <message>
        <source>Consent receipt %1</source>
        <translation>Reçu de consentement %1</translation>
    </message>
    <message>
        <source>Consent receipt %1 · CoachDesk</source>
        <translation>Reçu de consentement %1 · CoachDesk</translation>
    </message>
    <message>
        <source>Complete client record: legal release</source>
        <translation>Dossier client complet&#xa0;: communication légale</translation>
    </message>
    <message>
        <source>Released under a legal obligation or at the client&apos;s own request. This is not a sponsor report.</source>
        <translation>Communiqué en vertu d’une obligation légale ou à la demande du client lui-même. Ceci n’est pas un rapport au sponsor.</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Produced on</source>
        <translation>Produit le</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Accompagnements</translation>
    </message>
    <message>
        <source>%1: %2 to %3 (%4)</source>
        <translation>%1&#xa0;: du %2 au %3 (%4)</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Objectif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="vanished">non signé</translation>
    </message>
    <message>
        <source>What the sponsor may receive: </source>
        <translation>Ce que le sponsor peut recevoir&#xa0;: </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>not confirmed (nothing is sent)</source>
        <translation>non confirmé (rien n’est envoyé)</translation>
    </message>
    <message>
        <source>Records kept %1 years; disposal: %2</source>
        <translation>Données conservées %1 ans&#xa0;; suppression&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, %2 min, %3</source>
        <translation>%1, %2 min, %3</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, à %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>coach&apos;s private note</source>
        <translation>note personnelle du coach</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>%1 (%2), as it stands (saved %3)</source>
        <translation>%1 (%2), en l’état (enregistrée le %3)</translation>
    </message>
    <message>
        <source>Earlier version, saved %1</source>
        <translation>Version antérieure, enregistrée le %1</translation>
    </message>
    <message>
        <source>open)</source>
        <translation type="vanished">en cours)</translation>
    </message>
    <message>
        <source>Excerpts written for sponsors</source>
        <translation>Extraits rédigés pour les sponsors</translation>
    </message>
    <message>
        <source>Reports to sponsors</source>
        <translation>Rapports aux sponsors</translation>
    </message>
    <message>
        <source>To %1: %2 (%3 to %4)</source>
        <translation>À %1&#xa0;: %2 (du %3 au %4)</translation>
    </message>
    <message>
        <source>Item %1 (%2): %3</source>
        <translation>Élément %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Approvals given, with the words approved</source>
        <translation>Approbations données, avec les mots approuvés</translation>
    </message>
    <message>
        <source>%1: %2, by %3, for %4; purpose: %5</source>
        <translation>%1&#xa0;: %2, par %3, pour %4&#xa0;; objet&#xa0;: %5</translation>
    </message>
    <message>
        <source>the sponsor</source>
        <translation>le sponsor</translation>
    </message>
    <message>
        <source>; until %1</source>
        <translation>&#xa0;; jusqu’au %1</translation>
    </message>
    <message>
        <source>; signed form kept</source>
        <translation>&#xa0;; formulaire signé conservé</translation>
    </message>
    <message>
        <source>The report as approved (report code %1): %2</source>
        <translation>Le rapport tel qu’approuvé (code du rapport %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Retirée le %1</translation>
    </message>
    <message>
        <source>(approved before CoachDesk kept the approved words)</source>
        <translation>(approuvé avant que CoachDesk ne conserve les mots approuvés)</translation>
    </message>
    <message>
        <source>Words code %1: %2</source>
        <translation>Code du texte %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Words code %1 (withdrawn on %2: %3): %4</source>
        <translation type="vanished">Code du texte %1 (approbation retirée le %2&#xa0;: %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Words code %1 (withdrawn on %2): %3</source>
        <translation type="vanished">Code du texte %1 (approbation retirée le %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Signed forms kept (encrypted in the vault)</source>
        <translation>Formulaires signés conservés (chiffrés dans le coffre)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%3, %Ln byte(s), SHA-256 %4)</source>
        <translation>
            <numerusform>%1&#xa0;: %2 (%3, %Ln octet, SHA-256 %4)</numerusform>
            <numerusform>%1&#xa0;: %2 (%3, %Ln octets, SHA-256 %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 to %3 (D-%4); purpose: %5</source>
        <translation>%1&#xa0;: %2 à %3 (D-%4)&#xa0;; objet&#xa0;: %5</translation>
    </message>
    <message>
        <source>; legal basis: %1</source>
        <translation>&#xa0;; base légale&#xa0;: %1</translation>
    </message>
    <message>
        <source>File SHA-256 %1</source>
        <translation>SHA-256 du fichier %1</translation>
    </message>
    <message>
        <source>Sponsor requests</source>
        <translation>Demandes des sponsors</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
    <message>
        <source>Answered on %1: %2</source>
        <translation>Réponse le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Client record (legal release)</source>
        <translation>Dossier client (communication légale)</translation>
    </message>
    <message>
        <source> · legal release</source>
        <translation> · communication légale</translation>
    </message>
    <message>
        <source>What was shared about you</source>
        <translation>Ce qui a été partagé à votre sujet</translation>
    </message>
    <message>
        <source>Prepared for %1 by %2 on %3.</source>
        <translation>Préparé pour %1 par %2 le %3.</translation>
    </message>
    <message>
        <source>your coach</source>
        <translation>votre coach</translation>
    </message>
    <message>
        <source>Nothing from your coaching has been shared with anyone.</source>
        <translation>Rien de votre coaching n’a été partagé avec qui que ce soit.</translation>
    </message>
    <message>
        <source>%1: %2 to %3</source>
        <translation>%1&#xa0;: du %2 au %3</translation>
    </message>
    <message>
        <source>Purpose: %1 · Legal basis: %2</source>
        <translation>Objet&#xa0;: %1 · Base légale&#xa0;: %2</translation>
    </message>
    <message>
        <source>Facts from your session records, as your agreement allows: </source>
        <translation>Éléments issus de vos dossiers de séance, comme votre contrat le permet&#xa0;: </translation>
    </message>
    <message>
        <source>Your consent receipts</source>
        <translation>Vos reçus de consentement</translation>
    </message>
    <message>
        <source>%1: approved %2 (%3) for %4</source>
        <translation>%1&#xa0;: approuvé le %2 (%3) pour %4</translation>
    </message>
    <message>
        <source>Disposal receipt</source>
        <translation>Attestation de suppression</translation>
    </message>
    <message>
        <source>Records of</source>
        <translation>Données de</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Numéro de client</translation>
    </message>
    <message>
        <source>Disposed on</source>
        <translation>Supprimées le</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>the coach</source>
        <translation>le coach</translation>
    </message>
    <message>
        <source>Removed from the vault</source>
        <translation>Retiré du coffre</translation>
    </message>
    <message>
        <source>The search index was rebuilt and the vault file compacted with secure deletion, so the removed words are not left in free space.</source>
        <translation>L’index de recherche a été reconstruit et le fichier du coffre compacté avec suppression sécurisée, pour que les mots retirés ne restent pas dans l’espace libre.</translation>
    </message>
    <message>
        <source>Your personal data</source>
        <translation>Vos données personnelles</translation>
    </message>
    <message>
        <source>Prepared for %1 by %2 on %3, in answer to your request of %4 (GDPR Art. 15).</source>
        <translation>Préparé pour %1 par %2 le %3, en réponse à votre demande du %4 (RGPD, art. 15).</translation>
    </message>
    <message>
        <source>Your coach&apos;s details: %1</source>
        <translation>Coordonnées de votre coach&#xa0;: %1</translation>
    </message>
    <message>
        <source>What is used, and what for</source>
        <translation>Ce qui est utilisé, et dans quel but</translation>
    </message>
    <message>
        <source>Who received any of it</source>
        <translation>Qui en a reçu une partie</translation>
    </message>
    <message>
        <source>Nothing about you has been disclosed to anyone.</source>
        <translation>Rien à votre sujet n’a été communiqué à qui que ce soit.</translation>
    </message>
    <message>
        <source>How long it is kept</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>No agreement names a period yet.</source>
        <translation>Aucun contrat ne fixe encore de durée.</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) after the engagement ends</source>
        <translation>
            <numerusform>%n an après la fin de l’accompagnement</numerusform>
            <numerusform>%n ans après la fin de l’accompagnement</numerusform>
        </translation>
    </message>
    <message>
        <source>no period named</source>
        <translation>aucune durée fixée</translation>
    </message>
    <message>
        <source>What was withheld, and why</source>
        <translation>Ce qui n’a pas été communiqué, et pourquoi</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s). %2</source>
        <translation>
            <numerusform>%1&#xa0;: %n élément. %2</numerusform>
            <numerusform>%1&#xa0;: %n éléments. %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The same data, for a computer to read, is in the JSON file sent with this one.</source>
        <translation>Les mêmes données, lisibles par un ordinateur, figurent dans le fichier JSON envoyé avec celui-ci.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Record of processing activities</source>
        <translation>Registre des activités de traitement</translation>
    </message>
    <message>
        <source>GDPR Art. 30(1). Generated by CoachDesk from the practice on %1.</source>
        <translation>RGPD, art. 30(1). Généré par CoachDesk à partir du cabinet le %1.</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <source>(your name is not set: Settings → Your name)</source>
        <translation>(votre nom n’est pas renseigné&#xa0;: Paramètres → Votre nom)</translation>
    </message>
    <message>
        <source>(your address and contact details are not set: Settings → Invoices → Your details)</source>
        <translation>(votre adresse et vos coordonnées ne sont pas renseignées&#xa0;: Paramètres → Factures → Vos coordonnées)</translation>
    </message>
    <message>
        <source>Purposes of the processing</source>
        <translation>Finalités du traitement</translation>
    </message>
    <message>
        <source>Categories of people</source>
        <translation>Catégories de personnes</translation>
    </message>
    <message numerus="yes">
        <source>Clients: %n (records held now)</source>
        <translation>
            <numerusform>Clients&#xa0;: %n (dossier détenu actuellement)</numerusform>
            <numerusform>Clients&#xa0;: %n (dossiers détenus actuellement)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sponsors&apos; people (contacts): %n</source>
        <translation>
            <numerusform>Personnes chez les sponsors (contacts)&#xa0;: %n</numerusform>
            <numerusform>Personnes chez les sponsors (contacts)&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Catégories de données personnelles</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Sponsors who pay for coaching, each receiving only what its agreement names and the words the client approved: %1</source>
        <translation>Sponsors qui paient le coaching, chacun ne recevant que ce que prévoit son contrat et les mots approuvés par le client&#xa0;: %1</translation>
    </message>
    <message>
        <source>No sponsor pays for coaching: nothing is reported to anyone.</source>
        <translation>Aucun sponsor ne paie de coaching&#xa0;: rien n’est transmis à qui que ce soit.</translation>
    </message>
    <message numerus="yes">
        <source>Courts and authorities, only under a legal obligation (legal exports so far: %n)</source>
        <translation>
            <numerusform>Tribunaux et autorités, uniquement en vertu d’une obligation légale (exports légaux à ce jour&#xa0;: %n)</numerusform>
            <numerusform>Tribunaux et autorités, uniquement en vertu d’une obligation légale (exports légaux à ce jour&#xa0;: %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Transfers to other countries</source>
        <translation>Transferts vers d’autres pays</translation>
    </message>
    <message>
        <source>The encrypted backups are synced to a cloud service: %1. They are encrypted before they leave this computer; the service never holds the key.</source>
        <translation>Les sauvegardes chiffrées sont synchronisées avec un service cloud&#xa0;: %1. Elles sont chiffrées avant de quitter cet ordinateur&#xa0;; le service ne détient jamais la clé.</translation>
    </message>
    <message>
        <source>None. The vault and its backups stay on this computer and drives the coach holds.</source>
        <translation>Aucun. Le coffre et ses sauvegardes restent sur cet ordinateur et sur des disques détenus par le coach.</translation>
    </message>
    <message>
        <source>Time limits for erasure</source>
        <translation>Délais prévus pour l’effacement</translation>
    </message>
    <message>
        <source>No agreement names a retention period yet.</source>
        <translation>Aucun contrat ne fixe encore de durée de conservation.</translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) name no period: kept until the coach disposes of them</source>
        <translation>
            <numerusform>%n contrat ne fixe aucune durée&#xa0;: conservé jusqu’à sa suppression par le coach</numerusform>
            <numerusform>%n contrats ne fixent aucune durée&#xa0;: conservés jusqu’à leur suppression par le coach</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s): %1 years after the engagement ends, then disposed of (vault and backups) with a receipt</source>
        <translation>
            <numerusform>%n contrat&#xa0;: %1 ans après la fin de l’accompagnement, puis suppression (coffre et sauvegardes) avec attestation</numerusform>
            <numerusform>%n contrats&#xa0;: %1 ans après la fin de l’accompagnement, puis suppression (coffre et sauvegardes) avec attestation</numerusform>
        </translation>
    </message>
    <message>
        <source>Technical and organisational security measures</source>
        <translation>Mesures de sécurité techniques et organisationnelles</translation>
    </message>
    <message>
        <source>The key is kept in the operating system&apos;s keyring (%1); a recovery code, written down by the coach, replaces it</source>
        <translation>La clé est conservée dans le trousseau de clés du système d’exploitation (%1)&#xa0;; un code de récupération, noté par le coach, la remplace</translation>
    </message>
    <message>
        <source>the system&apos;s</source>
        <translation>celui du système</translation>
    </message>
    <message>
        <source>The key is derived from a passphrase the coach types at each unlock (PBKDF2-HMAC-SHA512); a recovery code, written down by the coach, replaces it</source>
        <translation>La clé est dérivée d’une phrase secrète que le coach saisit à chaque déverrouillage (PBKDF2-HMAC-SHA512)&#xa0;; un code de récupération, noté par le coach, la remplace</translation>
    </message>
    <message numerus="yes">
        <source>The vault locks after %n idle minute(s), and on demand</source>
        <translation>
            <numerusform>Le coffre se verrouille après %n minute d’inactivité, et à la demande</numerusform>
            <numerusform>Le coffre se verrouille après %n minutes d’inactivité, et à la demande</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault locks on demand (no idle lock set)</source>
        <translation>Le coffre se verrouille à la demande (aucun verrouillage automatique défini)</translation>
    </message>
    <message>
        <source>Encrypted backups (the vault&apos;s own key) to %1; daily: %2; each copy checked before it counts; rotated</source>
        <translation>Sauvegardes chiffrées (avec la clé du coffre) dans %1&#xa0;; quotidiennes&#xa0;: %2&#xa0;; chaque copie vérifiée avant d’être prise en compte&#xa0;; rotation</translation>
    </message>
    <message>
        <source>No backup folder is chosen yet</source>
        <translation>Aucun dossier de sauvegarde n’est encore choisi</translation>
    </message>
    <message numerus="yes">
        <source>Text copied out of CoachDesk leaves the clipboard after %n second(s) and at lock</source>
        <translation>
            <numerusform>Le texte copié depuis CoachDesk quitte le presse-papiers après %n seconde et au verrouillage</numerusform>
            <numerusform>Le texte copié depuis CoachDesk quitte le presse-papiers après %n secondes et au verrouillage</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing about a client is written to logs, temporary files or window titles; files written outside the vault are the coach&apos;s alone</source>
        <translation>Rien concernant un client n’est écrit dans des journaux système, des fichiers temporaires ou des titres de fenêtre&#xa0;; les fichiers écrits hors du coffre relèvent du seul coach</translation>
    </message>
    <message>
        <source>Every change is recorded in an audit trail; every disclosure is logged with the file&apos;s fingerprint</source>
        <translation>Chaque modification est consignée dans une piste d’audit&#xa0;; chaque communication est consignée avec l’empreinte du fichier</translation>
    </message>
    <message>
        <source>Record of processing · %1</source>
        <translation>Registre des traitements · %1</translation>
    </message>
    <message>
        <source>Erasure receipt</source>
        <translation>Attestation d’effacement</translation>
    </message>
    <message>
        <source>Request received on</source>
        <translation>Demande reçue le</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Effacé le</translation>
    </message>
    <message>
        <source>Erasure receipt %1 · printed %2</source>
        <translation>Attestation d’effacement %1 · imprimée le %2</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>No CoachDesk backups were found in the backup folder.</source>
        <translation>Aucune sauvegarde CoachDesk n’a été trouvée dans le dossier de sauvegarde.</translation>
    </message>
    <message>
        <source>Rewritten without this client and checked: %1</source>
        <translation>Réécrite sans ce client et vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted (it could not be rewritten): %1</source>
        <translation>Supprimée (elle n’a pas pu être réécrite)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Kept because the law requires it (legal hold)</source>
        <translation>Conservé parce que la loi l’impose (obligation légale de conservation)</translation>
    </message>
    <message>
        <source>Invoices issued, kept whole for the tax office: %1</source>
        <translation>Factures émises, conservées en entier pour l’administration fiscale&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sessions&apos; dates, lengths and fees, without anything said (tax records): %n</source>
        <translation>
            <numerusform>Dates, durées et tarifs des séances, sans rien de ce qui a été dit (pièces fiscales)&#xa0;: %n</numerusform>
            <numerusform>Dates, durées et tarifs des séances, sans rien de ce qui a été dit (pièces fiscales)&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries of the disclosure log (who received a file, when, its fingerprint; not its words): %n</source>
        <translation>
            <numerusform>Entrées du journal des communications (qui a reçu un fichier, quand, son empreinte&#xa0;; pas son texte)&#xa0;: %n</numerusform>
            <numerusform>Entrées du journal des communications (qui a reçu un fichier, quand, son empreinte&#xa0;; pas son texte)&#xa0;: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>This request&apos;s entry in the requests log (its dates and choices), to show it was answered.</source>
        <translation>L’entrée de cette demande dans le registre des demandes (ses dates et ses choix), pour montrer qu’il y a été répondu.</translation>
    </message>
    <message>
        <source>Copies outside CoachDesk&apos;s vault and backup folder (files exported earlier, other backups) are not reached: dispose of those yourself.</source>
        <translation>Les copies hors du coffre et du dossier de sauvegarde de CoachDesk (fichiers exportés auparavant, autres sauvegardes) ne sont pas concernées&#xa0;: supprimez-les vous-même.</translation>
    </message>
    <message>
        <source>Erasure receipt DR-%1 · printed %2</source>
        <translation type="vanished">Attestation d’effacement DR-%1 · imprimée le %2</translation>
    </message>
    <message>
        <source>Kept, without content</source>
        <translation>Conservé, sans contenu</translation>
    </message>
    <message>
        <source>Session dates, lengths and fees (tax records); the log of disclosures (who received a file, when, and its fingerprint, but not its words); this disposal&apos;s record (client number, kinds, counts, date, basis). Copies outside CoachDesk&apos;s vault and backup folder (files you exported, other backups) are not reached: dispose of those yourself.</source>
        <translation>Dates, durées et tarifs des séances (pièces fiscales)&#xa0;; le journal des communications (qui a reçu un fichier, quand, et son empreinte, mais pas son texte)&#xa0;; l’enregistrement de cette suppression (numéro de client, types, nombres, date, motif). Les copies hors du coffre et du dossier de sauvegarde de CoachDesk (fichiers que vous avez exportés, autres sauvegardes) ne sont pas concernées&#xa0;: supprimez-les vous-même.</translation>
    </message>
    <message>
        <source>Disposal receipt %1 · printed %2</source>
        <translation>Attestation de suppression %1 · imprimée le %2</translation>
    </message>
    <message>
        <source>Client coaching log</source>
        <translation>Journal de coaching des clients</translation>
    </message>
    <message>
        <source>Toward the ICF %1 credential · printed %2</source>
        <translation>En vue de la certification ICF %1 · imprimé le %2</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
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
        <translation>Heures pro bono</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Hours since %1 (18 months)</source>
        <translation>Heures depuis le %1 (18 mois)</translation>
    </message>
    <message>
        <source>No held sessions yet.</source>
        <translation>Aucune séance effectuée pour l’instant.</translation>
    </message>
    <message>
        <source>Group of %1</source>
        <translation>Groupe de %1</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individuel</translation>
    </message>
    <message>
        <source>%1 to %2 · paid %3 h · pro bono %4 h</source>
        <translation>Du %1 au %2 · rémunéré %3 h · pro bono %4 h</translation>
    </message>
    <message>
        <source>Clients who did not agree to be named are listed as confidential clients, with their sponsor&apos;s contact where there is one. Hours are held sessions only; no session content is in this log.</source>
        <translation>Les clients qui n’ont pas accepté d’être nommés figurent comme clients confidentiels, avec le contact de leur sponsor s’il y en a un. Les heures ne comptent que les séances effectuées&#xa0;; ce journal ne contient aucun contenu de séance.</translation>
    </message>
    <message>
        <source>Client coaching log · %1</source>
        <translation>Journal de coaching des clients · %1</translation>
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
        <translation>Une vérification a montré que votre coffre est endommagé&#xa0;: %1. Certaines données risquent de ne pas s’ouvrir. Restaurer la sauvegarde intacte la plus récente&#xa0;? Le coffre endommagé est conservé à côté.</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurer la sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>A check found that your vault is damaged: %1. Make a copy of the vault&apos;s folder now, and choose a backup folder in Settings.</source>
        <translation>Une vérification a montré que votre coffre est endommagé&#xa0;: %1. Faites dès maintenant une copie du dossier du coffre, et choisissez un dossier de sauvegarde dans les Paramètres.</translation>
    </message>
    <message>
        <source>Restoring your newest backup that checks out…</source>
        <translation>Restauration de votre sauvegarde intacte la plus récente…</translation>
    </message>
    <message>
        <source>Your vault now holds the backup of %1. The damaged vault is kept in the vault&apos;s folder.</source>
        <translation>Votre coffre contient maintenant la sauvegarde du %1. Le coffre endommagé est conservé dans le dossier du coffre.</translation>
    </message>
    <message>
        <source>Backing up… {percent}%</source>
        <translation>Sauvegarde… {percent} %</translation>
    </message>
    <message>
        <source>Backup made and checked: %1 (%2 MB)</source>
        <translation>Sauvegarde effectuée et vérifiée&#xa0;: %1 (%2 Mo)</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
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
        <translation>Changer la clé du coffre</translation>
    </message>
    <message>
        <source>Change the key</source>
        <translation>Changer la clé</translation>
    </message>
    <message>
        <source>Changing your vault&apos;s key…</source>
        <translation>Changement de la clé de votre coffre…</translation>
    </message>
    <message>
        <source>The key was not changed.</source>
        <translation>La clé n’a pas été changée.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
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
        <translation>
            <numerusform>Au moins %n caractère</numerusform>
            <numerusform>Au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation>Nouvelle phrase secrète (con&amp;firmation)</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>Phrase secrète a&amp;ctuelle</translation>
    </message>
    <message>
        <source>Forgotten it? Your recovery code works too</source>
        <translation>Vous l’avez oubliée&#xa0;? Votre code de récupération fonctionne aussi</translation>
    </message>
    <message>
        <source>the passphrase</source>
        <translation>la phrase secrète</translation>
    </message>
    <message>
        <source>CoachDesk then shows a new recovery code to write down, and the one you have stops working: your passphrase makes the vault&apos;s key, so a new passphrase is a new key.</source>
        <translation>CoachDesk affiche ensuite un nouveau code de récupération à noter, et celui que vous avez cesse de fonctionner&#xa0;: votre phrase secrète produit la clé du coffre, donc une nouvelle phrase secrète est une nouvelle clé.</translation>
    </message>
    <message>
        <source>Change &amp;passphrase</source>
        <translation>Changer la &amp;phrase secrète</translation>
    </message>
    <message>
        <source>Not changed yet</source>
        <translation>Pas encore changée</translation>
    </message>
    <message>
        <source>A backup is being made: change the passphrase once it has finished.</source>
        <translation>Une sauvegarde est en cours&#xa0;: changez la phrase secrète une fois qu’elle sera terminée.</translation>
    </message>
    <message>
        <source>Changing your passphrase…</source>
        <translation>Changement de votre phrase secrète…</translation>
    </message>
    <message>
        <source>The change may not have finished: if your old passphrase does not open the vault, your new one will.</source>
        <translation>Le changement n’est peut-être pas allé à son terme&#xa0;: si votre ancienne phrase secrète n’ouvre pas le coffre, la nouvelle l’ouvrira.</translation>
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
        <translation>Déverrouillez pour continuer.</translation>
    </message>
    <message>
        <source>Some copies keep the old key</source>
        <translation>Certaines copies gardent l’ancienne clé</translation>
    </message>
    <message numerus="yes">
        <source>Copies kept beside your vault that could not be re-encrypted: %n. They were left as they were and open only with {old}: keep it for them, or delete them.</source>
        <translation>
            <numerusform>Copies conservées à côté de votre coffre qui n’ont pas pu être chiffrées de nouveau&#xa0;: %n. Elles sont restées telles quelles et ne s’ouvrent qu’avec {old}&#xa0;: gardez-le pour elles, ou supprimez-les.</numerusform>
            <numerusform>Copies conservées à côté de votre coffre qui n’ont pas pu être chiffrées de nouveau&#xa0;: %n. Elles sont restées telles quelles et ne s’ouvrent qu’avec {old}&#xa0;: gardez-le pour elles, ou supprimez-les.</numerusform>
        </translation>
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
        <translation>Votre coffre a une nouvelle clé, et il n’a pas encore été confirmé que son code de récupération a été noté (un changement a été interrompu, ou CoachDesk s’est fermé pendant que le code était affiché).</translation>
    </message>
    <message>
        <source>Your vault has a new key.</source>
        <translation>Votre coffre a une nouvelle clé.</translation>
    </message>
    <message>
        <source>Your new recovery code</source>
        <translation>Votre nouveau code de récupération</translation>
    </message>
    <message>
        <source>Write this recovery code down and keep it safe; the old one no longer opens your vault.</source>
        <translation>Notez ce code de récupération et gardez-le en lieu sûr&#xa0;; l’ancien n’ouvre plus votre coffre.</translation>
    </message>
    <message>
        <source>Older backups</source>
        <translation>Sauvegardes plus anciennes</translation>
    </message>
    <message numerus="yes">
        <source>Your %n older backup(s) still open with your old recovery code, not the new one. Keep the old code until they have rotated away. Make a backup with the new key now?</source>
        <translation>
            <numerusform>Votre %n sauvegarde plus ancienne s’ouvre encore avec votre ancien code de récupération, pas le nouveau. Gardez l’ancien code jusqu’à ce qu’elle soit sortie de la rotation. Faire maintenant une sauvegarde avec la nouvelle clé&#xa0;?</numerusform>
            <numerusform>Vos %n sauvegardes plus anciennes s’ouvrent encore avec votre ancien code de récupération, pas le nouveau. Gardez l’ancien code jusqu’à ce qu’elles soient sorties de la rotation. Faire maintenant une sauvegarde avec la nouvelle clé&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>About CoachDesk</source>
        <translation>À propos de CoachDesk</translation>
    </message>
    <message>
        <source>CoachDesk %1

A private, offline desk for coaches. Your records are kept in one encrypted file:
%2

SQLCipher %3</source>
        <translation>CoachDesk %1

Un bureau privé et hors ligne pour les coachs. Vos données sont conservées dans un seul fichier chiffré&#xa0;:
%2

SQLCipher %3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <source>&amp;Edit client…</source>
        <translation>&amp;Modifier le client…</translation>
    </message>
    <message>
        <source>Export &amp;calendar file (.ics)…</source>
        <translation>Exporter un fichier d’&amp;agenda (.ics)…</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <source>Arc&amp;hive client</source>
        <translation>Arc&amp;hiver le client</translation>
    </message>
    <message>
        <source>&amp;Find client</source>
        <translation>&amp;Trouver un client</translation>
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
        <translation>&amp;Planifier une séance…</translation>
    </message>
    <message>
        <source>Back to all clients</source>
        <translation>Retour à tous les clients</translation>
    </message>
    <message>
        <source>&amp;Disclosures and requests</source>
        <translation>&amp;Communications et demandes</translation>
    </message>
    <message>
        <source>&amp;Legal export of the whole record…</source>
        <translation>Export &amp;légal du dossier complet…</translation>
    </message>
    <message>
        <source>&amp;Packet for the client…</source>
        <translation>Documents pour le cl&amp;ient…</translation>
    </message>
    <message>
        <source>Dispose of &amp;records…</source>
        <translation>&amp;Supprimer les données…</translation>
    </message>
    <message>
        <source>Data-protection re&amp;quest…</source>
        <translation>Demande de p&amp;rotection des données…</translation>
    </message>
    <message>
        <source>&amp;Access request: review and send…</source>
        <translation>Demande d’&amp;accès&#xa0;: relire et envoyer…</translation>
    </message>
    <message>
        <source>Data p&amp;ortability export…</source>
        <translation>Export de p&amp;ortabilité des données…</translation>
    </message>
    <message>
        <source>Erasure req&amp;uest…</source>
        <translation>Demande d’&amp;effacement…</translation>
    </message>
    <message>
        <source>&amp;Sponsors</source>
        <translation>&amp;Sponsors</translation>
    </message>
    <message>
        <source>&amp;New sponsor…</source>
        <translation>&amp;Nouveau sponsor…</translation>
    </message>
    <message>
        <source>&amp;Edit sponsor…</source>
        <translation>&amp;Modifier le sponsor…</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Ajouter un &amp;contact…</translation>
    </message>
    <message>
        <source>&amp;Agreements</source>
        <translation>Con&amp;trats</translation>
    </message>
    <message>
        <source>&amp;New agreement…</source>
        <translation>&amp;Nouveau contrat…</translation>
    </message>
    <message>
        <source>Edit &amp;words…</source>
        <translation>Modifier le &amp;texte…</translation>
    </message>
    <message>
        <source>Record &amp;signature…</source>
        <translation>Consigner une &amp;signature…</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>&amp;Rendre actif</translation>
    </message>
    <message>
        <source>&amp;Print to PDF for signing…</source>
        <translation>&amp;Imprimer en PDF pour signature…</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <source>&amp;New report…</source>
        <translation>&amp;Nouveau rapport…</translation>
    </message>
    <message>
        <source>&amp;Write an item…</source>
        <translation>&amp;Rédiger un élément…</translation>
    </message>
    <message>
        <source>&amp;Lift words from a note…</source>
        <translation>Re&amp;prendre des mots d’une note…</translation>
    </message>
    <message>
        <source>Client &amp;review</source>
        <translation>Re&amp;lecture avec le client</translation>
    </message>
    <message>
        <source>Release &amp;form…</source>
        <translation>&amp;Formulaire d’autorisation…</translation>
    </message>
    <message>
        <source>Record &amp;approval…</source>
        <translation>Consigner une &amp;approbation…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Log a sponsor&apos;s re&amp;quest…</source>
        <translation>Consigner une de&amp;mande de sponsor…</translation>
    </message>
    <message>
        <source>&amp;Data protection</source>
        <translation>&amp;Protection des données</translation>
    </message>
    <message>
        <source>&amp;Requests log…</source>
        <translation>&amp;Registre des demandes…</translation>
    </message>
    <message>
        <source>Record of &amp;processing (Art. 30)…</source>
        <translation>Registre des &amp;traitements (art. 30)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>Piste d’&amp;audit…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation>&amp;Rechercher partout…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About CoachDesk</source>
        <translation>À &amp;propos de CoachDesk</translation>
    </message>
    <message>
        <source>Edit report details…</source>
        <translation>Modifier les détails du rapport…</translation>
    </message>
    <message>
        <source>Edit session…</source>
        <translation>Modifier la séance…</translation>
    </message>
    <message>
        <source>Save the whole record</source>
        <translation>Enregistrer le dossier complet</translation>
    </message>
    <message>
        <source>Record exported</source>
        <translation>Dossier exporté</translation>
    </message>
    <message>
        <source>The whole record was saved and logged as disclosure %1.</source>
        <translation>Le dossier complet a été enregistré et consigné comme communication %1.</translation>
    </message>
    <message>
        <source>Save the packet for the client</source>
        <translation>Enregistrer les documents pour le client</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Packet saved</source>
        <translation>Documents enregistrés</translation>
    </message>
    <message>
        <source>Saved to %1, and logged as disclosure %2.</source>
        <translation>Enregistré dans %1, et consigné comme communication %2.</translation>
    </message>
    <message>
        <source>Close the notes first</source>
        <translation>Fermez d’abord les notes</translation>
    </message>
    <message>
        <source>Close this client&apos;s open notes before disposing of the records.</source>
        <translation>Fermez les notes ouvertes de ce client avant de supprimer ses données.</translation>
    </message>
    <message numerus="yes">
        <source>Kept %n year(s) after %1</source>
        <translation>
            <numerusform>Conservées %n an après le %1</numerusform>
            <numerusform>Conservées %n ans après le %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Disposing of the records…</source>
        <translation>Suppression des données…</translation>
    </message>
    <message>
        <source>Not disposed</source>
        <translation>Non supprimées</translation>
    </message>
    <message>
        <source>Disposal failed (%1)</source>
        <translation>La suppression a échoué (%1)</translation>
    </message>
    <message>
        <source>Finish the disposal</source>
        <translation>Terminer la suppression</translation>
    </message>
    <message>
        <source>This client&apos;s records were removed from the vault. Go over the backups and kept copies again, so none of them holds anything of this client?</source>
        <translation>Les données de ce client ont été retirées du coffre. Repasser sur les sauvegardes et les copies conservées, pour qu’aucune ne contienne plus rien de ce client&#xa0;?</translation>
    </message>
    <message>
        <source>Save the disposal receipt</source>
        <translation>Enregistrer l’attestation de suppression</translation>
    </message>
    <message>
        <source>Receipt not saved</source>
        <translation>Attestation non enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>Items removed from the vault: %n.</source>
        <translation>
            <numerusform>Éléments retirés du coffre&#xa0;: %n.</numerusform>
            <numerusform>Éléments retirés du coffre&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups rewritten without them: %n.</source>
        <translation>
            <numerusform>Sauvegardes réécrites sans eux&#xa0;: %n.</numerusform>
            <numerusform>Sauvegardes réécrites sans eux&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backups that could not be rewritten, and were deleted: %n.</source>
        <translation>
            <numerusform>Sauvegardes qui n’ont pas pu être réécrites, et ont été supprimées&#xa0;: %n.</numerusform>
            <numerusform>Sauvegardes qui n’ont pas pu être réécrites, et ont été supprimées&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Records disposed of</source>
        <translation>Données supprimées</translation>
    </message>
    <message>
        <source>%1 CoachDesk</source>
        <translation type="vanished">%1 CoachDesk</translation>
    </message>
    <message>
        <source>A form has changes that are not saved. %1 anyway and discard them?</source>
        <translation type="vanished">Un formulaire contient des modifications non enregistrées. %1 quand même et les abandonner&#xa0;?</translation>
    </message>
    <message>
        <source>%1 and discard</source>
        <translation type="vanished">%1 et abandonner</translation>
    </message>
    <message>
        <source>Lock CoachDesk</source>
        <translation>Verrouiller CoachDesk</translation>
    </message>
    <message>
        <source>Lock and discard</source>
        <translation>Verrouiller et abandonner</translation>
    </message>
    <message>
        <source>Quit CoachDesk</source>
        <translation>Quitter CoachDesk</translation>
    </message>
    <message>
        <source>Quit and discard</source>
        <translation>Quitter et abandonner</translation>
    </message>
    <message>
        <source>Change the key and discard</source>
        <translation>Changer la clé et abandonner</translation>
    </message>
    <message>
        <source>Change the passphrase and discard</source>
        <translation>Changer la phrase secrète et abandonner</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore and discard</source>
        <translation>Restaurer et abandonner</translation>
    </message>
    <message>
        <source>A form has changes that are not saved. If you go on, they are discarded.</source>
        <translation>Un formulaire contient des modifications non enregistrées. Si vous continuez, elles seront abandonnées.</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>(client removed)</source>
        <translation>(client supprimé)</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <source>VOID: this invoice was voided on %1 (%2). Nothing is due on it.</source>
        <translation>ANNULÉE&#xa0;: cette facture a été annulée le %1 (%2). Rien n’est dû à ce titre.</translation>
    </message>
    <message>
        <source>Paid on %1. Thank you.</source>
        <translation>Payée le %1. Merci.</translation>
    </message>
    <message>
        <source>Tax number: %1</source>
        <translation>Numéro fiscal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Facturer à</translation>
    </message>
    <message>
        <source>For the attention of %1</source>
        <translation>À l’attention de %1</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Numéro de facture</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Date de facture</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Prestation</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>Durée totale</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>Total dû</translation>
    </message>
    <message>
        <source>Please pay by %1, quoting invoice %2.</source>
        <translation>Merci de régler avant le %1, en indiquant la facture %2.</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Invoice %1 · CoachDesk</source>
        <translation>Facture %1 · CoachDesk</translation>
    </message>
    <message>
        <source>CoachDesk could not read “%1” (%2).</source>
        <translation>CoachDesk n’a pas pu lire «&#xa0;%1&#xa0;» (%2).</translation>
    </message>
    <message>
        <source>(empty note)</source>
        <translation>(note vide)</translation>
    </message>
    <message>
        <source>Open the requests &amp;log</source>
        <translation>Ouvrir le &amp;registre des demandes</translation>
    </message>
    <message numerus="yes">
        <source>Data-protection requests to answer (%n): </source>
        <translation>
            <numerusform>Demandes de protection des données à traiter (%n)&#xa0;: </numerusform>
            <numerusform>Demandes de protection des données à traiter (%n)&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Access request: review what goes out</source>
        <translation>Demande d’accès&#xa0;: relire ce qui sera envoyé</translation>
    </message>
    <message>
        <source>this review</source>
        <translation>cette relecture</translation>
    </message>
    <message>
        <source>Make the bundle…</source>
        <translation>Préparer l’envoi…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Goes out?</source>
        <translation>Envoyé&#xa0;?</translation>
    </message>
    <message>
        <source>Untick to withhold it, then choose why.</source>
        <translation>Décochez pour ne pas le communiquer, puis choisissez pourquoi.</translation>
    </message>
    <message>
        <source>Goes out</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Items of the client&apos;s data</source>
        <translation>Éléments des données du client</translation>
    </message>
    <message>
        <source>The chosen item, as it will be printed</source>
        <translation>L’élément choisi, tel qu’il sera imprimé</translation>
    </message>
    <message>
        <source>Choose why it is withheld…</source>
        <translation>Choisissez pourquoi il n’est pas communiqué…</translation>
    </message>
    <message>
        <source>Everything below goes to %1 in a PDF and a JSON file, unless you untick it. Withhold only what would reveal another person&apos;s information (a sponsor&apos;s own words) or what the law lets you keep back (your own reflections), and choose the reason: the client is told how many items were withheld from each part, and why.</source>
        <translation>Tout ce qui figure ci-dessous est envoyé à %1 dans un PDF et un fichier JSON, sauf si vous le décochez. Ne décochez que ce qui révélerait des informations sur une autre personne (les propres mots d’un sponsor) ou ce que la loi vous permet de ne pas communiquer (vos réflexions personnelles), et choisissez le motif&#xa0;: le client est informé du nombre d’éléments non communiqués dans chaque partie, et pourquoi.</translation>
    </message>
    <message>
        <source>&amp;Withheld because</source>
        <translation>&amp;Non communiqué car</translation>
    </message>
    <message>
        <source>Withheld: choose why</source>
        <translation>Non communiqué&#xa0;: choisissez pourquoi</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Non communiqué</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) go out</source>
        <translation>
            <numerusform>%n élément envoyé</numerusform>
            <numerusform>%n éléments envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withheld</source>
        <translation>
            <numerusform>%n non communiqué</numerusform>
            <numerusform>%n non communiqués</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose why the highlighted item is withheld, or tick it to send it.</source>
        <translation>Choisissez pourquoi l’élément sélectionné n’est pas communiqué, ou cochez-le pour l’envoyer.</translation>
    </message>
    <message>
        <source>Paid — as the engagement&apos;s log entry says</source>
        <translation>Rémunéré — selon l’entrée de l’accompagnement dans le journal</translation>
    </message>
    <message>
        <source>Pro bono — as the engagement&apos;s log entry says</source>
        <translation>Pro bono — selon l’entrée de l’accompagnement dans le journal</translation>
    </message>
    <message>
        <source>Paid — from the session&apos;s fee</source>
        <translation>Rémunéré — d’après le tarif de la séance</translation>
    </message>
    <message>
        <source>Pro bono — the session has no fee</source>
        <translation>Pro bono — la séance n’a pas de tarif</translation>
    </message>
    <message>
        <source>Paid — from the engagement&apos;s fee</source>
        <translation>Rémunéré — d’après le tarif de l’accompagnement</translation>
    </message>
    <message>
        <source>Pro bono — the engagement has no fee</source>
        <translation>Pro bono — l’accompagnement n’a pas de tarif</translation>
    </message>
    <message>
        <source>Paid or pro bono in the credential log</source>
        <translation>Rémunéré ou pro bono dans le journal de coaching</translation>
    </message>
    <message>
        <source>Paid — for %1</source>
        <translation>Rémunéré — pour %1</translation>
    </message>
    <message>
        <source>Pro bono — for %1</source>
        <translation>Pro bono — pour %1</translation>
    </message>
    <message>
        <source>Your choice for %1. Without it (the first line): %2.</source>
        <translation>Votre choix pour %1. Sans lui (la première ligne)&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Not chosen: it follows %1.</source>
        <translation>Pas de choix&#xa0;: d’après %1.</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Your backups go to %1.</source>
        <translation>Vos sauvegardes vont dans %1.</translation>
    </message>
    <message>
        <source>No backup folder is chosen yet.</source>
        <translation>Aucun dossier de sauvegarde n’est encore choisi.</translation>
    </message>
    <message>
        <source>&amp;No: the vault and its backups stay on this computer and drives I hold</source>
        <translation>&amp;Non&#xa0;: le coffre et ses sauvegardes restent sur cet ordinateur et sur des disques que je détiens</translation>
    </message>
    <message>
        <source>&amp;Yes: the backup folder is synced to a cloud service</source>
        <translation>&amp;Oui&#xa0;: le dossier de sauvegarde est synchronisé avec un service cloud</translation>
    </message>
    <message>
        <source>e.g. Nextcloud at my host, in Germany</source>
        <translation>p. ex. Nextcloud chez mon hébergeur, en Allemagne</translation>
    </message>
    <message>
        <source>The cloud service</source>
        <translation>Le service cloud</translation>
    </message>
    <message>
        <source>CoachDesk writes the record from your practice: your details from Settings, the purposes, the people and data it holds, the sponsors who receive reports, the retention your agreements name and the vault&apos;s security as it runs. One thing it cannot see: %1 Are the backups synced to a cloud service (a transfer to a processor, perhaps abroad)?</source>
        <translation>CoachDesk rédige le registre à partir de votre cabinet&#xa0;: vos coordonnées dans les Paramètres, les finalités, les personnes et les données qu’il contient, les sponsors qui reçoivent des rapports, la conservation prévue par vos contrats et la sécurité du coffre telle qu’elle fonctionne. Une chose lui échappe&#xa0;: %1 Les sauvegardes sont-elles synchronisées avec un service cloud (un transfert à un sous-traitant, peut-être à l’étranger)&#xa0;?</translation>
    </message>
    <message>
        <source>Backups in a cloud</source>
        <translation>Sauvegardes dans le cloud</translation>
    </message>
    <message>
        <source>Settings has no name for you yet</source>
        <translation>les Paramètres ne contiennent pas encore votre nom</translation>
    </message>
    <message>
        <source>Settings has no address or contact details for you yet</source>
        <translation>les Paramètres ne contiennent pas encore votre adresse ni vos coordonnées</translation>
    </message>
    <message>
        <source>Settings has neither your name nor your address and contact details yet</source>
        <translation>les Paramètres ne contiennent encore ni votre nom, ni votre adresse et vos coordonnées</translation>
    </message>
    <message>
        <source>The record names you as the controller with your contact details, as the law asks, but %1: the record would say they are missing. Add them in Settings: Your name, and Invoices → Your details.</source>
        <translation>Le registre vous désigne comme responsable du traitement avec vos coordonnées, comme la loi le demande, mais %1&#xa0;: le registre signalerait ce manque. Ajoutez-les dans les Paramètres&#xa0;: Votre nom, et Factures → Vos coordonnées.</translation>
    </message>
    <message>
        <source>Open &amp;Settings</source>
        <translation>Ouvrir les &amp;Paramètres</translation>
    </message>
    <message>
        <source>Review and send the bundle…</source>
        <translation>Relire et préparer l’envoi…</translation>
    </message>
    <message>
        <source>Export the data…</source>
        <translation>Exporter les données…</translation>
    </message>
    <message>
        <source>Carry out the erasure…</source>
        <translation>Procéder à l’effacement…</translation>
    </message>
    <message>
        <source>New data-protection request</source>
        <translation>Nouvelle demande de protection des données</translation>
    </message>
    <message>
        <source>Type or choose a name</source>
        <translation>Saisissez ou choisissez un nom</translation>
    </message>
    <message>
        <source>&amp;Next…</source>
        <translation>&amp;Suivant…</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>Which client made the request? Then say what they asked for, when it arrived and how you knew it was them.</source>
        <translation>Quel client a fait la demande&#xa0;? Indiquez ensuite ce qu’il a demandé, quand la demande est arrivée et comment vous avez su que c’était lui.</translation>
    </message>
    <message>
        <source>There is no client yet: add the client first (Clients → New client).</source>
        <translation>Il n’y a pas encore de client&#xa0;: ajoutez d’abord le client (Clients → Nouveau client).</translation>
    </message>
    <message>
        <source>Choose a client from the list: no client is called that.</source>
        <translation>Choisissez un client dans la liste&#xa0;: aucun client ne porte ce nom.</translation>
    </message>
    <message>
        <source>Data-protection requests</source>
        <translation>Demandes de protection des données</translation>
    </message>
    <message>
        <source>No client has made a data-protection request. When one does, log it here with New request…</source>
        <translation>Aucun client n’a fait de demande de protection des données. Quand cela arrive, consignez-la ici avec Nouvelle demande…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Répondre…</translation>
    </message>
    <message>
        <source>Identity checked…</source>
        <translation>Identité vérifiée…</translation>
    </message>
    <message>
        <source>Extend the deadline…</source>
        <translation>Prolonger le délai…</translation>
    </message>
    <message>
        <source>Record the outcome…</source>
        <translation>Consigner la suite donnée…</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>Each request is due one month after it arrived; you may extend it once by two months, with a reason the client is told.</source>
        <translation>Chaque demande doit être traitée dans le mois qui suit son arrivée&#xa0;; vous pouvez prolonger ce délai une fois de deux mois, avec un motif communiqué au client.</translation>
    </message>
    <message>
        <source>Received %1 · due %2</source>
        <translation>Reçue le %1 · échéance le %2</translation>
    </message>
    <message>
        <source>Identity: %1</source>
        <translation>Identité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Extended on %1: %2</source>
        <translation>Prolongée le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Bundle sent as disclosure D-%1</source>
        <translation>Envoi transmis en tant que communication D-%1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Coach and client</source>
        <translation>Coach et client</translation>
    </message>
    <message>
        <source>Three-party (with a sponsor)</source>
        <translation>Tripartite (avec un sponsor)</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <source>Language of the template</source>
        <translation>Langue du modèle</translation>
    </message>
    <message>
        <source>The agreement&apos;s title</source>
        <translation>Le titre du contrat</translation>
    </message>
    <message>
        <source>The template&apos;s clauses</source>
        <translation>Les clauses du modèle</translation>
    </message>
    <message>
        <source>The clause&apos;s heading</source>
        <translation>Le titre de la clause</translation>
    </message>
    <message>
        <source>The clause&apos;s words</source>
        <translation>Le texte de la clause</translation>
    </message>
    <message>
        <source>Use CoachDesk&apos;s words</source>
        <translation>Reprendre le texte de CoachDesk</translation>
    </message>
    <message>
        <source>Save agreement template</source>
        <translation>Enregistrer le modèle de contrat</translation>
    </message>
    <message>
        <source>New agreements start from these words, in the language chosen for each. Braces mark what CoachDesk fills in, such as {client}; what it writes from the terms chosen ({fee_terms}, {missed_terms}, {sponsor_may_receive}) stays. Agreements already made keep their words.</source>
        <translation>Les nouveaux contrats partent de ce texte, dans la langue choisie pour chacun. Les accolades marquent ce que CoachDesk remplit, comme {client}&#xa0;; ce qu’il écrit à partir des conditions choisies ({fee_terms}, {missed_terms}, {sponsor_may_receive}) reste en place. Les contrats déjà créés gardent leur texte.</translation>
    </message>
    <message>
        <source>Agreement templates</source>
        <translation>Modèles de contrat</translation>
    </message>
    <message>
        <source>Saved. New agreements in this language start from it.</source>
        <translation>Enregistré. Les nouveaux contrats dans cette langue partent de ce modèle.</translation>
    </message>
    <message>
        <source>CoachDesk&apos;s words again. Agreements already made keep theirs.</source>
        <translation>Le texte de CoachDesk est rétabli. Les contrats déjà créés gardent le leur.</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Computer %1</source>
        <translation>Ordinateur %1</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Piste d’audit</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>The audit chain of “%1” does not check out at entry %2: entries were changed or removed after they were written.</source>
        <translation>La chaîne de la piste d’audit de «&#xa0;%1&#xa0;» ne concorde pas à l’entrée %2&#xa0;: des entrées ont été modifiées ou supprimées après leur écriture.</translation>
    </message>
    <message>
        <source>Every computer&apos;s audit chain checks out.</source>
        <translation>La chaîne de la piste d’audit de chaque ordinateur concorde.</translation>
    </message>
    <message>
        <source>The practice&apos;s first computer</source>
        <translation type="vanished">Le premier ordinateur du cabinet</translation>
    </message>
    <message>
        <source>%1, written %2</source>
        <translation>%1, écrit le %2</translation>
    </message>
    <message>
        <source>the practice&apos;s first computer (its numbers carry no letter: D-000004)</source>
        <translation>le premier ordinateur du cabinet (ses numéros ne portent pas de lettre&#xa0;: D-000004)</translation>
    </message>
    <message>
        <source>computer %1 (its numbers carry its letter: D-%1000004)</source>
        <translation>l’ordinateur %1 (ses numéros portent sa lettre&#xa0;: D-%1000004)</translation>
    </message>
    <message>
        <source>On the other computer:
1. Install CoachDesk.
2. Choose “Join a practice from a synced folder”.
3. Choose this same folder, once your sync service has copied it there.
4. Type this pairing code:</source>
        <translation type="vanished">Sur l’autre ordinateur&#xa0;:
1. Installez CoachDesk.
2. Choisissez «&#xa0;Rejoindre un cabinet depuis un dossier synchronisé&#xa0;».
3. Choisissez ce même dossier, une fois que votre service de synchronisation l’y a copié.
4. Saisissez ce code d’appairage&#xa0;:</translation>
    </message>
    <message>
        <source>On the other computer:
1. Install CoachDesk.
2. Choose “Join a practice I use on another computer”.
3. Choose this same folder, once your sync service has copied it there.
4. Type this pairing code:</source>
        <translation>Sur l’autre ordinateur&#xa0;:
1. Installez CoachDesk.
2. Choisissez «&#xa0;Rejoindre un cabinet que j’utilise sur un autre ordinateur&#xa0;».
3. Choisissez ce même dossier, une fois que votre service de synchronisation l’y a copié.
4. Saisissez ce code d’appairage&#xa0;:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Code d’appairage</translation>
    </message>
    <message>
        <source>Use this practice on another computer</source>
        <translation>Utiliser ce cabinet sur un autre ordinateur</translation>
    </message>
    <message>
        <source>Work on a second computer with the same practice: your own sync service (Syncthing, Dropbox, OneDrive, iCloud Drive, Nextcloud, or a USB stick you carry) keeps a folder in step, and CoachDesk writes small encrypted change files into it and reads the other computer&apos;s. CoachDesk itself sends nothing over the network. Each computer keeps its own vault: never put the vault&apos;s own folder in a synced folder.</source>
        <translation>Travaillez sur un second ordinateur avec le même cabinet&#xa0;: votre propre service de synchronisation (Syncthing, Dropbox, OneDrive, iCloud Drive, Nextcloud, ou une clé USB que vous emportez) garde un dossier à jour, et CoachDesk y écrit de petits fichiers de modifications chiffrés et lit ceux de l’autre ordinateur. CoachDesk lui-même n’envoie rien sur le réseau. Chaque ordinateur garde son propre coffre&#xa0;: ne placez jamais le dossier du coffre lui-même dans un dossier synchronisé.</translation>
    </message>
    <message>
        <source>Choose the sync &amp;folder…</source>
        <translation>Choisir le &amp;dossier de synchronisation…</translation>
    </message>
    <message>
        <source>Show the &amp;pairing code</source>
        <translation>Afficher le code d’&amp;appairage</translation>
    </message>
    <message>
        <source>&amp;Hand invoicing to…</source>
        <translation>&amp;Confier la facturation à…</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Dossier de synchronisation</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <source>Another computer of the practice marked this one as gone, so this computer cannot issue invoices.</source>
        <translation>Un autre ordinateur du cabinet a marqué celui-ci comme perdu : cet ordinateur ne peut donc pas émettre de factures.</translation>
    </message>
    <message>
        <source>Invoicing was handed to %1: it issues the practice&apos;s invoices once this change has reached it. Until then, no computer issues invoices.</source>
        <translation>La facturation a été confiée à %1 : il émet les factures du cabinet dès que cette modification lui sera parvenue. D’ici là, aucun ordinateur n’émet de factures.</translation>
    </message>
    <message>
        <source>This computer issues the practice&apos;s invoices, so their numbers run without gaps.</source>
        <translation>Cet ordinateur émet les factures du cabinet, pour que leurs numéros se suivent sans trou.</translation>
    </message>
    <message>
        <source>Another computer issues the practice&apos;s invoices, so that their numbers run without gaps: %1. This computer cannot issue them.</source>
        <translation>Un autre ordinateur émet les factures du cabinet, pour que leurs numéros se suivent sans trou&#xa0;: %1. Cet ordinateur ne peut pas en émettre.</translation>
    </message>
    <message>
        <source>a computer this one has not heard from yet</source>
        <translation>un ordinateur dont celui-ci n’a encore rien reçu</translation>
    </message>
    <message>
        <source>The practice&apos;s other computers are marked as gone: once a computer that joins the practice has synced with this one, you can hand invoicing to it.</source>
        <translation>Les autres ordinateurs du cabinet sont marqués comme perdus : dès qu’un ordinateur qui rejoint le cabinet se sera synchronisé avec celui-ci, vous pourrez lui confier la facturation.</translation>
    </message>
    <message>
        <source>No other computer has synced with this one yet: once its changes have arrived here, you can hand invoicing to it.</source>
        <translation>Aucun autre ordinateur ne s’est encore synchronisé avec celui-ci&#xa0;: dès que ses modifications seront arrivées ici, vous pourrez lui confier la facturation.</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Choisir le dossier de synchronisation</translation>
    </message>
    <message>
        <source>Writing the practice into the sync folder…</source>
        <translation>Écriture du cabinet dans le dossier de synchronisation…</translation>
    </message>
    <message>
        <source>This practice now syncs through the folder you chose.</source>
        <translation>Ce cabinet se synchronise désormais par le dossier choisi.</translation>
    </message>
    <message>
        <source>Hide the &amp;pairing code</source>
        <translation>Masquer le code d’&amp;appairage</translation>
    </message>
    <message>
        <source>On each other computer of this practice, open Settings and type this new pairing code where it asks for it. A computer that joins later uses it too:</source>
        <translation>Sur chaque autre ordinateur de ce cabinet, ouvrez les Paramètres et saisissez ce nouveau code d’appairage là où il est demandé. Un ordinateur qui rejoint le cabinet plus tard l’utilise aussi&#xa0;:</translation>
    </message>
    <message>
        <source>Hand invoicing over</source>
        <translation>Confier la facturation</translation>
    </message>
    <message>
        <source>Which computer should issue the practice&apos;s invoices?</source>
        <translation>Quel ordinateur doit émettre les factures du cabinet&#xa0;?</translation>
    </message>
    <message>
        <source>Hand invoicing over to:
%1

This computer stops issuing invoices now; the other starts once its sync service has brought it this change. Until then, no computer issues invoices.</source>
        <translation>Confier la facturation à&#xa0;:
%1

Cet ordinateur cesse d’émettre des factures dès maintenant&#xa0;; l’autre commence dès que son service de synchronisation lui a apporté cette modification. D’ici là, aucun ordinateur n’émet de factures.</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Confier</translation>
    </message>
    <message>
        <source>Your vault&apos;s folder %1 is kept in step by %2. A sync service copying the live vault file damages it or splits it into conflicted copies: keep the vault in a folder no service syncs, and use Settings → Use this practice on another computer instead.</source>
        <translation type="vanished">Le dossier de votre coffre %1 est synchronisé par %2. Un service de synchronisation qui copie le fichier du coffre en cours d’utilisation l’endommage ou le scinde en copies en conflit&#xa0;: gardez le coffre dans un dossier qu’aucun service ne synchronise, et utilisez plutôt Paramètres → Utiliser ce cabinet sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>Your vault&apos;s folder %1 is kept in step by %2. A sync service copying the live vault file damages it or splits it into conflicted copies. To move the vault: quit CoachDesk, move this folder to one no service syncs, and start CoachDesk with --home and the folder&apos;s new place. For a second computer, the sync folder below is the safe way.</source>
        <translation>Le dossier de votre coffre %1 est synchronisé par %2. Un service de synchronisation qui copie le fichier du coffre en cours d’utilisation l’endommage ou le scinde en copies en conflit. Pour déplacer le coffre&#xa0;: quittez CoachDesk, déplacez ce dossier vers un dossier qu’aucun service ne synchronise, et lancez CoachDesk avec --home suivi du nouvel emplacement du dossier. Pour un deuxième ordinateur, le dossier de synchronisation ci-dessous est la voie sûre.</translation>
    </message>
    <message>
        <source>Your vault&apos;s folder %1 is kept in step by %2. A sync service copying the live vault file damages it or splits it into conflicted copies. To move the vault: quit CoachDesk, move this folder to one no service syncs, and start CoachDesk with --home and the folder&apos;s new place. For a second computer, use Settings → Use this practice on another computer instead.</source>
        <translation>Le dossier de votre coffre %1 est synchronisé par %2. Un service de synchronisation qui copie le fichier du coffre en cours d’utilisation l’endommage ou le scinde en copies en conflit. Pour déplacer le coffre&#xa0;: quittez CoachDesk, déplacez ce dossier vers un dossier qu’aucun service ne synchronise, et lancez CoachDesk avec --home suivi du nouvel emplacement du dossier. Pour un deuxième ordinateur, utilisez plutôt Paramètres → Utiliser ce cabinet sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>%1 keeps this folder in step, and a sync service copying the live vault file damages it. Better: cancel, and start CoachDesk with --home and a folder no service syncs.</source>
        <translation>%1 synchronise ce dossier, et un service de synchronisation qui copie le fichier du coffre en cours d’utilisation l’endommage. Mieux vaut annuler, et lancer CoachDesk avec --home suivi d’un dossier qu’aucun service ne synchronise.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les Paramètres</translation>
    </message>
    <message>
        <source>Last change arrived</source>
        <translation>Dernière réception</translation>
    </message>
    <message>
        <source>The practice&apos;s computers</source>
        <translation>Les ordinateurs du cabinet</translation>
    </message>
    <message>
        <source>Mark as &amp;gone…</source>
        <translation>Marquer comme &amp;perdu…</translation>
    </message>
    <message>
        <source>&amp;Not gone after all…</source>
        <translation>Finalement pas &amp;perdu…</translation>
    </message>
    <message>
        <source>&amp;Take invoicing back…</source>
        <translation>&amp;Reprendre la facturation…</translation>
    </message>
    <message>
        <source>This computer (%1)</source>
        <translation>Cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>%1 (gone)</source>
        <translation>%1 (perdu)</translation>
    </message>
    <message>
        <source>Nothing yet</source>
        <translation>Rien pour l’instant</translation>
    </message>
    <message>
        <source>%1; later changes not taken in</source>
        <translation type="vanished">%1 ; les modifications suivantes ne sont pas reprises</translation>
    </message>
    <message>
        <source>Issues invoices once it has synced</source>
        <translation>Émet les factures dès qu’il se sera synchronisé</translation>
    </message>
    <message>
        <source>Issues invoices</source>
        <translation>Émet les factures</translation>
    </message>
    <message>
        <source>%1 is marked as gone: what it sends is not taken in.</source>
        <translation>%1 est marqué comme perdu : ce qu’il envoie n’est pas repris.</translation>
    </message>
    <message>
        <source>Another computer marked this one as gone: what you change here no longer reaches the practice&apos;s other computers. If that was a mistake, choose &quot;Not gone after all…&quot; for this computer on another one; else, to work here again, join the practice from a new vault.</source>
        <translation>Un autre ordinateur a marqué celui-ci comme perdu&#xa0;: ce que vous modifiez ici n’atteint plus les autres ordinateurs du cabinet. Si c’était une erreur, choisissez «&#xa0;Finalement pas perdu…&#xa0;» pour cet ordinateur sur un autre&#xa0;; sinon, pour travailler de nouveau ici, rejoignez le cabinet depuis un nouveau coffre.</translation>
    </message>
    <message>
        <source>Mark %1 as gone for good?

Do this for a computer that was lost, stolen or wiped. What it sent that has arrived stays in the practice. What it sends from now on is not taken in, on any computer: to use it again, join the practice from it as a new computer. The others no longer keep old change files for it. Every computer of the practice learns this at its next sync.

Until you make a new pairing code, whoever has that computer can still read what the practice&apos;s computers write: for a lost or stolen computer, choose &quot;New pairing code…&quot; in Settings next.

If you find it again, &quot;Not gone after all…&quot; undoes this, unless invoicing has moved to another computer meanwhile.</source>
        <translation>Marquer %1 comme perdu pour de bon ?

Faites-le pour un ordinateur perdu, volé ou effacé. Ce qu’il a envoyé et qui est arrivé reste dans le cabinet. Ce qu’il enverra désormais ne sera repris sur aucun ordinateur : pour l’utiliser de nouveau, rejoignez le cabinet depuis cet ordinateur comme un nouvel ordinateur. Les autres ne gardent plus d’anciens fichiers de modifications pour lui. Chaque ordinateur du cabinet l’apprend à sa prochaine synchronisation.

Tant que vous ne créez pas de nouveau code d’appairage, qui détient cet ordinateur peut encore lire ce qu’écrivent les ordinateurs du cabinet : pour un ordinateur perdu ou volé, choisissez ensuite « Nouveau code d’appairage… » dans les Paramètres.

Si vous le retrouvez, « Finalement pas perdu… » annule cette action, sauf si la facturation est passée à un autre ordinateur entre-temps.</translation>
    </message>
    <message>
        <source>Mark %1 as gone for good?

Do this for a computer that was lost, stolen or wiped. What it sent that has arrived stays in the practice. What it sends from now on is not taken in, on any computer: to use it again, join the practice from it as a new computer. The others no longer keep old change files for it. Every computer of the practice learns this at its next sync.

If you find it again, &quot;Not gone after all…&quot; undoes this, unless invoicing has moved to another computer meanwhile.</source>
        <translation type="vanished">Marquer %1 comme perdu pour de bon&#xa0;?

Faites-le pour un ordinateur perdu, volé ou effacé. Ce qu’il a envoyé et qui est arrivé reste dans le cabinet. Ce qu’il enverra désormais ne sera repris sur aucun ordinateur&#xa0;: pour l’utiliser de nouveau, rejoignez le cabinet depuis cet ordinateur comme un nouvel ordinateur. Les autres ne gardent plus d’anciens fichiers de modifications pour lui. Chaque ordinateur du cabinet l’apprend à sa prochaine synchronisation.

Si vous le retrouvez, «&#xa0;Finalement pas perdu…&#xa0;» annule cette action, sauf si la facturation est passée à un autre ordinateur entre-temps.</translation>
    </message>
    <message>
        <source>Another computer marked this one as gone: what you change here no longer reaches the practice&apos;s other computers. To work on this computer again, join the practice from a new vault.</source>
        <translation type="vanished">Un autre ordinateur a marqué celui-ci comme perdu&#xa0;: ce que vous modifiez ici n’atteint plus les autres ordinateurs du cabinet. Pour travailler de nouveau sur cet ordinateur, rejoignez le cabinet depuis un nouveau coffre.</translation>
    </message>
    <message>
        <source>Some of the changes the lost computer sent have not arrived here yet: once they have, you can take invoicing back.</source>
        <translation>Certaines modifications envoyées par l’ordinateur perdu ne sont pas encore arrivées ici&#xa0;: dès qu’elles seront là, vous pourrez reprendre la facturation.</translation>
    </message>
    <message>
        <source>A computer gone for good</source>
        <translation>Un ordinateur perdu pour de bon</translation>
    </message>
    <message>
        <source>Mark %1 as gone for good?

Do this for a computer that was lost, stolen or wiped. What it sent that has arrived stays in the practice. What it sends from now on is not taken in, on any computer: to use it again, join the practice from it as a new computer. The others no longer keep old change files for it. Every computer of the practice learns this at its next sync.

This cannot be undone.</source>
        <translation type="vanished">Marquer %1 comme perdu pour de bon&#xa0;?

Faites-le pour un ordinateur perdu, volé ou effacé. Ce qu’il a envoyé et qui est arrivé reste dans le cabinet. Ce qu’il enverra désormais ne sera repris sur aucun ordinateur&#xa0;: pour l’utiliser de nouveau, rejoignez le cabinet depuis cet ordinateur comme un nouvel ordinateur. Les autres ne gardent plus d’anciens fichiers de modifications pour lui. Chaque ordinateur du cabinet l’apprend à sa prochaine synchronisation.

Cette action est définitive.</translation>
    </message>
    <message>
        <source>Mark as gone</source>
        <translation>Marquer comme perdu</translation>
    </message>
    <message>
        <source>Not gone after all</source>
        <translation>Finalement pas perdu</translation>
    </message>
    <message>
        <source>Bring %1 back into the practice?

Do this if it was marked as gone by mistake or has been found again. At their next sync, every computer takes in what it sent, including what it changed while it was marked, and it syncs as before.</source>
        <translation>Réintégrer %1 dans le cabinet&#xa0;?

Faites-le s’il a été marqué comme perdu par erreur ou s’il a été retrouvé. À leur prochaine synchronisation, tous les ordinateurs reprennent ce qu’il a envoyé, y compris ce qu’il a modifié pendant qu’il était marqué, et il se synchronise comme avant.</translation>
    </message>
    <message>
        <source>Bring it back</source>
        <translation>Le réintégrer</translation>
    </message>
    <message>
        <source>Take invoicing back</source>
        <translation>Reprendre la facturation</translation>
    </message>
    <message>
        <source>Issue the practice&apos;s invoices on this computer?

%1, which issued them, is marked as gone. This computer numbers on after the last invoice number it holds: %2.

Before you issue one, compare that number with the last invoice you sent out (its PDF or paper copy): an invoice the lost computer issued but never synced is not here, and its number would be given again.

Take invoicing back on one computer only.</source>
        <translation>Émettre les factures du cabinet sur cet ordinateur&#xa0;?

%1, qui les émettait, est marqué comme perdu. Cet ordinateur poursuit la numérotation après le dernier numéro de facture qu’il détient&#xa0;: %2.

Avant d’en émettre une, comparez ce numéro avec la dernière facture que vous avez envoyée (son PDF ou sa copie papier)&#xa0;: une facture émise par l’ordinateur perdu mais jamais synchronisée n’est pas ici, et son numéro serait attribué une seconde fois.

Reprenez la facturation sur un seul ordinateur.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
</context>
<context>
    <name>AccessRequest</name>
    <message>
        <source>a copy of a client&apos;s personal data</source>
        <translation>une copie des données personnelles d’un client</translation>
    </message>
    <message>
        <source>a folder in your home folder</source>
        <translation>un dossier dans votre dossier personnel</translation>
    </message>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Ce client n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>An item chosen to withhold is no longer in the record. Look over the items again.</source>
        <translation>Un élément choisi pour ne pas être communiqué n’est plus dans le dossier. Revoyez les éléments.</translation>
    </message>
    <message>
        <source>Choose a reason for each item you withhold.</source>
        <translation>Choisissez un motif pour chaque élément non communiqué.</translation>
    </message>
    <message>
        <source>This is not an access request.</source>
        <translation>Ce n’est pas une demande d’accès.</translation>
    </message>
    <message>
        <source>This request was answered already.</source>
        <translation>Cette demande a déjà reçu une réponse.</translation>
    </message>
</context>
<context>
    <name>ActionItems</name>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Ce client n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>This action item is no longer in the vault.</source>
        <translation>Cette action n’est plus dans le coffre.</translation>
    </message>
</context>
<context>
    <name>Agreements</name>
    <message>
        <source>No signature from the coach (%1)</source>
        <translation>Pas de signature du coach (%1)</translation>
    </message>
    <message>
        <source>No signature from the client (%1)</source>
        <translation>Pas de signature du client (%1)</translation>
    </message>
    <message>
        <source>No signature from the sponsor (%1)</source>
        <translation>Pas de signature du sponsor (%1)</translation>
    </message>
    <message>
        <source>This agreement has no coach.</source>
        <translation>Ce contrat n’a pas de coach.</translation>
    </message>
    <message>
        <source>This agreement has no client.</source>
        <translation>Ce contrat n’a pas de client.</translation>
    </message>
    <message>
        <source>This agreement has no sponsor.</source>
        <translation>Ce contrat n’a pas de sponsor.</translation>
    </message>
    <message>
        <source>attendance (how many sessions were held, cancelled or missed)</source>
        <translation>la présence (combien de séances ont eu lieu, ont été annulées ou manquées)</translation>
    </message>
    <message>
        <source>the dates of the sessions held</source>
        <translation>les dates des séances tenues</translation>
    </message>
    <message>
        <source>the hours of coaching held</source>
        <translation>les heures de coaching effectuées</translation>
    </message>
    <message>
        <source>progress on the shared goals, only in words the client has read and approved</source>
        <translation>les progrès sur les objectifs partagés, uniquement dans des mots que le client a lus et approuvés</translation>
    </message>
    <message>
        <source>The clause on what the sponsor may receive must keep its first sentence as written from the choices: “%1” Change the choices to change it; your own words may go around it.</source>
        <translation>La clause sur ce que le sponsor peut recevoir doit garder sa première phrase telle qu’elle est écrite à partir des choix&#xa0;: «&#xa0;%1&#xa0;»&#xa0;Modifiez les choix pour la changer&#xa0;; vos propres mots peuvent l’entourer.</translation>
    </message>
    <message>
        <source>The clause “%1” still holds the blank %2: write in its place the words it stands for.</source>
        <translation>La clause «&#xa0;%1&#xa0;» contient encore le champ %2&#xa0;: écrivez à sa place les mots qu’il représente.</translation>
    </message>
    <message>
        <source>The clause “%1” must state this engagement&apos;s terms as CoachDesk writes them: “%2” Change the engagement to change them; your own words may go around it.</source>
        <translation>La clause «&#xa0;%1&#xa0;» doit énoncer les conditions de cet accompagnement telles que CoachDesk les écrit&#xa0;: «&#xa0;%2&#xa0;» Modifiez l’accompagnement pour les changer&#xa0;; vos propres mots peuvent les entourer.</translation>
    </message>
    <message>
        <source>A three-party agreement needs a sponsor.</source>
        <translation>Un contrat tripartite a besoin d’un sponsor.</translation>
    </message>
    <message>
        <source>Retention is a number of years from 0 to 100.</source>
        <translation>La durée de conservation est un nombre d’années de 0 à 100.</translation>
    </message>
    <message>
        <source>This agreement has been signed; its words cannot change. Make a new version instead.</source>
        <translation>Ce contrat a été signé&#xa0;; son texte ne peut plus changer. Faites plutôt une nouvelle version.</translation>
    </message>
    <message>
        <source>Only a three-party agreement has a sponsor to receive anything.</source>
        <translation>Seul un contrat tripartite a un sponsor qui puisse recevoir quelque chose.</translation>
    </message>
    <message>
        <source>This agreement has been signed; what the sponsor may receive cannot change. Make a new version instead.</source>
        <translation>Ce contrat a été signé&#xa0;; ce que le sponsor peut recevoir ne peut plus changer. Faites plutôt une nouvelle version.</translation>
    </message>
    <message>
        <source>This agreement has ended.</source>
        <translation>Ce contrat a pris fin.</translation>
    </message>
    <message>
        <source>This agreement has no such party.</source>
        <translation>Ce contrat n’a pas cette partie.</translation>
    </message>
    <message>
        <source>Add every required clause before anyone signs.</source>
        <translation>Ajoutez toutes les clauses requises avant que quiconque signe.</translation>
    </message>
    <message>
        <source>Missing clause: %1</source>
        <translation>Clause manquante&#xa0;: %1</translation>
    </message>
    <message>
        <source>This agreement cannot become active yet:</source>
        <translation>Ce contrat ne peut pas encore devenir actif&#xa0;:</translation>
    </message>
    <message>
        <source>This agreement is no longer in the vault.</source>
        <translation>Ce contrat n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>Only an active agreement can end.</source>
        <translation>Seul un contrat actif peut prendre fin.</translation>
    </message>
    <message>
        <source>Keep every clause of the template, in its order.</source>
        <translation>Gardez chaque clause du modèle, dans son ordre.</translation>
    </message>
    <message>
        <source>The clause “%1” needs its words, and braces only around a blank CoachDesk fills in, such as {client}.</source>
        <translation>La clause «&#xa0;%1&#xa0;» a besoin d’un texte, et d’accolades uniquement autour d’un champ que CoachDesk remplit, comme {client}.</translation>
    </message>
    <message>
        <source>The clause “%1” must keep {%2}: CoachDesk writes it from the terms chosen for each agreement.</source>
        <translation>La clause «&#xa0;%1&#xa0;» doit garder {%2}&#xa0;: CoachDesk l’écrit à partir des conditions choisies pour chaque contrat.</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>&amp;New agreement</source>
        <translation>&amp;Nouveau contrat</translation>
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
        <translation>Consigner une &amp;signature…</translation>
    </message>
    <message>
        <source>Make &amp;active</source>
        <translation>&amp;Rendre actif</translation>
    </message>
    <message>
        <source>Edit &amp;words…</source>
        <translation>Modifier le &amp;texte…</translation>
    </message>
    <message>
        <source>&amp;Print for signing…</source>
        <translation>&amp;Imprimer pour signature…</translation>
    </message>
    <message>
        <source>Save the agreement as a PDF to print and sign</source>
        <translation>Enregistrer le contrat en PDF pour l’imprimer et le signer</translation>
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
        <translation>Le texte du contrat</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Contrats</translation>
    </message>
    <message>
        <source>The chosen agreement</source>
        <translation>Le contrat choisi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln agreement(s)</source>
        <translation>
            <numerusform>%Ln contrat</numerusform>
            <numerusform>%Ln contrats</numerusform>
        </translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Langue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Needs every clause and every signature first</source>
        <translation>Il faut d’abord toutes les clauses et toutes les signatures</translation>
    </message>
    <message>
        <source>Signed agreements keep their words</source>
        <translation>Un contrat signé garde son texte</translation>
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
        <translation>Rendre le contrat actif</translation>
    </message>
    <message>
        <source>Make this agreement active? Its words can no longer change, and what it allows the sponsor to receive takes effect.</source>
        <translation>Rendre ce contrat actif&#xa0;? Son texte ne pourra plus changer, et ce qu’il autorise le sponsor à recevoir prend effet.</translation>
    </message>
    <message>
        <source>Make active</source>
        <translation>Rendre actif</translation>
    </message>
    <message>
        <source>The agreement is active.</source>
        <translation>Le contrat est actif.</translation>
    </message>
    <message>
        <source>Print agreement to PDF</source>
        <translation>Imprimer le contrat en PDF</translation>
    </message>
    <message>
        <source>agreement-%1-%2.pdf</source>
        <translation>contrat-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Saved for signing. This printing is recorded.</source>
        <translation>Enregistré pour signature. Cette impression est consignée.</translation>
    </message>
    <message>
        <source>%1 on %2, by %3</source>
        <translation>%1 le %2, par %3</translation>
    </message>
    <message>
        <source>Saved to %1. This printing is recorded.</source>
        <translation type="vanished">Enregistré dans %1. Cette impression est consignée.</translation>
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
        <translation>Par écrit et signé (formulaire d’autorisation)</translation>
    </message>
    <message>
        <source>By email</source>
        <translation>Par e-mail</translation>
    </message>
    <message>
        <source>Verbally: weaker, with no written record</source>
        <translation>Oralement&#xa0;: moins solide, sans trace écrite</translation>
    </message>
    <message>
        <source>Record the client&apos;s approval</source>
        <translation>Consigner l’approbation du client</translation>
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
        <translation>Éléments approuvés par le client, mot pour mot</translation>
    </message>
    <message>
        <source>Compare each passage with the signed form: its words code is printed beside it on the form. The approval is recorded for the words shown here.</source>
        <translation>Comparez chaque passage avec le formulaire signé&#xa0;: son code du texte est imprimé à côté sur le formulaire. L’approbation est consignée pour les mots affichés ici.</translation>
    </message>
    <message>
        <source>Passages to approve</source>
        <translation>Passages à approuver</translation>
    </message>
    <message>
        <source>Passage %1  ·  words code %2</source>
        <translation>Passage %1  ·  code du texte %2</translation>
    </message>
    <message>
        <source>Changed after the release form was printed: a signed form holds other words. Print a new form for these words.</source>
        <translation>Modifié après l’impression du formulaire d’autorisation&#xa0;: un formulaire signé contient d’autres mots. Imprimez un nouveau formulaire pour ces mots.</translation>
    </message>
    <message>
        <source>Not on a printed release form yet: print one for these words to have them signed.</source>
        <translation>Pas encore sur un formulaire d’autorisation imprimé&#xa0;: imprimez-en un pour ces mots afin de les faire signer.</translation>
    </message>
    <message>
        <source>The client&apos;s name, as they gave it</source>
        <translation>Le nom du client, tel qu’il l’a donné</translation>
    </message>
    <message>
        <source>Approval ends on</source>
        <translation>Fin de l’approbation le</translation>
    </message>
    <message>
        <source>No signed form attached</source>
        <translation>Aucun formulaire signé joint</translation>
    </message>
    <message>
        <source>Attach the signed &amp;form…</source>
        <translation>Joindre le &amp;formulaire signé…</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Given by</source>
        <translation>&amp;Donnée par</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>A verbal approval is allowed but weaker: the ICF suggests written permission. It is flagged in the report&apos;s log.</source>
        <translation>Une approbation orale est admise mais moins solide&#xa0;: l’ICF recommande une autorisation écrite. Elle est signalée dans le journal du rapport.</translation>
    </message>
    <message>
        <source>Every item is already approved or struck.</source>
        <translation>Chaque élément est déjà approuvé ou barré.</translation>
    </message>
    <message>
        <source>Attach the signed form</source>
        <translation>Joindre le formulaire signé</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Numérisations (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Tick the items the client approved.</source>
        <translation>Cochez les éléments que le client a approuvés.</translation>
    </message>
</context>
<context>
    <name>Approvals</name>
    <message>
        <source>on screen, in session</source>
        <translation>à l&apos;écran, en séance</translation>
    </message>
    <message>
        <source>in writing, signed</source>
        <translation>par écrit, signé</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <source>verbally (no written record)</source>
        <translation>oralement (sans trace écrite)</translation>
    </message>
    <message>
        <source>The approval cannot expire before it was given.</source>
        <translation>L’approbation ne peut pas expirer avant d’avoir été donnée.</translation>
    </message>
    <message>
        <source>Choose at least one excerpt to approve.</source>
        <translation>Choisissez au moins un extrait à approuver.</translation>
    </message>
    <message>
        <source>This sponsor is no longer in the vault.</source>
        <translation>Ce sponsor n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>This contact is no longer in the vault.</source>
        <translation>Ce contact n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>An excerpt is no longer in the vault.</source>
        <translation>Un extrait n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>One approval covers one client&apos;s words only.</source>
        <translation>Une approbation ne couvre que les mots d’un seul client.</translation>
    </message>
    <message>
        <source>This report is no longer in the vault.</source>
        <translation>Ce rapport n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>An approval for a report covers that report&apos;s own client and items only.</source>
        <translation>Une approbation pour un rapport ne couvre que le client et les éléments de ce rapport.</translation>
    </message>
    <message>
        <source>This approval is no longer in the vault.</source>
        <translation>Cette approbation n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>This approval is no longer in force.</source>
        <translation>Cette approbation n’est plus en vigueur.</translation>
    </message>
    <message>
        <source>(These words were edited after this approval, so it no longer counts; the new words need a new approval.)</source>
        <translation>(Ces mots ont été modifiés après cette approbation, qui ne compte donc plus&#xa0;; les nouveaux mots demandent une nouvelle approbation.)</translation>
    </message>
    <message>
        <source>the sponsor named when you approved</source>
        <translation>le sponsor nommé lors de votre approbation</translation>
    </message>
    <message>
        <source>A report to the sponsor of your coaching</source>
        <translation>Un rapport au sponsor de votre coaching</translation>
    </message>
    <message>
        <source>your coach</source>
        <translation>votre coach</translation>
    </message>
    <message>
        <source>Tell %1, in any way you like (email, phone, or at a session), that you withdraw this approval, for all of these words or some. From then on they are not sent to anyone. Words already sent cannot be called back, but you can ask to see what was sent.</source>
        <translation>Dites à %1, de la manière qui vous convient (e-mail, téléphone ou en séance), que vous retirez cette approbation, pour tous ces mots ou une partie d’entre eux. Dès lors, ils ne sont plus envoyés à personne. Les mots déjà envoyés ne peuvent pas être rappelés, mais vous pouvez demander à voir ce qui a été envoyé.</translation>
    </message>
</context>
<context>
    <name>AsksBeforeDiscarding</name>
    <message>
        <source>Discard what you typed? It has not been saved.</source>
        <translation>Abandonner ce que vous avez saisi&#xa0;? Cela n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Action item added</source>
        <translation>Action ajoutée</translation>
    </message>
    <message>
        <source>Action item changed</source>
        <translation>Action modifiée</translation>
    </message>
    <message>
        <source>Action item done</source>
        <translation>Action terminée</translation>
    </message>
    <message>
        <source>Action item removed</source>
        <translation>Action supprimée</translation>
    </message>
    <message>
        <source>Action item reopened</source>
        <translation>Action rouverte</translation>
    </message>
    <message>
        <source>Agreement made active</source>
        <translation>Contrat rendu actif</translation>
    </message>
    <message>
        <source>Agreement drafted</source>
        <translation>Contrat rédigé</translation>
    </message>
    <message>
        <source>Agreement clauses changed</source>
        <translation>Clauses du contrat modifiées</translation>
    </message>
    <message>
        <source>Agreement ended</source>
        <translation>Contrat terminé</translation>
    </message>
    <message>
        <source>Agreement terms changed: signatures to collect again</source>
        <translation>Conditions du contrat modifiées&#xa0;: signatures à recueillir de nouveau</translation>
    </message>
    <message>
        <source>Agreement terms set</source>
        <translation>Conditions du contrat fixées</translation>
    </message>
    <message>
        <source>Agreement template changed</source>
        <translation>Modèle de contrat modifié</translation>
    </message>
    <message>
        <source>Agreement template reset</source>
        <translation>Modèle de contrat rétabli</translation>
    </message>
    <message>
        <source>Continuing education added</source>
        <translation>Formation continue ajoutée</translation>
    </message>
    <message>
        <source>Continuing education removed</source>
        <translation>Formation continue supprimée</translation>
    </message>
    <message>
        <source>Client added</source>
        <translation>Client ajouté</translation>
    </message>
    <message>
        <source>Client&apos;s disposal finished</source>
        <translation>Suppression du client terminée</translation>
    </message>
    <message>
        <source>Client&apos;s records disposed of</source>
        <translation>Données du client supprimées</translation>
    </message>
    <message>
        <source>Client details edited</source>
        <translation>Coordonnées du client modifiées</translation>
    </message>
    <message>
        <source>Evidence of approval attached</source>
        <translation>Justificatif d’approbation joint</translation>
    </message>
    <message>
        <source>Approval withdrawn</source>
        <translation>Approbation retirée</translation>
    </message>
    <message>
        <source>Approval of a report withdrawn</source>
        <translation>Approbation d’un rapport retirée</translation>
    </message>
    <message>
        <source>Coaching log details of an engagement set</source>
        <translation>Informations du journal de coaching d’un accompagnement définies</translation>
    </message>
    <message>
        <source>Client agreed to be named in the coaching log</source>
        <translation>Le client accepte d’être nommé dans le journal de coaching</translation>
    </message>
    <message>
        <source>Client withdrew being named in the coaching log</source>
        <translation>Le client retire son accord d’être nommé dans le journal de coaching</translation>
    </message>
    <message>
        <source>Credential profile changed</source>
        <translation>Profil de certification modifié</translation>
    </message>
    <message>
        <source>Coaching log details of a session set</source>
        <translation>Informations du journal de coaching d’une séance définies</translation>
    </message>
    <message>
        <source>Coach training changed</source>
        <translation>Formation du coach modifiée</translation>
    </message>
    <message>
        <source>Data request answered</source>
        <translation>Demande de protection des données traitée</translation>
    </message>
    <message>
        <source>Data request closed</source>
        <translation>Demande de protection des données close</translation>
    </message>
    <message>
        <source>Engagement added</source>
        <translation>Accompagnement ajouté</translation>
    </message>
    <message>
        <source>Engagement edited</source>
        <translation>Accompagnement modifié</translation>
    </message>
    <message>
        <source>Engagement ended</source>
        <translation>Accompagnement terminé</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>Justificatif ajouté</translation>
    </message>
    <message>
        <source>Excerpt added</source>
        <translation>Extrait ajouté</translation>
    </message>
    <message>
        <source>Excerpt edited</source>
        <translation>Extrait modifié</translation>
    </message>
    <message>
        <source>Invoice issued</source>
        <translation>Facture émise</translation>
    </message>
    <message>
        <source>Invoice marked paid</source>
        <translation>Facture marquée payée</translation>
    </message>
    <message>
        <source>Invoice marked unpaid</source>
        <translation>Facture marquée impayée</translation>
    </message>
    <message>
        <source>Invoice voided</source>
        <translation>Facture annulée</translation>
    </message>
    <message>
        <source>Payment set aside: the invoice was voided on another computer</source>
        <translation>Paiement mis de côté&#xa0;: la facture a été annulée sur un autre ordinateur</translation>
    </message>
    <message>
        <source>Note added</source>
        <translation>Note ajoutée</translation>
    </message>
    <message>
        <source>Note edited on two computers resolved</source>
        <translation>Note modifiée sur deux ordinateurs résolue</translation>
    </message>
    <message>
        <source>Note may go to the sponsor if the client approves</source>
        <translation>Note transmissible au sponsor si le client l’approuve</translation>
    </message>
    <message>
        <source>Note made coach only</source>
        <translation>Note réservée au coach</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Note enregistrée</translation>
    </message>
    <message>
        <source>Note shared with the client</source>
        <translation>Note partagée avec le client</translation>
    </message>
    <message>
        <source>Report changed</source>
        <translation>Rapport modifié</translation>
    </message>
    <message>
        <source>Report created</source>
        <translation>Rapport créé</translation>
    </message>
    <message>
        <source>Item added to a report</source>
        <translation>Élément ajouté à un rapport</translation>
    </message>
    <message>
        <source>Item removed from a report</source>
        <translation>Élément retiré d’un rapport</translation>
    </message>
    <message>
        <source>Item of a report restored</source>
        <translation>Élément d’un rapport rétabli</translation>
    </message>
    <message>
        <source>Item of a report struck</source>
        <translation>Élément d’un rapport barré</translation>
    </message>
    <message>
        <source>Print language of a report changed</source>
        <translation>Langue d’impression d’un rapport modifiée</translation>
    </message>
    <message>
        <source>Report given to the client to approve</source>
        <translation>Rapport remis au client pour approbation</translation>
    </message>
    <message>
        <source>Release form printed</source>
        <translation>Formulaire d’autorisation imprimé</translation>
    </message>
    <message>
        <source>Report reordered</source>
        <translation>Rapport réordonné</translation>
    </message>
    <message>
        <source>Session added</source>
        <translation>Séance ajoutée</translation>
    </message>
    <message>
        <source>Session marked as cut short</source>
        <translation>Séance marquée comme interrompue</translation>
    </message>
    <message>
        <source>Cut-short session looked at</source>
        <translation>Séance interrompue consultée</translation>
    </message>
    <message>
        <source>Session discarded</source>
        <translation>Séance écartée</translation>
    </message>
    <message>
        <source>Session edited</source>
        <translation>Séance modifiée</translation>
    </message>
    <message>
        <source>Sponsor added</source>
        <translation>Sponsor ajouté</translation>
    </message>
    <message>
        <source>Sponsor contact added</source>
        <translation>Contact du sponsor ajouté</translation>
    </message>
    <message>
        <source>Sponsor edited</source>
        <translation>Sponsor modifié</translation>
    </message>
    <message>
        <source>Sponsor request logged</source>
        <translation>Demande du sponsor consignée</translation>
    </message>
    <message>
        <source>Changes from another computer applied</source>
        <translation>Modifications d’un autre ordinateur appliquées</translation>
    </message>
    <message>
        <source>A computer marked as gone</source>
        <translation>Un ordinateur marqué comme perdu</translation>
    </message>
    <message>
        <source>A computer marked as gone brought back</source>
        <translation>Un ordinateur marqué comme perdu réintégré</translation>
    </message>
    <message>
        <source>This computer&apos;s letter changed (another computer had joined with it)</source>
        <translation>La lettre de cet ordinateur a changé (un autre ordinateur l’avait prise en rejoignant le cabinet)</translation>
    </message>
    <message>
        <source>Invoicing taken back</source>
        <translation>Facturation reprise</translation>
    </message>
    <message>
        <source>New pairing code in use</source>
        <translation>Nouveau code d’appairage en service</translation>
    </message>
    <message>
        <source>Note template added</source>
        <translation>Modèle de note ajouté</translation>
    </message>
    <message>
        <source>Note template changed</source>
        <translation>Modèle de note modifié</translation>
    </message>
    <message>
        <source>Note template removed</source>
        <translation>Modèle de note supprimé</translation>
    </message>
    <message>
        <source>Backups re-encrypted</source>
        <translation>Sauvegardes chiffrées de nouveau</translation>
    </message>
    <message>
        <source>Kept copies re-encrypted</source>
        <translation>Copies conservées chiffrées de nouveau</translation>
    </message>
    <message>
        <source>Vault key changed</source>
        <translation>Clé du coffre changée</translation>
    </message>
    <message>
        <source>Change of the vault key started</source>
        <translation>Changement de la clé du coffre commencé</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase secrète changée</translation>
    </message>
    <message>
        <source>Agreement signature recorded</source>
        <translation>Signature du contrat consignée</translation>
    </message>
    <message>
        <source>Client&apos;s status changed</source>
        <translation>Statut du client modifié</translation>
    </message>
    <message>
        <source>Report frame approved</source>
        <translation>Cadre d’un rapport approuvé</translation>
    </message>
    <message>
        <source>Words approved</source>
        <translation>Mots approuvés</translation>
    </message>
    <message>
        <source>Data request recorded</source>
        <translation>Demande de protection des données consignée</translation>
    </message>
    <message>
        <source>Disclosure recorded</source>
        <translation>Communication consignée</translation>
    </message>
    <message>
        <source>File exported</source>
        <translation>Fichier exporté</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Paramètre modifié</translation>
    </message>
    <message>
        <source>Answer to a sponsor request recorded</source>
        <translation>Réponse à une demande du sponsor consignée</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Report approval</source>
        <translation>Approbation d’un rapport</translation>
    </message>
    <message>
        <source>Continuing education</source>
        <translation>Formation continue</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approbation</translation>
    </message>
    <message>
        <source>Data request</source>
        <translation>Demande de protection des données</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>Excerpt</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Sponsor contact</source>
        <translation>Contact du sponsor</translation>
    </message>
    <message>
        <source>Sponsor request</source>
        <translation>Demande du sponsor</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Note template</source>
        <translation>Modèle de note</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Changes from computer %1 (no. %2)</source>
        <translation>Modifications de l’ordinateur %1 (n°&#xa0;%2)</translation>
    </message>
    <message>
        <source>Changes from another computer (no. %1)</source>
        <translation>Modifications d’un autre ordinateur (n°&#xa0;%1)</translation>
    </message>
    <message>
        <source>Changes from this computer (no. %1)</source>
        <translation>Modifications de cet ordinateur (n°&#xa0;%1)</translation>
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
    <message>
        <source>CoachDesk makes its first copy there when you start. Settings can change the folder at any time.</source>
        <translation>CoachDesk y fait sa première copie dès que vous commencez. Les Paramètres permettent de changer de dossier à tout moment.</translation>
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
    <name>Backups</name>
    <message>
        <source>no backup folder is chosen (Settings → Backups)</source>
        <translation>aucun dossier de sauvegarde n’est choisi (Paramètres → Sauvegardes)</translation>
    </message>
    <message>
        <source>no backup folder is known for this vault</source>
        <translation>aucun dossier de sauvegarde n’est connu pour ce coffre</translation>
    </message>
    <message>
        <source>The backup was not made: %1. Your vault is untouched.</source>
        <translation>La sauvegarde n’a pas été faite : %1. Votre coffre n’a pas été touché.</translation>
    </message>
    <message>
        <source>the vault is locked</source>
        <translation>le coffre est verrouillé</translation>
    </message>
    <message>
        <source>%1 could not be written (%2)</source>
        <translation>%1 n’a pas pu être écrit (%2)</translation>
    </message>
    <message>
        <source>the copy could not be written (%1)</source>
        <translation>la copie n’a pas pu être écrite (%1)</translation>
    </message>
    <message>
        <source>the copy does not open with the vault&apos;s key</source>
        <translation>la copie ne s’ouvre pas avec la clé du coffre</translation>
    </message>
    <message>
        <source>the copy failed its encryption check (damaged pages: %1)</source>
        <translation>la copie n’a pas passé la vérification du chiffrement (pages endommagées : %1)</translation>
    </message>
    <message>
        <source>the copy failed its integrity check</source>
        <translation>la copie n’a pas passé la vérification d’intégrité</translation>
    </message>
    <message>
        <source>the copy does not have this version&apos;s records layout</source>
        <translation>la copie n’a pas la structure de données de cette version</translation>
    </message>
    <message>
        <source>the copy is not of this vault</source>
        <translation>la copie n’est pas celle de ce coffre</translation>
    </message>
    <message>
        <source>the copy cannot be read (%1)</source>
        <translation>la copie ne peut pas être lue (%1)</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 ne peut pas être lu (%2)</translation>
    </message>
    <message>
        <source>your backups</source>
        <translation>vos sauvegardes</translation>
    </message>
    <message>
        <source>for backups, in Settings</source>
        <translation>pour les sauvegardes, dans Paramètres</translation>
    </message>
    <message>
        <source>That is the vault&apos;s own folder: a backup there is lost with the vault when the disk fails or the laptop is lost. Choose an external drive or a synced folder.</source>
        <translation>C’est le dossier du coffre lui-même : une sauvegarde à cet endroit est perdue avec le coffre si le disque tombe en panne ou si l’ordinateur portable est perdu. Choisissez un disque externe ou un dossier synchronisé.</translation>
    </message>
    <message>
        <source>the folder cannot be read (%1)</source>
        <translation>le dossier ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>it could not be re-encrypted (%1)</source>
        <translation>elle n’a pas pu être chiffrée de nouveau (%1)</translation>
    </message>
    <message>
        <source>a change to it was cut off (the file beside it ending in %1 holds it), so it was left as it is</source>
        <translation>une modification a été interrompue (le fichier à côté, qui se termine par %1, la contient) : elle a donc été laissée telle quelle</translation>
    </message>
    <message>
        <source>it does not open with the vault&apos;s previous key: it is damaged, or was made under an earlier key or for another vault</source>
        <translation>elle ne s’ouvre pas avec la clé précédente du coffre : elle est endommagée, ou a été faite avec une clé plus ancienne ou pour un autre coffre</translation>
    </message>
    <message>
        <source>it cannot be opened</source>
        <translation>elle ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>it cannot be read: it is damaged</source>
        <translation>elle ne peut pas être lue : elle est endommagée</translation>
    </message>
    <message>
        <source>the disk is full, so it was left as it is</source>
        <translation>le disque est plein : elle a donc été laissée telle quelle</translation>
    </message>
    <message>
        <source>it could not be rewritten (%1)</source>
        <translation>elle n’a pas pu être réécrite (%1)</translation>
    </message>
    <message>
        <source>its records could not be copied: it may be damaged (%1)</source>
        <translation>ses données n’ont pas pu être copiées : elle est peut-être endommagée (%1)</translation>
    </message>
</context>
<context>
    <name>Badges</name>
    <message>
        <source>Coach only</source>
        <translation>Réservé au coach</translation>
    </message>
    <message>
        <source>Shared with client</source>
        <translation>Partagé avec le client</translation>
    </message>
    <message>
        <source>Sponsor, if client approves</source>
        <translation>Sponsor, si le client approuve</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Awaiting the client</source>
        <translation>En attente du client</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Voided by an edit</source>
        <translation>Annulé par une modification</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>To answer</source>
        <translation>À traiter</translation>
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
        <translation>Impayée</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévues</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Effectuée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Awaiting signatures</source>
        <translation>À signer</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présente</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Traitée</translation>
    </message>
    <message>
        <source>Struck</source>
        <translation>Barré</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Struck by the client</source>
        <translation>Barré par le client</translation>
    </message>
    <message>
        <source>Voided: the report around it changed</source>
        <translation>Annulé : le rapport autour a changé</translation>
    </message>
</context>
<context>
    <name>Clauses</name>
    <message>
        <source>Nature and limits of confidentiality</source>
        <translation>Nature et limites de la confidentialité</translation>
    </message>
    <message>
        <source>Named limits: illegal activity, court order or subpoena, risk of danger to self or others</source>
        <translation>Limites nommées : activité illégale, décision de justice ou citation à comparaître, danger pour soi-même ou pour autrui</translation>
    </message>
    <message>
        <source>How coaching information is exchanged among coach, client and sponsor</source>
        <translation>Comment les informations du coaching circulent entre le coach, le client et le sponsor</translation>
    </message>
    <message>
        <source>Roles and responsibilities</source>
        <translation>Rôles et responsabilités</translation>
    </message>
    <message>
        <source>Fees and payment</source>
        <translation>Honoraires et paiement</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>Annulation</translation>
    </message>
    <message>
        <source>Record retention period and disposal method</source>
        <translation>Durée de conservation des dossiers et mode de destruction</translation>
    </message>
    <message>
        <source>How the agreement ends</source>
        <translation>Comment le contrat prend fin</translation>
    </message>
</context>
<context>
    <name>ClausesDialog</name>
    <message>
        <source>Discard your changes to the agreement&apos;s words?</source>
        <translation>Abandonner vos modifications du texte du contrat&#xa0;?</translation>
    </message>
    <message>
        <source>Edit the agreement&apos;s words</source>
        <translation>Modifier le texte du contrat</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Clauses</translation>
    </message>
    <message>
        <source>Clause heading</source>
        <translation>Titre de la clause</translation>
    </message>
    <message>
        <source>Clause words</source>
        <translation>Texte de la clause</translation>
    </message>
    <message>
        <source>&amp;Remove clause</source>
        <translation>&amp;Supprimer la clause</translation>
    </message>
    <message>
        <source>Put back &amp;missing clauses</source>
        <translation>Remettre les clauses &amp;manquantes</translation>
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
        <source>Start session</source>
        <translation>Démarrer la séance</translation>
    </message>
    <message>
        <source>A session is planned for %1. Is this that session, starting now?</source>
        <translation>Une séance est prévue le %1. Est-ce cette séance, qui commence maintenant ?</translation>
    </message>
    <message>
        <source>Start the planned session</source>
        <translation>Démarrer la séance prévue</translation>
    </message>
    <message>
        <source>Start a new session</source>
        <translation>Démarrer une nouvelle séance</translation>
    </message>
    <message>
        <source>This client has no current engagement, so no session is recorded; the note is kept with the client.</source>
        <translation>Ce client n’a pas d’accompagnement en cours, donc aucune séance n’est consignée&#xa0;; la note est conservée avec le client.</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>This does not look like an email address (name@example.org).</source>
        <translation>Cela ne ressemble pas à une adresse e-mail (nom@example.org).</translation>
    </message>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Ce client n’est plus dans le coffre.</translation>
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
        <translation>Rechercher des clients par nom ou e-mail</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Afficher les &amp;archivés</translation>
    </message>
    <message>
        <source>&amp;New client</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hiver</translation>
    </message>
    <message>
        <source>&amp;Open client</source>
        <translation>&amp;Ouvrir le client</translation>
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
        <translation>Archiver le client</translation>
    </message>
    <message>
        <source>Archive %1? Their records stay in the vault, out of the everyday list. Tick “Show archived” to see them again.</source>
        <translation>Archiver %1&#xa0;? Ses données restent dans le coffre, hors de la liste courante. Cochez «&#xa0;Afficher les archivés&#xa0;» pour les revoir.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Could not archive</source>
        <translation>Archivage impossible</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
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
        <translation>Resta&amp;urer</translation>
    </message>
    <message>
        <source>Rest&amp;ore client</source>
        <translation>Resta&amp;urer le client</translation>
    </message>
    <message>
        <source>Arc&amp;hive client</source>
        <translation>Arc&amp;hiver le client</translation>
    </message>
</context>
<context>
    <name>ClientsTable</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>Write it down on paper now. It is shown only this once.</source>
        <translation>Notez-le sur papier maintenant. Il n’est affiché que cette fois-ci.</translation>
    </message>
    <message>
        <source>I have written down my recovery code and will keep it somewhere safe</source>
        <translation>J’ai noté mon code de récupération et je le conserverai en lieu sûr</translation>
    </message>
    <message>
        <source>This is this computer&apos;s own recovery code, for its vault here: keep it on paper. The pairing code you type after this is a different code, shown on the other computer.</source>
        <translation>Ceci est le code de récupération propre à cet ordinateur, pour son coffre&#xa0;: gardez-le sur papier. Le code d’appairage que vous saisirez ensuite est un autre code, affiché sur l’autre ordinateur.</translation>
    </message>
    <message>
        <source>If this computer is lost or replaced, or its keyring is cleared, this code is the only way to open your vault. Keep it away from the laptop, as you would a spare key. CoachDesk cannot show it again or recover it for you.</source>
        <translation>Si cet ordinateur est perdu ou remplacé, ou si son trousseau de clés est effacé, ce code est le seul moyen d’ouvrir votre coffre. Gardez-le loin de l’ordinateur portable, comme un double de clé. CoachDesk ne peut ni le réafficher ni le retrouver pour vous.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>Check your copy</source>
        <translation>Vérifiez votre copie</translation>
    </message>
    <message>
        <source>Type two groups from what you wrote down.</source>
        <translation>Saisissez deux groupes de ce que vous avez noté.</translation>
    </message>
    <message>
        <source>This makes sure your written copy is right before anything depends on it.</source>
        <translation>Cela permet de s’assurer que votre copie écrite est juste avant que quoi que ce soit en dépende.</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Créer mon coffre</translation>
    </message>
    <message>
        <source>Group %1</source>
        <translation>Groupe %1</translation>
    </message>
    <message>
        <source>Group %1 is not what the code says. Check your copy (press Back to see the code again).</source>
        <translation>Le groupe %1 ne correspond pas au code. Vérifiez votre copie (appuyez sur Précédent pour revoir le code).</translation>
    </message>
    <message>
        <source>CoachDesk could not write the vault in %1 (%2). Nothing was saved.</source>
        <translation>CoachDesk n’a pas pu écrire le coffre dans %1 (%2). Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>ConflictNotice</name>
    <message>
        <source>Edited on two computers</source>
        <translation>Modifiée sur deux ordinateurs</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Résoudre…</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <source>This note was resolved already, perhaps on another computer.</source>
        <translation>Cette note a déjà été résolue, peut-être sur un autre ordinateur.</translation>
    </message>
    <message>
        <source>This note changed while you were choosing. Both texts are shown again as they are now.</source>
        <translation>Cette note a changé pendant que vous choisissiez. Les deux textes sont de nouveau affichés tels qu’ils sont maintenant.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>the client has not approved it for this recipient</source>
        <translation>le client ne l&apos;a pas approuvé pour ce destinataire</translation>
    </message>
    <message>
        <source>its words changed after the client approved them</source>
        <translation>ses mots ont changé après l&apos;approbation du client</translation>
    </message>
    <message>
        <source>the client withdrew the approval</source>
        <translation>le client a retiré son approbation</translation>
    </message>
    <message>
        <source>the approval has expired</source>
        <translation>l&apos;approbation a expiré</translation>
    </message>
    <message>
        <source>the approval is dated after the day of this export</source>
        <translation>l&apos;approbation est datée d&apos;après le jour de cet export</translation>
    </message>
    <message>
        <source>the report around it changed after the client approved it</source>
        <translation>le rapport autour a changé après l&apos;approbation du client</translation>
    </message>
    <message>
        <source>the client has not approved the report as it will be printed (recipient, purpose, period and session facts)</source>
        <translation>le client n&apos;a pas approuvé le rapport tel qu&apos;il sera imprimé (destinataire, objet, période et données des séances)</translation>
    </message>
    <message>
        <source>the client&apos;s approval of the report has expired</source>
        <translation>l&apos;approbation du rapport par le client a expiré</translation>
    </message>
    <message>
        <source>the client withdrew the approval of the report</source>
        <translation>le client a retiré son approbation du rapport</translation>
    </message>
    <message>
        <source>no active agreement with this sponsor says how information is exchanged (ICF Code 25): activate a three-party agreement first</source>
        <translation>aucun contrat en vigueur avec ce sponsor ne dit comment les informations circulent (Code ICF 25) : activez d&apos;abord un contrat tripartite</translation>
    </message>
    <message>
        <source>nobody has confirmed what the agreement lets the sponsor receive: open the agreement and choose it (every party then signs again)</source>
        <translation>personne n&apos;a confirmé ce que le contrat permet au sponsor de recevoir : ouvrez le contrat et choisissez-le (chaque partie signe alors à nouveau)</translation>
    </message>
    <message>
        <source>the agreement does not let the sponsor receive the client&apos;s words, only the session facts it names: strike or remove the passages</source>
        <translation>le contrat ne permet pas au sponsor de recevoir les mots du client, seulement les données des séances qu&apos;il nomme : barrez ou retirez les passages</translation>
    </message>
    <message>
        <source>the report has nothing in it to send</source>
        <translation>le rapport ne contient rien à envoyer</translation>
    </message>
    <message>
        <source>the report is set to print in %1, and this copy of CoachDesk cannot print in that language (its translation is missing or incomplete): it would go out in other words than the client approves. Use a CoachDesk that prints in %1, or choose another language and ask the client to approve the report again</source>
        <translation>le rapport doit être imprimé en %1, et cette copie de CoachDesk ne peut pas imprimer dans cette langue (sa traduction manque ou est incomplète)&#xa0;: il partirait avec d’autres mots que ceux que le client approuve. Utilisez un CoachDesk qui imprime en %1, ou choisissez une autre langue et demandez au client d’approuver de nouveau le rapport</translation>
    </message>
</context>
<context>
    <name>Courses</name>
    <message>
        <source>How long the course was is needed (more than 0 hours).</source>
        <translation>La durée de la formation est nécessaire (plus de 0 heure).</translation>
    </message>
    <message>
        <source>The certificate is larger than 20 MB: save it smaller (a PDF or a photo) and add it again.</source>
        <translation>Le certificat dépasse 20 Mo : enregistrez-le en plus petit (un PDF ou une photo) et ajoutez-le de nouveau.</translation>
    </message>
    <message>
        <source>That course is no longer in the log.</source>
        <translation>Cette formation n’est plus dans le journal.</translation>
    </message>
    <message>
        <source>No certificate is kept for that course.</source>
        <translation>Aucun certificat n’est conservé pour cette formation.</translation>
    </message>
</context>
<context>
    <name>Credentials</name>
    <message>
        <source>Confidential Client %1</source>
        <translation>Client confidentiel %1</translation>
    </message>
    <message>
        <source>A group has 2 to %1 people: ICF counts groups of %1 or fewer.</source>
        <translation>Un groupe compte de 2 à %1 personnes : l’ICF compte les groupes de %1 au plus.</translation>
    </message>
    <message>
        <source>This session is billed on invoice %1: void the invoice first to make it pro bono.</source>
        <translation>Cette séance est facturée sur la facture %1 : annulez d’abord la facture pour la passer en pro bono.</translation>
    </message>
    <message>
        <source>This session is no longer in the vault.</source>
        <translation>Cette séance n’est plus dans le coffre.</translation>
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
        <translation>Compter les heures à partir du début de ma &amp;formation spécifique au coaching, le</translation>
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
        <translation>Obtenue ou renouvelée en dernier le</translation>
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
        <translation>Éthique du coaching</translation>
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
        <translation>Période de renouvellement à partir du %1, à renouveler avant le %2&#xa0;: %3 unités CCE sur %4&#xa0;; %5 sur au moins %6 en compétences clés, dont %7 sur au moins %8 en éthique du coaching&#xa0;; %9 en développement des ressources.</translation>
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
    <name>DataRequests</name>
    <message>
        <source>The day it was received cannot be in the future.</source>
        <translation>Le jour de réception ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>This client is not in the vault.</source>
        <translation>Ce client n’est pas dans le coffre.</translation>
    </message>
    <message>
        <source>This request is not in the log.</source>
        <translation>Cette demande n’est pas dans le registre.</translation>
    </message>
    <message>
        <source>This request is closed; its deadline no longer runs.</source>
        <translation>Cette demande est close ; son délai ne court plus.</translation>
    </message>
    <message>
        <source>The deadline was extended already; the law allows one extension of two months.</source>
        <translation>Le délai a déjà été prolongé ; la loi permet une seule prolongation de deux mois.</translation>
    </message>
    <message>
        <source>Say why more time is needed: the client is told the reason.</source>
        <translation>Indiquez pourquoi il faut plus de temps : le client est informé du motif.</translation>
    </message>
    <message>
        <source>The deadline has passed: an extension is made within the first month.</source>
        <translation>Le délai est dépassé : une prolongation se décide dans le premier mois.</translation>
    </message>
    <message>
        <source>This request was answered already.</source>
        <translation>Il a déjà été répondu à cette demande.</translation>
    </message>
    <message>
        <source>It cannot be answered before it was received.</source>
        <translation>On ne peut pas y répondre avant de l’avoir reçue.</translation>
    </message>
    <message>
        <source>Check that the request comes from the client (and record how) before answering it.</source>
        <translation>Vérifiez que la demande vient bien du client (et notez comment) avant d’y répondre.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Type it as %1, or pick the day on the calendar.</source>
        <translation>Saisissez-la au format %1, ou choisissez le jour dans le calendrier.</translation>
    </message>
</context>
<context>
    <name>Disclosures</name>
    <message>
        <source>Report to sponsor</source>
        <translation>Rapport au sponsor</translation>
    </message>
    <message>
        <source>Legal export</source>
        <translation>Export légal</translation>
    </message>
    <message>
        <source>Packet for the client</source>
        <translation>Documents pour le client</translation>
    </message>
    <message>
        <source>This disclosure is not in the vault.</source>
        <translation>Cette communication n’est pas dans le coffre.</translation>
    </message>
    <message>
        <source>The records changed while the file was being made, three times over. Nothing was exported; try again.</source>
        <translation>Les données ont changé pendant la création du fichier, trois fois de suite. Rien n’a été exporté ; réessayez.</translation>
    </message>
</context>
<context>
    <name>Disposal</name>
    <message>
        <source>words kept in the disclosure log</source>
        <translation>mots conservés dans le journal des communications</translation>
    </message>
    <message>
        <source>report items</source>
        <translation>éléments de rapport</translation>
    </message>
    <message>
        <source>approvals</source>
        <translation>approbations</translation>
    </message>
    <message>
        <source>signed forms</source>
        <translation>formulaires signés</translation>
    </message>
    <message>
        <source>excerpts</source>
        <translation>extraits</translation>
    </message>
    <message>
        <source>note revisions</source>
        <translation>versions antérieures des notes</translation>
    </message>
    <message>
        <source>action items</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <source>agreement texts</source>
        <translation>textes des contrats</translation>
    </message>
    <message>
        <source>client details</source>
        <translation>coordonnées du client</translation>
    </message>
    <message>
        <source>session places</source>
        <translation>lieux des séances</translation>
    </message>
    <message>
        <source>sponsor request texts</source>
        <translation>textes des demandes de sponsor</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
</context>
<context>
    <name>DisposalDialog</name>
    <message>
        <source>Dispose of a client&apos;s records</source>
        <translation>Supprimer les données d’un client</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>This removes %1&apos;s records for good: %2. It also removes them from the backups in your backup folder. Session dates, lengths and fees stay for tax purposes, without any content. You will be asked where to save a disposal receipt.</source>
        <translation>Cette action supprime définitivement les données de %1&#xa0;: %2. Elle les supprime aussi des sauvegardes de votre dossier de sauvegarde. Les dates, durées et tarifs des séances restent à des fins fiscales, sans aucun contenu. Il vous sera demandé où enregistrer une attestation de suppression.</translation>
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
        <translation>Je comprends que cette action est irréversible</translation>
    </message>
    <message>
        <source>&amp;Basis</source>
        <translation>&amp;Motif</translation>
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
        <translation>Modifier l’accompagnement</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nouvel accompagnement</translation>
    </message>
    <message>
        <source>this engagement</source>
        <translation>cet accompagnement</translation>
    </message>
    <message>
        <source>e.g. Leadership coaching</source>
        <translation>p. ex. Coaching de leadership</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <source>No end date yet</source>
        <translation>Pas encore de date de fin</translation>
    </message>
    <message>
        <source>No sponsor (the client pays)</source>
        <translation>Pas de sponsor (le client paie)</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>choose what the fee is for</source>
        <translation>choisissez à quoi correspond le tarif</translation>
    </message>
    <message>
        <source>What the fee is for</source>
        <translation>Ce que couvre le tarif</translation>
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
        <translation>Ajouter un &amp;objectif</translation>
    </message>
    <message>
        <source>&amp;Remove goal</source>
        <translation>Suppri&amp;mer l’objectif</translation>
    </message>
    <message>
        <source>This fee was kept before CoachDesk asked what it is for. Say whether %1 is per session or for the whole engagement. An agreement already written keeps its words.</source>
        <translation>Ce tarif a été enregistré avant que CoachDesk demande à quoi il correspond. Précisez si %1 s’entend par séance ou pour tout l’accompagnement. Un contrat déjà rédigé garde son texte.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Intitulé</translation>
    </message>
    <message>
        <source>&amp;From, to</source>
        <translation>&amp;Du, au</translation>
    </message>
    <message>
        <source>&amp;Sponsor</source>
        <translation>&amp;Sponsor</translation>
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
        <translation>le tarif</translation>
    </message>
    <message>
        <source>&amp;Credential log</source>
        <translation>&amp;Journal de coaching</translation>
    </message>
    <message>
        <source>The fee was %1 %2: check it, now that it is %3.</source>
        <translation>Le tarif était %1 %2 : vérifiez-le, maintenant qu’il est %3.</translation>
    </message>
    <message numerus="yes">
        <source>Converted: %1 %2 for %n sessions comes to %3 %4.</source>
        <translation>
            <numerusform>Converti : %1 %2 pour %n séance font %3 %4.</numerusform>
            <numerusform>Converti : %1 %2 pour %n séances font %3 %4.</numerusform>
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
        <translation>Qui peut connaître cet objectif</translation>
    </message>
</context>
<context>
    <name>Engagements</name>
    <message>
        <source>A package holds at least one session: say how many.</source>
        <translation>Un forfait comprend au moins une séance&#xa0;: indiquez combien.</translation>
    </message>
    <message>
        <source>Say whether a missed session counts as one of the package&apos;s sessions: the agreement will state it.</source>
        <translation>Indiquez si une séance manquée compte comme l’une des séances du forfait&#xa0;: le contrat l’indiquera.</translation>
    </message>
    <message>
        <source>Say what this engagement&apos;s fee is for (each session, or the whole engagement): it was entered before CoachDesk asked. Edit the engagement to choose.</source>
        <translation>Indiquez à quoi correspond le tarif de cet accompagnement (chaque séance, ou tout l’accompagnement)&#xa0;: il a été saisi avant que CoachDesk ne le demande.&#xa0;Modifiez l’accompagnement pour le choisir.</translation>
    </message>
    <message>
        <source>Every goal must be visible to the client. A goal the sponsor wants kept from the client is an ethical conflict under the ICF Code of Ethics: talk it through with the client and sponsor together, and record it only as a goal the client knows.</source>
        <translation>Chaque objectif doit être visible du client. Un objectif que le sponsor veut cacher au client est un conflit éthique selon le Code de déontologie de l’ICF&#xa0;: parlez-en avec le client et le sponsor ensemble, et enregistrez-le seulement comme un objectif que le client connaît.</translation>
    </message>
    <message>
        <source>A goal cannot be empty.</source>
        <translation>Un objectif ne peut pas être vide.</translation>
    </message>
    <message>
        <source>Planned sessions cannot be negative.</source>
        <translation>Le nombre de séances prévues ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Currency is a three-letter code such as EUR or USD.</source>
        <translation>La devise est un code de trois lettres comme EUR ou USD.</translation>
    </message>
    <message>
        <source>The package&apos;s last day comes before the engagement starts: choose it again.</source>
        <translation>Le dernier jour du forfait précède le début de l’accompagnement&#xa0;: choisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>This engagement is no longer in the vault.</source>
        <translation>Cet accompagnement n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>Sessions of this engagement were held at fees in %1 and are not invoiced yet: invoice them in %1 first, then change the currency (or start a new engagement in the new currency).</source>
        <translation>Des séances de cet accompagnement ont eu lieu à des tarifs en %1 et ne sont pas encore facturées&#xa0;: facturez-les d’abord en %1, puis changez la devise (ou commencez un nouvel accompagnement dans la nouvelle devise).</translation>
    </message>
    <message>
        <source>A signed agreement for this engagement states the fee:%1. Its words cannot change; end that agreement and make a new one to agree a new fee or package.</source>
        <translation>Un contrat signé pour cet accompagnement indique le tarif&#xa0;:%1. Son texte ne peut pas changer&#xa0;; mettez fin à ce contrat et faites-en un nouveau pour convenir d’un nouveau tarif ou forfait.</translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message>
        <source>This is not an erasure request.</source>
        <translation>Ce n’est pas une demande d’effacement.</translation>
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
    <name>Evidence</name>
    <message>
        <source>“%1” is empty. Choose the scanned form itself.</source>
        <translation>«&#xa0;%1&#xa0;» est vide. Choisissez le formulaire numérisé lui-même.</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; evidence can be at most %3 MB. Scan the form again at a lower resolution (150 dpi is plenty) and attach that.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;Mo&#xa0;; un justificatif peut faire au plus %3&#xa0;Mo. Numérisez de nouveau le formulaire à une résolution plus basse (150 dpi suffisent) et joignez ce fichier.</translation>
    </message>
    <message>
        <source>“%1” is not a PDF or an image (PNG, JPEG or TIFF). Scan or save the signed form as one of these and attach that.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni un PDF ni une image (PNG, JPEG ou TIFF). Numérisez ou enregistrez le formulaire signé dans l’un de ces formats et joignez ce fichier.</translation>
    </message>
    <message>
        <source>This approval is no longer in the vault.</source>
        <translation>Cette approbation n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>This evidence is no longer in the vault.</source>
        <translation>Ce justificatif n’est plus dans le coffre.</translation>
    </message>
</context>
<context>
    <name>ExcerptDialog</name>
    <message>
        <source>Edit item</source>
        <translation>Modifier l’élément</translation>
    </message>
    <message>
        <source>Lift words from a note</source>
        <translation>Reprendre des mots d’une note</translation>
    </message>
    <message>
        <source>Write an item</source>
        <translation>Rédiger un élément</translation>
    </message>
    <message>
        <source>The words the sponsor would read, as the client would approve them.</source>
        <translation>Les mots que lirait le sponsor, tels que le client les approuverait.</translation>
    </message>
    <message>
        <source>Item words</source>
        <translation>Texte de l’élément</translation>
    </message>
    <message>
        <source>Editing words the client already approved means asking again.</source>
        <translation>Modifier des mots déjà approuvés par le client implique de lui redemander son accord.</translation>
    </message>
    <message>
        <source>The client will read and approve these exact words.</source>
        <translation>Le client lira et approuvera ces mots exacts.</translation>
    </message>
    <message>
        <source>Words for the sponsor</source>
        <translation>Mots pour le sponsor</translation>
    </message>
    <message>
        <source>Shared note</source>
        <translation>Note partagée</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Use the &amp;selected words →</source>
        <translation>Utiliser les mots &amp;sélectionnés →</translation>
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
        <translation>Sélectionnez d’abord les mots dans la note.</translation>
    </message>
</context>
<context>
    <name>Excerpts</name>
    <message>
        <source>An excerpt cannot be empty.</source>
        <translation>Un extrait ne peut pas être vide.</translation>
    </message>
    <message>
        <source>That note is not this client&apos;s.</source>
        <translation>Cette note n’est pas celle de ce client.</translation>
    </message>
    <message>
        <source>A private note is the coach&apos;s own: nothing is lifted from it for a sponsor.</source>
        <translation>Une note privée n’appartient qu’au coach&#xa0;: rien n’en est tiré pour un sponsor.</translation>
    </message>
    <message>
        <source>This note is shared with the client only: choose &quot;Sponsor, if client approves&quot; for it first.</source>
        <translation>Cette note n’est partagée qu’avec le client&#xa0;: choisissez d’abord «&#xa0;Sponsor, si le client approuve&#xa0;» pour elle.</translation>
    </message>
    <message>
        <source>This excerpt is no longer in the vault.</source>
        <translation>Cet extrait n’est plus dans le coffre.</translation>
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
        <translation>Le mode de suppression</translation>
    </message>
    <message>
        <source>This setting</source>
        <translation>Ce paramètre</translation>
    </message>
    <message>
        <source>The organisation&apos;s name</source>
        <translation>Le nom de l’organisation</translation>
    </message>
    <message>
        <source>A clause</source>
        <translation>Une clause</translation>
    </message>
    <message>
        <source>A clause heading</source>
        <translation>Le titre d’une clause</translation>
    </message>
    <message>
        <source>A fact</source>
        <translation>Un élément de séance</translation>
    </message>
    <message>
        <source>A goal</source>
        <translation>Un objectif</translation>
    </message>
    <message>
        <source>A goal&apos;s visibility</source>
        <translation>La visibilité d’un objectif</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Une note</translation>
    </message>
    <message>
        <source>A section&apos;s heading</source>
        <translation>Le titre d’une section</translation>
    </message>
    <message>
        <source>A section&apos;s prompt</source>
        <translation>L’amorce d’une section</translation>
    </message>
    <message>
        <source>Agreement type</source>
        <translation>Le type de contrat</translation>
    </message>
    <message>
        <source>An action item</source>
        <translation>Une action</translation>
    </message>
    <message>
        <source>An excerpt</source>
        <translation>Un extrait</translation>
    </message>
    <message>
        <source>Billing name</source>
        <translation>Le nom de facturation</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>La devise</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>L’e-mail</translation>
    </message>
    <message>
        <source>How identity was checked</source>
        <translation>Le mode de vérification de l’identité</translation>
    </message>
    <message>
        <source>How it came</source>
        <translation>La provenance</translation>
    </message>
    <message>
        <source>How the client approved</source>
        <translation>Le mode d’approbation du client</translation>
    </message>
    <message>
        <source>Paid or pro bono</source>
        <translation>Rémunéré ou pro bono</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Le téléphone</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Le lieu</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Les pronoms</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>La fonction</translation>
    </message>
    <message>
        <source>Signature method</source>
        <translation>Le mode de signature</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Le statut</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>L’adresse</translation>
    </message>
    <message>
        <source>The agreement&apos;s language</source>
        <translation>La langue du contrat</translation>
    </message>
    <message>
        <source>The agreement&apos;s title</source>
        <translation>Le titre du contrat</translation>
    </message>
    <message>
        <source>The approval date</source>
        <translation>La date d’approbation</translation>
    </message>
    <message>
        <source>The basis for disposal</source>
        <translation>Le motif de la suppression</translation>
    </message>
    <message>
        <source>The certificate&apos;s file name</source>
        <translation>Le nom du fichier du certificat</translation>
    </message>
    <message>
        <source>The client&apos;s name</source>
        <translation>Le nom du client</translation>
    </message>
    <message>
        <source>The cloud service</source>
        <translation>Le service cloud</translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation>Le nom du contact</translation>
    </message>
    <message>
        <source>The course</source>
        <translation>La formation</translation>
    </message>
    <message>
        <source>The credential</source>
        <translation>La certification</translation>
    </message>
    <message>
        <source>The date of the request</source>
        <translation>La date de la demande</translation>
    </message>
    <message>
        <source>The date of the response</source>
        <translation>La date de la réponse</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>Le jour</translation>
    </message>
    <message>
        <source>The day it was answered</source>
        <translation>Le jour de la réponse</translation>
    </message>
    <message>
        <source>The day it was paid</source>
        <translation>Le jour du paiement</translation>
    </message>
    <message>
        <source>The day it was received</source>
        <translation>Le jour de réception</translation>
    </message>
    <message>
        <source>The day of the course</source>
        <translation>Le jour de la formation</translation>
    </message>
    <message>
        <source>The day of the extension</source>
        <translation>Le jour de la prolongation</translation>
    </message>
    <message>
        <source>The day the client agreed</source>
        <translation>Le jour de l’accord du client</translation>
    </message>
    <message>
        <source>The day the credential was awarded</source>
        <translation>Le jour d’obtention de la certification</translation>
    </message>
    <message>
        <source>The day your coach training started</source>
        <translation>Le jour du début de votre formation de coach</translation>
    </message>
    <message>
        <source>The due date</source>
        <translation>L’échéance</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>La date de fin</translation>
    </message>
    <message>
        <source>The end of the period</source>
        <translation>La fin de la période</translation>
    </message>
    <message>
        <source>The expiry date</source>
        <translation>La date d’expiration</translation>
    </message>
    <message>
        <source>The fee</source>
        <translation>Le tarif</translation>
    </message>
    <message>
        <source>The first day</source>
        <translation>Le premier jour</translation>
    </message>
    <message>
        <source>The invoice&apos;s date</source>
        <translation>La date de la facture</translation>
    </message>
    <message>
        <source>The kind of education</source>
        <translation>Le type de formation</translation>
    </message>
    <message>
        <source>The kind of request</source>
        <translation>Le type de demande</translation>
    </message>
    <message>
        <source>The last day</source>
        <translation>Le dernier jour</translation>
    </message>
    <message>
        <source>The legal basis</source>
        <translation>La base légale</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>The note on the identity check</source>
        <translation>La note sur la vérification d’identité</translation>
    </message>
    <message>
        <source>The note on the outcome</source>
        <translation>La note sur la suite donnée</translation>
    </message>
    <message>
        <source>The outcome</source>
        <translation>La suite donnée</translation>
    </message>
    <message>
        <source>The package&apos;s last day</source>
        <translation>Le dernier jour du forfait</translation>
    </message>
    <message>
        <source>The passphrase</source>
        <translation>La phrase secrète</translation>
    </message>
    <message>
        <source>The print language</source>
        <translation>La langue d’impression</translation>
    </message>
    <message>
        <source>The provider</source>
        <translation>L’organisme</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>L’objet</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Le motif</translation>
    </message>
    <message>
        <source>The reason for the extension</source>
        <translation>Le motif de la prolongation</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>Le destinataire</translation>
    </message>
    <message>
        <source>The response</source>
        <translation>La réponse</translation>
    </message>
    <message>
        <source>The signature date</source>
        <translation>La date de signature</translation>
    </message>
    <message>
        <source>The signer&apos;s name</source>
        <translation>Le nom du signataire</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>La date de début</translation>
    </message>
    <message>
        <source>The start of the period</source>
        <translation>Le début de la période</translation>
    </message>
    <message>
        <source>The tax&apos;s name</source>
        <translation>Le nom de la taxe</translation>
    </message>
    <message>
        <source>The template&apos;s name</source>
        <translation>Le nom du modèle</translation>
    </message>
    <message>
        <source>This note</source>
        <translation>Cette note</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Le titre</translation>
    </message>
    <message>
        <source>What the fee is for</source>
        <translation>Ce que couvre le tarif</translation>
    </message>
    <message>
        <source>What the sponsor may receive</source>
        <translation>Ce que le sponsor peut recevoir</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Ce qui a été demandé</translation>
    </message>
    <message>
        <source>Where backups go</source>
        <translation>L’emplacement des sauvegardes</translation>
    </message>
    <message>
        <source>Who approved</source>
        <translation>Qui a approuvé</translation>
    </message>
    <message>
        <source>Who asked for the record</source>
        <translation>Qui a demandé le dossier</translation>
    </message>
    <message>
        <source>Who is billed</source>
        <translation>Qui est facturé</translation>
    </message>
    <message>
        <source>Whose action it is</source>
        <translation>Le responsable de l’action</translation>
    </message>
    <message>
        <source>What to keep</source>
        <translation>Ce qu’il faut garder</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>CoachDesk will not write %1: %2. Nothing was written there. Choose another name, or a folder that is yours alone.</source>
        <translation>CoachDesk n’écrira pas %1 : %2. Rien n’y a été écrit. Choisissez un autre nom, ou un dossier qui n’appartient qu’à vous.</translation>
    </message>
    <message>
        <source>CoachDesk will not keep %1 in %2: %3</source>
        <translation>CoachDesk ne gardera pas %1 dans %2 : %3</translation>
    </message>
    <message>
        <source>a link to another place stands at that name</source>
        <translation>un lien vers un autre emplacement porte ce nom</translation>
    </message>
    <message>
        <source>something other than an ordinary file stands at that name</source>
        <translation>quelque chose d’autre qu’un fichier ordinaire porte ce nom</translation>
    </message>
    <message>
        <source>a file that belongs to another account stands at that name</source>
        <translation>un fichier qui appartient à un autre compte porte ce nom</translation>
    </message>
    <message>
        <source>a file already stands at that name</source>
        <translation>un fichier porte déjà ce nom</translation>
    </message>
    <message>
        <source>the file being written was replaced by another before it was finished</source>
        <translation>le fichier en cours d’écriture a été remplacé par un autre avant d’être terminé</translation>
    </message>
    <message>
        <source>your vault</source>
        <translation>votre coffre</translation>
    </message>
    <message>
        <source>start CoachDesk with --home and a folder in your home folder</source>
        <translation>lancez CoachDesk avec --home et un dossier de votre dossier personnel</translation>
    </message>
    <message>
        <source>that folder belongs to another account on this computer, which could read or replace what is in it. Choose a folder of your own (%1).</source>
        <translation>ce dossier appartient à un autre compte de cet ordinateur, qui pourrait lire ou remplacer ce qu’il contient. Choisissez un dossier à vous (%1).</translation>
    </message>
    <message>
        <source>other accounts on this computer can add or change files in that folder. Make it yours alone (in a terminal: %1), or choose another folder (%2).</source>
        <translation>d’autres comptes de cet ordinateur peuvent ajouter ou modifier des fichiers dans ce dossier. Réservez-le à vous seul (dans un terminal : %1), ou choisissez un autre dossier (%2).</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Set up CoachDesk</source>
        <translation>Configurer CoachDesk</translation>
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
        <translation>Le rapport tel qu’il sera envoyé&#xa0;: %1</translation>
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
    <name>Invoices</name>
    <message>
        <source>This engagement has no sponsor: bill the client.</source>
        <translation>Cet accompagnement n’a pas de sponsor&#xa0;: facturez le client.</translation>
    </message>
    <message>
        <source>That contact is no longer the sponsor&apos;s.</source>
        <translation>Ce contact n’est plus celui du sponsor.</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message>
        <source>No signed agreement for this engagement is active, so nothing about the sessions may go to the sponsor: bill the client, or make the agreement active first.</source>
        <translation>Aucun contrat signé n’est actif pour cet accompagnement, donc rien sur les séances ne peut aller au sponsor&#xa0;: facturez le client, ou rendez d’abord le contrat actif.</translation>
    </message>
    <message>
        <source>The agreement does not let the sponsor receive %1. An invoice tells them that: bill the client, or agree it with the client and sponsor first.</source>
        <translation>Le contrat ne permet pas au sponsor de recevoir %1. Une facture le lui indique&#xa0;: facturez le client, ou convenez-en d’abord avec le client et le sponsor.</translation>
    </message>
    <message>
        <source>The invoice&apos;s date %1 is later than today (%2): an invoice is dated the day it is issued or earlier.</source>
        <translation>La date de la facture, %1, est postérieure à aujourd’hui (%2)&#xa0;: une facture est datée du jour de son émission ou d’avant.</translation>
    </message>
    <message>
        <source>The tax rate is between 0 and 100%.</source>
        <translation>Le taux de taxe est compris entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Name the tax (for example VAT or Sales tax).</source>
        <translation>Nommez la taxe (par exemple TVA).</translation>
    </message>
    <message>
        <source>Bill the whole package or chosen sessions, not both.</source>
        <translation>Facturez le forfait entier ou des séances choisies, pas les deux.</translation>
    </message>
    <message>
        <source>Choose at least one session to bill.</source>
        <translation>Choisissez au moins une séance à facturer.</translation>
    </message>
    <message>
        <source>The due date comes before the invoice&apos;s date.</source>
        <translation>L’échéance précède la date de la facture.</translation>
    </message>
    <message>
        <source>This engagement is no longer in the vault.</source>
        <translation>Cet accompagnement n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>Invoice numbers follow their dates: the last invoice of %1 is dated %2, so this one cannot be dated earlier (if that date was a slip, void that invoice and issue it again).</source>
        <translation>Les numéros de facture suivent leurs dates&#xa0;: la dernière facture de %1 est datée du %2, celle-ci ne peut donc pas être datée d’avant (si cette date était une erreur, annulez cette facture et émettez-la de nouveau).</translation>
    </message>
    <message>
        <source>A session chosen is already on another invoice, no longer held, or a missed session the agreement does not charge: choose the sessions again.</source>
        <translation>Une séance choisie figure déjà sur une autre facture, n’a plus eu lieu, ou est une séance manquée que le contrat ne facture pas&#xa0;: choisissez de nouveau les séances.</translation>
    </message>
    <message>
        <source>This engagement is not a package: choose its sessions to bill.</source>
        <translation>Cet accompagnement n’est pas un forfait&#xa0;: choisissez les séances à facturer.</translation>
    </message>
    <message>
        <source>This package, or some of its sessions, is already on an invoice: void that invoice first to bill the package whole.</source>
        <translation>Ce forfait, ou certaines de ses séances, figure déjà sur une facture&#xa0;: annulez d’abord cette facture pour facturer le forfait entier.</translation>
    </message>
    <message>
        <source>Invoice %1 was voided: it cannot be paid.</source>
        <translation>La facture %1 a été annulée&#xa0;: elle ne peut pas être payée.</translation>
    </message>
    <message>
        <source>The payment date comes before the invoice&apos;s.</source>
        <translation>La date du paiement précède celle de la facture.</translation>
    </message>
    <message>
        <source>Invoice %1 is already voided.</source>
        <translation>La facture %1 est déjà annulée.</translation>
    </message>
    <message>
        <source>Invoice %1 is marked paid: mark it unpaid first if the payment was returned.</source>
        <translation>La facture %1 est marquée payée&#xa0;: marquez-la d’abord impayée si le paiement a été retourné.</translation>
    </message>
    <message>
        <source>This invoice is no longer in the vault.</source>
        <translation>Cette facture n’est plus dans le coffre.</translation>
    </message>
</context>
<context>
    <name>ItemCard</name>
    <message>
        <source>Change the words</source>
        <translation>Modifier les mots</translation>
    </message>
    <message>
        <source>Approve these words</source>
        <translation>Approuver ces mots</translation>
    </message>
    <message>
        <source>Change them together</source>
        <translation>Les modifier ensemble</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Strike it out</source>
        <translation>Le barrer</translation>
    </message>
    <message>
        <source>Keep the new words</source>
        <translation>Garder les nouveaux mots</translation>
    </message>
    <message>
        <source>Cancel the change</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Passage %1: %2</source>
        <translation>Passage %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>You approved these words.</source>
        <translation>Vous avez approuvé ces mots.</translation>
    </message>
    <message>
        <source>Struck out: this will not be sent.</source>
        <translation>Barré&#xa0;: ce passage ne sera pas envoyé.</translation>
    </message>
    <message>
        <source>These words changed since you approved them: please read them again.</source>
        <translation>Ces mots ont changé depuis votre approbation&#xa0;: merci de les relire.</translation>
    </message>
    <message>
        <source>The report around these words changed since you approved them: please read them again.</source>
        <translation>Le rapport autour de ces mots a changé depuis que vous les avez approuvés&#xa0;: merci de les relire.</translation>
    </message>
    <message>
        <source>Your earlier approval no longer counts.</source>
        <translation>Votre approbation précédente ne compte plus.</translation>
    </message>
    <message>
        <source>Not approved yet.</source>
        <translation>Pas encore approuvé.</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <source>Join your practice</source>
        <translation>Rejoindre votre cabinet</translation>
    </message>
    <message>
        <source>Your practice comes to this computer from the folder your sync service keeps in step with the other one.</source>
        <translation>Votre cabinet arrive sur cet ordinateur depuis le dossier que votre service de synchronisation tient à jour avec l’autre.</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>Re&amp;joindre</translation>
    </message>
    <message>
        <source>Choose the synced &amp;folder…</source>
        <translation>Choisir le &amp;dossier synchronisé…</translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation>Aucun dossier choisi pour l’instant.</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Code d’appairage</translation>
    </message>
    <message>
        <source>The &amp;pairing code</source>
        <translation>Le code d’&amp;appairage</translation>
    </message>
    <message>
        <source>The other computer shows it in Settings, under &quot;Use this practice on another computer&quot;: 13 groups of 5 characters. Dashes, spaces and case do not matter.</source>
        <translation type="vanished">L’autre ordinateur l’affiche dans les Paramètres, sous «&#xa0;Utiliser ce cabinet sur un autre ordinateur&#xa0;»&#xa0;: 13 groupes de 5 caractères. Tirets, espaces et majuscules n’ont pas d’importance.</translation>
    </message>
    <message>
        <source>Not this computer&apos;s recovery code: the pairing code is a different code, shown on the other computer in Settings, under &quot;Use this practice on another computer&quot;. 13 groups of 5 characters; dashes, spaces and case do not matter.</source>
        <translation>Pas le code de récupération de cet ordinateur&#xa0;: le code d’appairage est un autre code, affiché sur l’autre ordinateur dans les Paramètres, sous «&#xa0;Utiliser ce cabinet sur un autre ordinateur&#xa0;». 13 groupes de 5 caractères&#xa0;; tirets, espaces et majuscules n’ont pas d’importance.</translation>
    </message>
    <message>
        <source>Your synced folder</source>
        <translation>Votre dossier synchronisé</translation>
    </message>
    <message>
        <source>Choose the folder your sync service keeps in step</source>
        <translation>Choisir le dossier que votre service de synchronisation tient à jour</translation>
    </message>
    <message>
        <source>Checking the folder and the code…</source>
        <translation>Vérification du dossier et du code…</translation>
    </message>
    <message>
        <source>Creating this computer&apos;s vault…</source>
        <translation>Création du coffre de cet ordinateur…</translation>
    </message>
    <message>
        <source>Reading the changes in the synced folder…</source>
        <translation>Lecture des modifications du dossier synchronisé…</translation>
    </message>
    <message numerus="yes">
        <source>Building your practice here: %1 of %2 change(s) applied…</source>
        <translation>
            <numerusform>Construction de votre cabinet ici&#xa0;: %1 sur %2 modification appliquée…</numerusform>
            <numerusform>Construction de votre cabinet ici&#xa0;: %1 sur %2 modifications appliquées…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Building your practice here: %1 of %n batch(es) of changes applied…</source>
        <translation type="vanished">
            <numerusform>Construction de votre cabinet ici&#xa0;: %1 sur %n lot de modifications appliqué…</numerusform>
            <numerusform>Construction de votre cabinet ici&#xa0;: %1 sur %n lots de modifications appliqués…</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>Your practice is on this computer: %1 and %2.</source>
        <translation>Votre cabinet est sur cet ordinateur&#xa0;: %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Some changes are still on their way: the rest follows when your sync service delivers them.</source>
        <translation>Certaines modifications sont encore en route&#xa0;: le reste suivra quand votre service de synchronisation les livrera.</translation>
    </message>
    <message>
        <source>Disclosures made on this computer are numbered with the letter %1 (D-%1000001).</source>
        <translation>Les communications faites sur cet ordinateur sont numérotées avec la lettre %1 (D-%1000001).</translation>
    </message>
    <message>
        <source>CoachDesk could not join the practice (%1). Your folder and code are kept: try again.</source>
        <translation>CoachDesk n’a pas pu rejoindre le cabinet (%1). Votre dossier et votre code sont conservés&#xa0;: réessayez.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>the desktop keyring (Secret Service)</source>
        <translation>le trousseau de clés du bureau (Secret Service)</translation>
    </message>
    <message>
        <source>the desktop keyring (libsecret)</source>
        <translation>le trousseau de clés du bureau (libsecret)</translation>
    </message>
    <message>
        <source>the macOS Keychain</source>
        <translation>le trousseau d’accès de macOS</translation>
    </message>
    <message>
        <source>This computer has no system keyring that CoachDesk can use to keep the vault&apos;s key safe.</source>
        <translation>Cet ordinateur n’a pas de trousseau de clés système que CoachDesk puisse utiliser pour garder la clé du coffre en sécurité.</translation>
    </message>
    <message>
        <source>The keyring on this computer would keep the vault&apos;s key in a plain file, which is not safe enough for client records.</source>
        <translation>Le trousseau de clés de cet ordinateur garderait la clé du coffre dans un fichier en clair, ce qui n’est pas assez sûr pour les données des clients.</translation>
    </message>
    <message>
        <source>the system keyring (%1)</source>
        <translation>le trousseau de clés du système (%1)</translation>
    </message>
    <message>
        <source>The vault&apos;s key will be kept in %1.</source>
        <translation>La clé du coffre sera conservée dans %1.</translation>
    </message>
    <message>
        <source>The system keyring is locked.</source>
        <translation>Le trousseau de clés du système est verrouillé.</translation>
    </message>
    <message>
        <source>This computer has no system keyring.</source>
        <translation>Cet ordinateur n’a pas de trousseau de clés système.</translation>
    </message>
    <message>
        <source>The system keyring did not answer (%1).</source>
        <translation>Le trousseau de clés du système n’a pas répondu (%1).</translation>
    </message>
    <message>
        <source>The system keyring failed (%1).</source>
        <translation>Le trousseau de clés du système a échoué (%1).</translation>
    </message>
    <message>
        <source>the keyring that kept it</source>
        <translation>le trousseau qui la conservait</translation>
    </message>
    <message>
        <source>This vault&apos;s key was kept in %1, which does not answer now.</source>
        <translation>La clé de ce coffre était conservée dans %1, qui ne répond pas pour l’instant.</translation>
    </message>
    <message>
        <source>The keyring named for this vault is not a safe one.</source>
        <translation>Le trousseau indiqué pour ce coffre n’est pas sûr.</translation>
    </message>
</context>
<context>
    <name>LegalExportDialog</name>
    <message>
        <source>Legal export of a whole record</source>
        <translation>Export légal d’un dossier complet</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>This releases %1&apos;s whole record, private notes included. Use it only for a court order or subpoena, another legal obligation, or the client&apos;s own request for their record. It is logged as a disclosure. A sponsor never receives this: a sponsor receives only a report the client approved.</source>
        <translation>Cette action communique le dossier complet de %1, notes personnelles comprises. Ne l’utilisez que pour une décision de justice ou une réquisition, une autre obligation légale, ou la demande du client lui-même portant sur son dossier. Elle est consignée comme communication. Un sponsor ne reçoit jamais ceci&#xa0;: un sponsor ne reçoit qu’un rapport approuvé par le client.</translation>
    </message>
    <message>
        <source>e.g. District Court of Utrecht, or the client</source>
        <translation>p. ex. Tribunal d’Utrecht, ou le client</translation>
    </message>
    <message>
        <source>e.g. Court order C/16/123 of 2026-06-01</source>
        <translation>p. ex. Ordonnance C/16/123 du 2026-06-01</translation>
    </message>
    <message>
        <source>The client asked for their own record</source>
        <translation>Le client a demandé son propre dossier</translation>
    </message>
    <message>
        <source>&amp;Requested by</source>
        <translation>&amp;Demandé par</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Base légale</translation>
    </message>
</context>
<context>
    <name>LegalExports</name>
    <message>
        <source>Say on what basis the record is released (for example: court order no. 123 of 2026-05-01).</source>
        <translation>Indiquez sur quelle base le dossier est communiqué (par exemple&#xa0;: décision de justice n° 123 du 2026-05-01).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Demo practice: every client here is invented. Your own vault is separate and untouched.</source>
        <translation>Cabinet de démonstration&#xa0;: chaque client ici est fictif. Votre propre coffre est séparé et n’est pas modifié.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Close the notes first</source>
        <translation>Fermez d’abord les notes</translation>
    </message>
    <message>
        <source>Close the open notes before showing the report to the client: they are separate windows and would stay on screen.</source>
        <translation>Fermez les notes ouvertes avant de montrer le rapport au client&#xa0;: ce sont des fenêtres séparées qui resteraient à l’écran.</translation>
    </message>
    <message>
        <source>Opening the demo practice…</source>
        <translation>Ouverture du cabinet de démonstration…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="vanished">Verrouiller</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="vanished">Quitter</translation>
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
        <translation>Votre nom, tel qu’il doit apparaître</translation>
    </message>
    <message>
        <source>The agreement is written in this language and keeps it once made.</source>
        <translation>Le contrat est rédigé dans cette langue et la garde une fois créé.</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Accompagnement</translation>
    </message>
    <message>
        <source>&amp;Your name</source>
        <translation>&amp;Votre nom</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>A three-party agreement when the engagement has a sponsor, a coach-client agreement otherwise.</source>
        <translation>Un contrat tripartite quand l’accompagnement a un sponsor, sinon un contrat coach-client.</translation>
    </message>
    <message>
        <source>Add an engagement on a client&apos;s page first: an agreement belongs to an engagement.</source>
        <translation>Ajoutez d’abord un accompagnement sur la page d’un client&#xa0;: un contrat relève d’un accompagnement.</translation>
    </message>
</context>
<context>
    <name>NewCodeBox</name>
    <message>
        <source>&amp;New pairing code…</source>
        <translation>&amp;Nouveau code d’appairage…</translation>
    </message>
    <message>
        <source>This computer needs the practice&apos;s new pairing code. Another computer of the practice replaced the code, so what it writes cannot be read here until you type the new one, shown in Settings on that computer. Nothing made on this computer is lost: it goes out again once the new code is in.</source>
        <translation>Cet ordinateur a besoin du nouveau code d’appairage du cabinet. Un autre ordinateur du cabinet a remplacé le code&#xa0;: ce qu’il écrit ne peut pas être lu ici tant que vous n’avez pas saisi le nouveau, affiché dans les Paramètres de cet ordinateur. Rien de ce qui a été fait sur cet ordinateur n’est perdu&#xa0;: tout repart dès que le nouveau code est saisi.</translation>
    </message>
    <message>
        <source>New pairing code</source>
        <translation>Nouveau code d’appairage</translation>
    </message>
    <message>
        <source>&amp;Use this code</source>
        <translation>&amp;Utiliser ce code</translation>
    </message>
    <message>
        <source>Make a new pairing code for this practice?

Do this when a computer of the practice was sold or lost, or someone may have seen the code: the current code then opens nothing written after it (what was written before, it still opens) and adds nothing. This computer uses the new code at once.

Then, on each other computer of this practice, open Settings and type the new code where it asks for it. Until then, that computer and this one do not sync; nothing made on either is lost.</source>
        <translation>Créer un nouveau code d’appairage pour ce cabinet ?

Faites-le quand un ordinateur du cabinet a été vendu ou perdu, ou quand quelqu’un a pu voir le code : le code actuel n’ouvre alors plus rien de ce qui est écrit après (ce qui a été écrit avant, il l’ouvre encore) et n’ajoute plus rien. Cet ordinateur utilise le nouveau code immédiatement.

Ensuite, sur chaque autre ordinateur de ce cabinet, ouvrez les Paramètres et saisissez le nouveau code là où il est demandé. D’ici là, cet autre ordinateur et celui-ci ne se synchronisent pas ; rien de ce qui est fait sur l’un ou l’autre n’est perdu.</translation>
    </message>
    <message>
        <source>Make a new pairing code for this practice?

Do this when a computer of the practice was sold or lost, or someone may have seen the code: whoever has the current code can then no longer read or add to the practice&apos;s change files. This computer uses the new code at once.

Then, on each other computer of this practice, open Settings and type the new code where it asks for it. Until then, that computer and this one do not sync; nothing made on either is lost.</source>
        <translation type="vanished">Créer un nouveau code d’appairage pour ce cabinet&#xa0;?

Faites-le quand un ordinateur du cabinet a été vendu ou perdu, ou quand quelqu’un a pu voir le code&#xa0;: qui détient le code actuel ne peut alors plus lire les fichiers de modifications du cabinet ni en ajouter. Cet ordinateur utilise le nouveau code immédiatement.

Ensuite, sur chaque autre ordinateur de ce cabinet, ouvrez les Paramètres et saisissez le nouveau code là où il est demandé. D’ici là, cet autre ordinateur et celui-ci ne se synchronisent pas&#xa0;; rien de ce qui est fait sur l’un ou l’autre n’est perdu.</translation>
    </message>
    <message>
        <source>Make a new code</source>
        <translation>Créer un nouveau code</translation>
    </message>
    <message>
        <source>The new pairing code is in use. Type it on each other computer of this practice, in Settings.</source>
        <translation>Le nouveau code d’appairage est en service. Saisissez-le sur chaque autre ordinateur de ce cabinet, dans les Paramètres.</translation>
    </message>
    <message>
        <source>This computer uses the new pairing code and syncs again.</source>
        <translation>Cet ordinateur utilise le nouveau code d’appairage et se synchronise à nouveau.</translation>
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
    <name>Notes</name>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Ce client n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>Choose who may see this note.</source>
        <translation>Choisissez qui peut voir cette note.</translation>
    </message>
    <message>
        <source>This note is no longer in the vault.</source>
        <translation>Cette note n’est plus dans le coffre.</translation>
    </message>
</context>
<context>
    <name>OneLineEdit</name>
    <message>
        <source>The %n pasted lines were joined into one: this field holds a single line.</source>
        <translation>Lignes collées réunies en une seule (%n)&#xa0;: ce champ ne contient qu’une ligne.</translation>
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
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <source>You will type it each time CoachDesk starts.</source>
        <translation>Vous la saisirez à chaque démarrage de CoachDesk.</translation>
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
        <translation>Utilisez au moins %1 caractères&#xa0;; quelques mots sans rapport entre eux sont faciles à retenir et difficiles à deviner. Si vous l’oubliez, votre code de récupération ouvre toujours le coffre.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>La phrase secrète doit compter au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète doit compter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
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
    <name>PrintedFrame</name>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
</context>
<context>
    <name>ProcessingRecord</name>
    <message>
        <source>Name the cloud service the backup folder is synced to (for example: Nextcloud at my host).</source>
        <translation>Nommez le service cloud avec lequel le dossier de sauvegarde est synchronisé (par exemple&#xa0;: Nextcloud chez mon hébergeur).</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Group %1 (%2) has a character that is never in a recovery code: %3.</source>
        <translation>Le groupe %1 (%2) contient un caractère qui n’apparaît jamais dans un code de récupération : %3.</translation>
    </message>
    <message>
        <source>Group %1 (%2) looks mistyped. Check it against your written copy.</source>
        <translation>Le groupe %1 (%2) semble mal saisi. Comparez-le à votre copie écrite.</translation>
    </message>
    <message>
        <source>A recovery code has %1 groups of %2 characters (%3 in all); this one has %4.</source>
        <translation>Un code de récupération compte %1 groupes de %2 caractères (%3 en tout) ; celui-ci en a %4.</translation>
    </message>
    <message>
        <source>This is not a CoachDesk recovery code.</source>
        <translation>Ce n’est pas un code de récupération CoachDesk.</translation>
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
    <message>
        <source>Group %1 (%2) looks mistyped. Check it against the pairing code shown on the other computer.</source>
        <translation>Le groupe %1 (%2) semble mal saisi. Comparez-le au code d’appairage affiché sur l’autre ordinateur.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report details</source>
        <translation>Détails du rapport</translation>
    </message>
    <message>
        <source>New report</source>
        <translation>Nouveau rapport</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>e.g. Mid-point progress report for the sponsor</source>
        <translation>p. ex. Rapport d’avancement à mi-parcours pour le sponsor</translation>
    </message>
    <message>
        <source>Period ends on</source>
        <translation>Fin de la période le</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Engagement</source>
        <translation>&amp;Accompagnement</translation>
    </message>
    <message>
        <source>&amp;Send to</source>
        <translation>&amp;Envoyer à</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>Peri&amp;od</source>
        <translation>Pé&amp;riode</translation>
    </message>
    <message>
        <source>What the agreement lets the sponsor receive</source>
        <translation>Ce que le contrat autorise le sponsor à recevoir</translation>
    </message>
    <message>
        <source>Facts about the sessions to include (never any note&apos;s words):</source>
        <translation>Éléments de séance à inclure (jamais le texte d’une note)&#xa0;:</translation>
    </message>
    <message>
        <source>No engagement has a sponsor yet. A report goes to a sponsor: add the sponsor to the client&apos;s engagement first.</source>
        <translation>Aucun accompagnement n’a encore de sponsor. Un rapport est destiné à un sponsor&#xa0;: ajoutez d’abord le sponsor à l’accompagnement du client.</translation>
    </message>
    <message>
        <source>%1 (the organisation)</source>
        <translation>%1 (l’organisation)</translation>
    </message>
    <message>
        <source>There is no active agreement with this sponsor, so nothing can be sent yet (ICF Code 25). You can still prepare the report with the client.</source>
        <translation>Il n’y a pas de contrat actif avec ce sponsor, donc rien ne peut encore être envoyé (Code ICF 25). Vous pouvez tout de même préparer le rapport avec le client.</translation>
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
        <source>The sponsor receives nothing about the coaching: no attendance, no session dates, no hours of coaching and none of the client&apos;s words.</source>
        <translation>Le sponsor ne reçoit rien du coaching : ni présence, ni dates des séances, ni heures de coaching, ni aucun mot du client.</translation>
    </message>
    <message>
        <source>The sponsor may receive only: %1. Nothing else about the coaching reaches the sponsor.</source>
        <translation>Le sponsor peut recevoir uniquement : %1. Rien d&apos;autre du coaching ne parvient au sponsor.</translation>
    </message>
    <message>
        <source>Choose the engagement this report is about.</source>
        <translation>Choisissez l’accompagnement sur lequel porte ce rapport.</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>This report cannot be exported yet:</source>
        <translation>Ce rapport ne peut pas encore être exporté&#xa0;:</translation>
    </message>
    <message>
        <source>This engagement has no sponsor: there is nobody to report to. The client&apos;s own records are theirs to see.</source>
        <translation>Cet accompagnement n’a pas de sponsor&#xa0;: il n’y a personne à qui rendre compte. Le client peut consulter lui-même ses propres données.</translation>
    </message>
    <message>
        <source>The period cannot end before it starts.</source>
        <translation>La période ne peut pas finir avant de commencer.</translation>
    </message>
    <message>
        <source>The recipient must be this engagement&apos;s sponsor or one of its contacts.</source>
        <translation>Le destinataire doit être le sponsor de cet accompagnement ou l’un de ses contacts.</translation>
    </message>
    <message>
        <source>This report is no longer in the vault.</source>
        <translation>Ce rapport n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>This item is no longer in the report.</source>
        <translation>Cet élément n’est plus dans le rapport.</translation>
    </message>
    <message>
        <source>The report changed after it was shown (its recipient, purpose, period or session facts): show it again and ask the client to approve what is shown now.</source>
        <translation>Le rapport a changé après avoir été montré (destinataire, objet, période ou éléments de séance)&#xa0;: montrez-le de nouveau et demandez au client d’approuver ce qui est montré maintenant.</translation>
    </message>
    <message>
        <source>Item %1: changed after the release form was printed, so the signed form holds other words. Print a release form for these words first.</source>
        <translation>Élément %1&#xa0;: modifié après l’impression du formulaire d’autorisation, le formulaire signé contient donc d’autres mots. Imprimez d’abord un formulaire d’autorisation pour ces mots.</translation>
    </message>
    <message>
        <source>Items %1: changed after the release form was printed, so the signed form holds other words. Print a release form for these words first.</source>
        <translation>Éléments %1&#xa0;: modifiés après l’impression du formulaire d’autorisation, le formulaire signé contient donc d’autres mots. Imprimez d’abord un formulaire d’autorisation pour ces mots.</translation>
    </message>
    <message>
        <source>Item %1: never printed on a release form, so no signed form holds its words. Print a release form for these words first.</source>
        <translation>Élément %1&#xa0;: jamais imprimé sur un formulaire d’autorisation, aucun formulaire signé ne contient donc ses mots. Imprimez d’abord un formulaire d’autorisation pour ces mots.</translation>
    </message>
    <message>
        <source>Items %1: never printed on a release form, so no signed form holds their words. Print a release form for these words first.</source>
        <translation>Éléments %1&#xa0;: jamais imprimés sur un formulaire d’autorisation, aucun formulaire signé ne contient donc leurs mots. Imprimez d’abord un formulaire d’autorisation pour ces mots.</translation>
    </message>
    <message>
        <source>The report&apos;s recipient, purpose, period or session facts changed after the release form was printed, so the signed form does not show the report as it will be sent. Print a new release form first.</source>
        <translation>Le destinataire, l’objet, la période ou les éléments de séance du rapport ont changé après l’impression du formulaire d’autorisation, le formulaire signé ne montre donc pas le rapport tel qu’il sera envoyé. Imprimez d’abord un nouveau formulaire d’autorisation.</translation>
    </message>
    <message>
        <source>The report&apos;s recipient, purpose, period or session facts were never printed on a release form, so the signed form does not show the report as it will be sent. Print a new release form first.</source>
        <translation>Le destinataire, l’objet, la période ou les éléments de séance du rapport n’ont jamais été imprimés sur un formulaire d’autorisation, le formulaire signé ne montre donc pas le rapport tel qu’il sera envoyé. Imprimez d’abord un nouveau formulaire d’autorisation.</translation>
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
        <translation>&amp;Nouveau rapport</translation>
    </message>
    <message>
        <source>The report as it will be sent</source>
        <translation>Le rapport tel qu’il sera envoyé</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>&amp;Write…</source>
        <translation>&amp;Rédiger…</translation>
    </message>
    <message>
        <source>&amp;Lift from a note…</source>
        <translation>Reprendre d’une n&amp;ote…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Monter l’élément</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Descendre l’élément</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>S&amp;trike</source>
        <translation>&amp;Barrer</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Client &amp;review</source>
        <translation>Re&amp;lecture client</translation>
    </message>
    <message>
        <source>Show only this report, large, for the client to approve on screen</source>
        <translation>Afficher seulement ce rapport, en grand, pour que le client l’approuve à l’écran</translation>
    </message>
    <message>
        <source>Release &amp;form…</source>
        <translation>&amp;Formulaire d’autorisation…</translation>
    </message>
    <message>
        <source>A PDF for the client to sign, listing the exact words</source>
        <translation>Un PDF à faire signer au client, avec les mots exacts</translation>
    </message>
    <message>
        <source>Record &amp;approval…</source>
        <translation>Consigner l’&amp;approbation…</translation>
    </message>
    <message>
        <source>Re&amp;ceipt…</source>
        <translation>Re&amp;çu…</translation>
    </message>
    <message>
        <source>A consent receipt for the client</source>
        <translation>Un reçu de consentement pour le client</translation>
    </message>
    <message>
        <source>Withdra&amp;wn…</source>
        <translation>Retra&amp;it…</translation>
    </message>
    <message>
        <source>The client withdrew approval of the chosen item</source>
        <translation>Le client a retiré son approbation de l’élément choisi</translation>
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
        <translation>Ce qui partirait</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Items, in the order the sponsor reads them</source>
        <translation>Éléments, dans l’ordre où le sponsor les lit</translation>
    </message>
    <message>
        <source>Approval on &amp;paper or by email</source>
        <translation>Approbation sur &amp;papier ou par e-mail</translation>
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
        <translation>Rapport pour %1</translation>
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
        <translation>Retirer l’élément</translation>
    </message>
    <message>
        <source>Take item %1 out of this report? Its words and any approval stay on record.</source>
        <translation>Retirer l’élément %1 de ce rapport&#xa0;? Ses mots et toute approbation restent consignés.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Choose an approved item first.</source>
        <translation>Choisissez d’abord un élément approuvé.</translation>
    </message>
    <message>
        <source>Record that the client withdrew approval of item %1? It will not be sent unless they approve again.</source>
        <translation>Consigner que le client a retiré son approbation de l’élément %1&#xa0;? Il ne sera pas envoyé sauf nouvelle approbation.</translation>
    </message>
    <message>
        <source>withdrawn by the client</source>
        <translation>retiré par le client</translation>
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
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Recorded: the client withdrew the report.</source>
        <translation>Consigné&#xa0;: le client a retiré le rapport.</translation>
    </message>
    <message>
        <source>Every item is approved or struck: there is nothing to ask permission for.</source>
        <translation>Chaque élément est approuvé ou barré&#xa0;: il n’y a rien à faire autoriser.</translation>
    </message>
    <message>
        <source>Saved to %1. When it comes back signed, record the approval and attach the scan.</source>
        <translation>Enregistré dans %1. Quand il revient signé, consignez l’approbation et joignez la numérisation.</translation>
    </message>
    <message>
        <source>Save the release form</source>
        <translation>Enregistrer le formulaire d’autorisation</translation>
    </message>
    <message>
        <source>release-form-%1-%2.pdf</source>
        <translation>formulaire-autorisation-%1-%2.pdf</translation>
    </message>
    <message>
        <source>The client has approved nothing in this report yet.</source>
        <translation>Le client n’a encore rien approuvé dans ce rapport.</translation>
    </message>
    <message>
        <source>Save the consent receipt</source>
        <translation>Enregistrer le reçu de consentement</translation>
    </message>
    <message>
        <source>consent-receipt-%1-%2.pdf</source>
        <translation>recu-consentement-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Receipt %1 saved to %2.</source>
        <translation>Reçu %1 enregistré dans %2.</translation>
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
        <translation>Enregistré dans %1. La communication %2 est consignée.</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>report-%1-%2.pdf</source>
        <translation>rapport-%1-%2.pdf</translation>
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
        <translation>Consigner une demande de sponsor</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>What they asked for, in their words</source>
        <translation>Ce qu’il a demandé, dans ses mots</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>Ce qui a été demandé</translation>
    </message>
    <message>
        <source>They asked for the full record (notes, or what was said)</source>
        <translation>Il a demandé le dossier complet (notes, ou ce qui a été dit)</translation>
    </message>
    <message>
        <source>&amp;Sponsor</source>
        <translation>&amp;Sponsor</translation>
    </message>
    <message>
        <source>&amp;Who asked</source>
        <translation>&amp;Demandeur</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Concernant</translation>
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
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>Someone not listed</source>
        <translation>Une personne non listée</translation>
    </message>
    <message>
        <source>No one engagement</source>
        <translation>Aucun accompagnement en particulier</translation>
    </message>
    <message>
        <source>Add the sponsor first.</source>
        <translation>Ajoutez d’abord le sponsor.</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>does not open with this recovery code</source>
        <translation>ne s’ouvre pas avec ce code de récupération</translation>
    </message>
    <message>
        <source>damaged: it fails its check</source>
        <translation>endommagée&#xa0;: échec de la vérification</translation>
    </message>
    <message>
        <source>made by a newer version of CoachDesk</source>
        <translation>créée par une version plus récente de CoachDesk</translation>
    </message>
    <message>
        <source>holds no CoachDesk records</source>
        <translation>ne contient aucune donnée CoachDesk</translation>
    </message>
    <message>
        <source>not a whole backup (still syncing?)</source>
        <translation>sauvegarde incomplète (synchronisation en cours&#xa0;?)</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>%1 Nothing was restored, and nothing was changed.</source>
        <translation>%1 Rien n’a été restauré, et rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup made %1 does not open with your vault&apos;s current key: it was made before the key was changed, or by another computer&apos;s vault. Type the recovery code that was in use when it was made.</source>
        <translation>La sauvegarde du %1 ne s’ouvre pas avec la clé actuelle de votre coffre&#xa0;: elle a été faite avant le changement de clé, ou par le coffre d’un autre ordinateur. Saisissez le code de récupération en usage au moment où elle a été faite.</translation>
    </message>
    <message>
        <source>the backup made %1 (%2): %3</source>
        <translation>la sauvegarde du %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is not there now. If it is on an external or network drive, connect it and choose it again.</source>
        <translation>%1 n’est pas accessible pour l’instant. S’il se trouve sur un disque externe ou réseau, connectez-le et choisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (%2).</source>
        <translation>Le dossier %1 est illisible (%2).</translation>
    </message>
    <message>
        <source>The folder %1 holds no CoachDesk backups. Backups are files named like coachdesk-20260314-091200.coachdesk-backup: choose the folder that holds them, or one of them.</source>
        <translation>Le dossier %1 ne contient aucune sauvegarde CoachDesk. Les sauvegardes sont des fichiers nommés comme coachdesk-20260314-091200.coachdesk-backup&#xa0;: choisissez le dossier qui les contient, ou l’une d’elles.</translation>
    </message>
    <message>
        <source>%1 It does hold a vault file (%2): to restore from that copy, choose the file itself.</source>
        <translation>%1 Il contient bien un fichier de coffre (%2)&#xa0;: pour restaurer à partir de cette copie, choisissez le fichier lui-même.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 est illisible (%2).</translation>
    </message>
    <message>
        <source>%1 is empty: it holds no backup.</source>
        <translation>%1 est vide&#xa0;: il ne contient aucune sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is an ordinary, unencrypted database, not a CoachDesk backup.</source>
        <translation>%1 est une base de données ordinaire, non chiffrée, et non une sauvegarde CoachDesk.</translation>
    </message>
    <message>
        <source>%1 is not a CoachDesk backup, or only part of one (its size is not a whole number of vault pages). If a sync service is still bringing it to this computer, wait until it has finished and choose it again.</source>
        <translation>%1 n’est pas une sauvegarde CoachDesk, ou seulement une partie (sa taille n’est pas un nombre entier de pages de coffre). Si un service de synchronisation est encore en train de l’apporter sur cet ordinateur, attendez qu’il ait terminé et choisissez-le de nouveau.</translation>
    </message>
    <message>
        <source>Your recovery code does not open the backup %1. Check the code against your written copy: after a key change, the old code opens only the backups made before the change, and the new one only those made after it.</source>
        <translation>Votre code de récupération n’ouvre pas la sauvegarde %1. Comparez le code avec votre copie écrite&#xa0;: après un changement de clé, l’ancien code n’ouvre que les sauvegardes faites avant le changement, et le nouveau seulement celles faites après.</translation>
    </message>
    <message>
        <source>The backup %1 does not open with your vault&apos;s key.</source>
        <translation>La sauvegarde %1 ne s’ouvre pas avec la clé de votre coffre.</translation>
    </message>
    <message>
        <source>The backup %1 (made %2) is damaged: it fails its check, so it cannot be restored. Choose the backup folder instead: CoachDesk then restores the newest backup that checks out.</source>
        <translation>La sauvegarde %1 (faite le %2) est endommagée&#xa0;: elle échoue à la vérification, elle ne peut donc pas être restaurée. Choisissez plutôt le dossier de sauvegarde&#xa0;: CoachDesk restaure alors la sauvegarde intacte la plus récente.</translation>
    </message>
    <message>
        <source>The backup %1 was made by a newer version of CoachDesk. Install that version or a newer one, then restore it.</source>
        <translation>La sauvegarde %1 a été créée par une version plus récente de CoachDesk. Installez cette version ou une plus récente, puis restaurez-la.</translation>
    </message>
    <message>
        <source>%1 opens with this key, but holds no CoachDesk records.</source>
        <translation>%1 s’ouvre avec cette clé, mais ne contient aucune donnée CoachDesk.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 est illisible.</translation>
    </message>
    <message>
        <source>None of the backups in %1 opens with this recovery code. Check the code against your written copy: after a key change, the old code opens only the backups made before the change.</source>
        <translation>Aucune des sauvegardes de %1 ne s’ouvre avec ce code de récupération. Comparez le code avec votre copie écrite&#xa0;: après un changement de clé, l’ancien code n’ouvre que les sauvegardes faites avant le changement.</translation>
    </message>
    <message>
        <source>No backup in %1 can be restored. Each one was checked:</source>
        <translation>Aucune sauvegarde de %1 ne peut être restaurée. Chacune a été vérifiée&#xa0;:</translation>
    </message>
    <message>
        <source>Your vault was locked before the backup was checked. Unlock it and choose the backup again.</source>
        <translation>Votre coffre a été verrouillé avant la vérification de la sauvegarde. Déverrouillez-le et choisissez de nouveau la sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is your vault itself, not a backup of it.</source>
        <translation>%1 est votre coffre lui-même, pas une sauvegarde de celui-ci.</translation>
    </message>
    <message>
        <source>%1 is a folder: choose one backup in it.</source>
        <translation>%1 est un dossier&#xa0;: choisissez-y une sauvegarde.</translation>
    </message>
    <message>
        <source>The backup could not be put in place (%1).</source>
        <translation>La sauvegarde n’a pas pu être mise en place (%1).</translation>
    </message>
    <message>
        <source>No backup in the backup folder %1 opens with this key and checks out.</source>
        <translation>Aucune sauvegarde du dossier de sauvegarde %1 ne s’ouvre avec cette clé tout en étant intacte.</translation>
    </message>
    <message>
        <source>A vault is already in %1. To replace it with a backup, open it and use Settings → Restore from a backup.</source>
        <translation>Un coffre se trouve déjà dans %1. Pour le remplacer par une sauvegarde, ouvrez-le et utilisez Paramètres → Restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>The backup could not be copied into %1 (%2).</source>
        <translation>La sauvegarde n’a pas pu être copiée dans %1 (%2).</translation>
    </message>
    <message>
        <source>The copy of the backup made %1 was damaged on its way to this computer&apos;s disk. Check the disk, then try again.</source>
        <translation>La copie de la sauvegarde du %1 a été endommagée en arrivant sur le disque de cet ordinateur. Vérifiez le disque, puis réessayez.</translation>
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
        <translation>Lisez chaque passage. Approuvez-le tel quel, modifiez-le ensemble, ou barrez-le. Seuls les passages que vous approuvez sont envoyés, dans le rapport présenté en premier (son destinataire, son objet, sa période et les éventuels éléments de séance)&#xa0;; rien d’autre de votre coaching n’est partagé.</translation>
    </message>
    <message>
        <source>The report and its passages</source>
        <translation>Le rapport et ses passages</translation>
    </message>
    <message>
        <source>Your name, as you approve</source>
        <translation>Votre nom, pour approuver</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Coach: return to CoachDesk</source>
        <translation>Coach&#xa0;: retour à CoachDesk</translation>
    </message>
    <message>
        <source>Your words for %1</source>
        <translation>Vos mots pour %1</translation>
    </message>
    <message>
        <source>There are no passages in this report yet.</source>
        <translation>Ce rapport ne contient encore aucun passage.</translation>
    </message>
    <message>
        <source>The report as shown is approved.</source>
        <translation>Le rapport tel qu’affiché est approuvé.</translation>
    </message>
    <message>
        <source>Passage %1 now has the new words. Approve them if they are right.</source>
        <translation>Le passage %1 contient maintenant les nouveaux mots. Approuvez-les s’ils sont justes.</translation>
    </message>
    <message>
        <source>Passage %1 struck out: it will not be sent.</source>
        <translation>Passage %1 barré&#xa0;: il ne sera pas envoyé.</translation>
    </message>
    <message>
        <source>Passage %1 restored.</source>
        <translation>Passage %1 rétabli.</translation>
    </message>
    <message>
        <source>Leave the review</source>
        <translation>Quitter la relecture</translation>
    </message>
    <message>
        <source>A change to a passage has not been kept. Leave anyway?</source>
        <translation>Une modification d’un passage n’a pas été conservée. Quitter quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Return to CoachDesk? The screen will show the coach&apos;s full records again.</source>
        <translation>Revenir à CoachDesk&#xa0;? L’écran affichera de nouveau toutes les données du coach.</translation>
    </message>
    <message>
        <source>Return to CoachDesk</source>
        <translation>Revenir à CoachDesk</translation>
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
        <translation>Rechercher partout</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Résultats</translation>
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
        <translation>&amp;Terminer la séance</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminer la séance</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
</context>
<context>
    <name>SessionFacts</name>
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
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) held</source>
        <translation>
            <numerusform>%n séance effectuée</numerusform>
            <numerusform>%n séances effectuées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled</source>
        <translation>
            <numerusform>%n annulée</numerusform>
            <numerusform>%n annulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <translation>
            <numerusform>%n manquée</numerusform>
            <numerusform>%n manquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n still planned</source>
        <translation>
            <numerusform>%n encore prévue</numerusform>
            <numerusform>%n encore prévues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>The session&apos;s date and time are not valid (use YYYY-MM-DD HH:MM).</source>
        <translation>La date et l’heure de la séance ne sont pas valides (utilisez AAAA-MM-JJ HH:MM).</translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Une séance dure entre 1 minute et 24 heures.</translation>
    </message>
    <message>
        <source>This engagement is no longer in the vault.</source>
        <translation>Cet accompagnement n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>This session is on invoice %1: void the invoice first to change its date, length, fee or whether it was held.</source>
        <translation>Cette séance figure sur la facture %1&#xa0;: annulez d’abord la facture pour modifier sa date, sa durée, son tarif ou le fait qu’elle a eu lieu.</translation>
    </message>
    <message>
        <source>This session is no longer in the vault.</source>
        <translation>Cette séance n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>That session is no longer planned.</source>
        <translation>Cette séance n’est plus prévue.</translation>
    </message>
    <message>
        <source>Something was written for this session, so it is kept. End it as held or missed instead.</source>
        <translation>Quelque chose a été écrit pour cette séance, elle est donc conservée. Terminez-la plutôt comme ayant eu lieu ou manquée.</translation>
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
        <translation>Export &amp;fiscal (CSV)…</translation>
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
        <translation>
            <numerusform>%Ln séance</numerusform>
            <numerusform>%Ln séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Session saved.</source>
        <translation>Séance enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>no held or missed sessions in that period (only the column names)</source>
        <translation>aucune séance effectuée ou manquée sur cette période (seulement les noms de colonnes)</translation>
    </message>
    <message>
        <source>Saved to %1: %2. This export is recorded.</source>
        <translation>Enregistré dans %1&#xa0;: %2. Cet export est consigné.</translation>
    </message>
    <message>
        <source>Save the tax export</source>
        <translation>Enregistrer l’export fiscal</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>pro bono, not billed</source>
        <translation>pro bono, non facturée</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The tax rate is between 0 and 100%.</source>
        <translation>Le taux de taxe est compris entre 0 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>Days to pay are between 0 and 365.</source>
        <translation>Le délai de paiement est compris entre 0 et 365 jours.</translation>
    </message>
    <message>
        <source>Currency is a three-letter code such as EUR or USD.</source>
        <translation>La devise est un code de trois lettres comme EUR ou USD.</translation>
    </message>
    <message>
        <source>The default fee is a whole number of cents, 0 or more.</source>
        <translation>Le tarif par défaut est un nombre entier de centimes, 0 ou plus.</translation>
    </message>
    <message>
        <source>Events show nothing of the client, initials or names.</source>
        <translation>Les événements affichent, du client&#xa0;: rien, ses initiales ou son nom.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> secondes</translation>
    </message>
    <message>
        <source>Only when CoachDesk locks or closes</source>
        <translation>Uniquement quand CoachDesk se verrouille ou se ferme</translation>
    </message>
    <message>
        <source>Your name, as agreements show it</source>
        <translation>Votre nom, tel que les contrats l’affichent</translation>
    </message>
    <message>
        <source>Locking closes the vault and clears every screen (Ctrl+L locks at once). Text copied out of CoachDesk leaves the clipboard at Lock and after the time below, unless something else was copied since.</source>
        <translation>Le verrouillage ferme le coffre et efface chaque écran (Ctrl+L verrouille immédiatement). Le texte copié depuis CoachDesk quitte le presse-papiers au verrouillage et après le délai ci-dessous, sauf si autre chose a été copié entre-temps.</translation>
    </message>
    <message>
        <source>No folder chosen: CoachDesk makes no backups yet.</source>
        <translation>Aucun dossier choisi&#xa0;: CoachDesk ne fait pas encore de sauvegardes.</translation>
    </message>
    <message>
        <source>Choose &amp;folder…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Back up at the first unlock of each day</source>
        <translation>Sauvegarder au premier déverrouillage de chaque jour</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Backups are encrypted with your vault&apos;s key: an external drive or a synced folder is fine. Your recovery code opens them. CoachDesk keeps one a day for a week, one a week for a month and one a month for a year.</source>
        <translation>Les sauvegardes sont chiffrées avec la clé de votre coffre&#xa0;: un disque externe ou un dossier synchronisé convient. Votre code de récupération les ouvre. CoachDesk en garde une par jour pendant une semaine, une par semaine pendant un mois et une par mois pendant un an.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>A new language takes effect the next time CoachDesk starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de CoachDesk.</translation>
    </message>
    <message>
        <source>&amp;Lock after idle</source>
        <translation>&amp;Verrouiller après inactivité</translation>
    </message>
    <message>
        <source>Clear &amp;copied text after</source>
        <translation>Effacer le texte &amp;copié après</translation>
    </message>
    <message>
        <source>Default &amp;session length</source>
        <translation>Durée de séance par dé&amp;faut</translation>
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
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Change the vault&apos;s &amp;key…</source>
        <translation>Changer la clé du c&amp;offre…</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>Re-encrypts the vault with a new key and gives you a new recovery code. Do it if your recovery code may have been seen.</source>
        <translation>Chiffre de nouveau le coffre avec une nouvelle clé et vous donne un nouveau code de récupération. Faites-le si votre code de récupération a pu être vu.</translation>
    </message>
    <message>
        <source>Your vault&apos;s key comes from your passphrase: a new passphrase re-encrypts the vault and gives you a new recovery code to write down. Do it if your passphrase or code may have been seen.</source>
        <translation>La clé de votre coffre vient de votre phrase secrète&#xa0;: une nouvelle phrase secrète chiffre de nouveau le coffre et vous donne un nouveau code de récupération à noter. Faites-le si votre phrase secrète ou votre code a pu être vu.</translation>
    </message>
    <message>
        <source>The demo practice has a fixed key: it holds only invented clients.</source>
        <translation>Le cabinet de démonstration a une clé fixe&#xa0;: il ne contient que des clients inventés.</translation>
    </message>
    <message>
        <source>Where should backups go?</source>
        <translation>Où placer les sauvegardes&#xa0;?</translation>
    </message>
    <message>
        <source>This folder is not there now (a drive not connected?). Backups resume when it is.</source>
        <translation>Ce dossier n’est pas accessible pour l’instant (un disque non connecté&#xa0;?). Les sauvegardes reprendront quand il le sera.</translation>
    </message>
    <message numerus="yes">
        <source>Last backup %1; %n kept here.</source>
        <translation>
            <numerusform>Dernière sauvegarde %1&#xa0;; %n conservée ici.</numerusform>
            <numerusform>Dernière sauvegarde %1&#xa0;; %n conservées ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backup in this folder yet.</source>
        <translation>Pas encore de sauvegarde dans ce dossier.</translation>
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
        <translation>Sauvegarde et vérification de la copie…</translation>
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
        <translation>Signé sur papier</translation>
    </message>
    <message>
        <source>Electronic signature</source>
        <translation>Signature électronique</translation>
    </message>
    <message>
        <source>Confirmed by email</source>
        <translation>Confirmé par e-mail</translation>
    </message>
    <message>
        <source>Agreed in person</source>
        <translation>Convenu en personne</translation>
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
    <name>SponsorRequests</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Explain the nature and limits of confidentiality</source>
        <translation>Expliquer la nature et les limites de la confidentialité</translation>
    </message>
    <message>
        <source>Share only what the client permits</source>
        <translation>Ne communiquer que ce que le client autorise</translation>
    </message>
    <message>
        <source>Co-create a report with the client</source>
        <translation>Rédiger un rapport avec le client</translation>
    </message>
    <message>
        <source>Ask the client for written permission stating what may be shared</source>
        <translation>Demander au client une autorisation écrite précisant ce qui peut être communiqué</translation>
    </message>
    <message>
        <source>Decline the request</source>
        <translation>Refuser la demande</translation>
    </message>
    <message>
        <source>A sponsor cannot have the full coaching record. The ICF Code of Ethics keeps what the client says in strictest confidence (standard 24) and lets the sponsor receive only what the agreement on information exchange allows (standard 25) and the client approves. The record is released only if the client consents to it, or if the law requires it (a court order or subpoena: standard 26), and then as a logged legal export, never as a sponsor report.</source>
        <translation>Un sponsor ne peut pas obtenir le dossier complet du coaching. Le Code de déontologie de l’ICF garde ce que dit le client dans la confidentialité la plus stricte (norme 24) et ne laisse le sponsor recevoir que ce que permet le contrat sur l’échange d’informations (norme 25) et ce que le client approuve. Le dossier n’est communiqué que si le client y consent, ou si la loi l’exige (une décision de justice ou une citation à comparaître&#xa0;: norme 26), et alors comme un export légal consigné, jamais comme un rapport au sponsor.</translation>
    </message>
    <message>
        <source>Say what the sponsor asked for.</source>
        <translation>Indiquez ce que le sponsor a demandé.</translation>
    </message>
    <message>
        <source>That person is not one of this sponsor&apos;s contacts.</source>
        <translation>Cette personne n’est pas l’un des contacts de ce sponsor.</translation>
    </message>
    <message>
        <source>That engagement is not sponsored by them.</source>
        <translation>Cet accompagnement n’est pas financé par ce sponsor.</translation>
    </message>
    <message>
        <source>This request is no longer in the vault.</source>
        <translation>Cette demande n’est plus dans le coffre.</translation>
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
        <translation>&amp;Consigner une demande…</translation>
    </message>
    <message>
        <source>What you told them (optional)</source>
        <translation>Ce que vous lui avez dit (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Record the response</source>
        <translation>&amp;Consigner la réponse</translation>
    </message>
    <message>
        <source>What they asked</source>
        <translation>Ce qu’il a demandé</translation>
    </message>
    <message>
        <source>What the agreement says the sponsor may receive</source>
        <translation>Ce que le contrat autorise le sponsor à recevoir</translation>
    </message>
    <message>
        <source>Your response</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>%1 at %2 asked on %3 (%4) about %5:</source>
        <translation>%1, chez %2, a demandé le %3 (%4), au sujet de %5&#xa0;:</translation>
    </message>
    <message>
        <source>%1 at %2 asked on %3 (%4):</source>
        <translation>%1, chez %2, a demandé le %3 (%4)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 asked on %2 (%3) about %4:</source>
        <translation>%1 a demandé le %2 (%3), au sujet de %4&#xa0;:</translation>
    </message>
    <message>
        <source>%1 asked on %2 (%3):</source>
        <translation>%1 a demandé le %2 (%3)&#xa0;:</translation>
    </message>
    <message>
        <source>No agreement with this sponsor covers it: the sponsor may receive nothing about the coaching.</source>
        <translation>Aucun contrat avec ce sponsor ne le prévoit&#xa0;: le sponsor ne peut rien recevoir sur le coaching.</translation>
    </message>
    <message>
        <source>Choose how you responded.</source>
        <translation>Choisissez comment vous avez répondu.</translation>
    </message>
    <message>
        <source>Response recorded.</source>
        <translation>Réponse consignée.</translation>
    </message>
</context>
<context>
    <name>Sponsors</name>
    <message>
        <source>This sponsor is no longer in the vault.</source>
        <translation>Ce sponsor n’est plus dans le coffre.</translation>
    </message>
</context>
<context>
    <name>SponsorsPage</name>
    <message>
        <source>&amp;New sponsor</source>
        <translation>&amp;Nouveau sponsor</translation>
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
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Requests &amp;&amp; disclosures</source>
        <translation>&amp;Demandes &amp;&amp; communications</translation>
    </message>
    <message>
        <source>What this sponsor asked for, and what it received</source>
        <translation>Ce que ce sponsor a demandé, et ce qu’il a reçu</translation>
    </message>
    <message>
        <source>Add &amp;contact</source>
        <translation>Ajouter un &amp;contact</translation>
    </message>
    <message>
        <source>Choose an engagement to see what its agreement lets the sponsor receive.</source>
        <translation>Choisissez un accompagnement pour voir ce que son contrat autorise le sponsor à recevoir.</translation>
    </message>
    <message>
        <source>Contact people</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Engagements it pays for</source>
        <translation>Accompagnements qu’il finance</translation>
    </message>
    <message>
        <source>What the agreement lets the sponsor receive</source>
        <translation>Ce que le contrat autorise le sponsor à recevoir</translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation>Sponsors</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sponsor(s)</source>
        <translation>
            <numerusform>%Ln sponsor</numerusform>
            <numerusform>%Ln sponsors</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no agreement for this engagement yet, so the sponsor may receive nothing about the coaching.</source>
        <translation>Il n’y a pas encore de contrat pour cet accompagnement, donc le sponsor ne peut rien recevoir sur le coaching.</translation>
    </message>
    <message>
        <source>%1 (%2): nobody has confirmed what it lets the sponsor receive, so the sponsor receives nothing until the terms are chosen on the agreement&apos;s page.</source>
        <translation>%1 (%2)&#xa0;: personne n’a confirmé ce qu’il permet au sponsor de recevoir&#xa0;; le sponsor ne reçoit donc rien tant que les conditions ne sont pas choisies sur la page du contrat.</translation>
    </message>
    <message>
        <source>%1 (%2) says nothing about what the sponsor may receive, so the sponsor may receive nothing.</source>
        <translation>%1 (%2) ne dit rien de ce que le sponsor peut recevoir, donc le sponsor ne peut rien recevoir.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>This practice is not used on another computer.</source>
        <translation>Ce cabinet n’est utilisé sur aucun autre ordinateur.</translation>
    </message>
    <message>
        <source>This practice already syncs.</source>
        <translation>Ce cabinet est déjà synchronisé.</translation>
    </message>
    <message>
        <source>This practice is used on too many computers.</source>
        <translation>Ce cabinet est utilisé sur trop d’ordinateurs.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read (%2). Check that it is on this computer and that your sync service has finished copying it.</source>
        <translation>Le dossier %1 ne peut pas être lu (%2). Vérifiez qu’il se trouve sur cet ordinateur et que votre service de synchronisation a fini de le copier.</translation>
    </message>
    <message>
        <source>The folder %1 holds no CoachDesk practice. Choose the folder your sync service shares with the other computer (it holds a folder named CoachDesk); if it is still copying, wait until it has finished.</source>
        <translation>Le dossier %1 ne contient aucun cabinet CoachDesk. Choisissez le dossier que votre service de synchronisation partage avec l’autre ordinateur (il contient un dossier nommé CoachDesk)&#xa0;; s’il est encore en cours de copie, attendez qu’elle soit terminée.</translation>
    </message>
    <message>
        <source>No practice in this folder opens with this code. Check the folder, and the code shown on the other computer.</source>
        <translation>Aucun cabinet de ce dossier ne s’ouvre avec ce code. Vérifiez le dossier, et le code affiché sur l’autre ordinateur.</translation>
    </message>
    <message>
        <source>This pairing code was replaced by a new one. Type the newest code, shown in Settings on a computer of the practice that uses it.</source>
        <translation>Ce code d’appairage a été remplacé par un nouveau. Saisissez le code le plus récent, affiché dans les Paramètres d’un ordinateur du cabinet qui l’utilise.</translation>
    </message>
    <message>
        <source>This computer&apos;s vault already holds clients or sponsors. Join the practice from a new vault (the first-run wizard offers it).</source>
        <translation>Le coffre de cet ordinateur contient déjà des clients ou des sponsors. Rejoignez le cabinet depuis un nouveau coffre (l’assistant du premier démarrage le propose).</translation>
    </message>
    <message>
        <source>The disk of the sync folder is full, so this computer&apos;s latest changes were not sent. They are safe in this vault and go with the next sync once there is space.</source>
        <translation>Le disque du dossier de synchronisation est plein : les dernières modifications de cet ordinateur n&apos;ont donc pas été envoyées. Elles sont en sécurité dans ce coffre et partiront à la prochaine synchronisation, dès qu&apos;il y aura de la place.</translation>
    </message>
    <message>
        <source>Another computer of the practice marked this one as gone, so it cannot make a new pairing code. Make it on one of the practice&apos;s other computers.</source>
        <translation>Un autre ordinateur du cabinet a marqué celui-ci comme perdu : il ne peut donc pas créer de nouveau code d’appairage. Créez-le sur l’un des autres ordinateurs du cabinet.</translation>
    </message>
    <message>
        <source>This computer already uses this pairing code.</source>
        <translation type="vanished">Cet ordinateur utilise déjà ce code d’appairage.</translation>
    </message>
    <message>
        <source>This computer already uses this pairing code: type the new code shown on the computer that made it.</source>
        <translation>Cet ordinateur utilise déjà ce code d’appairage&#xa0;: saisissez le nouveau code affiché sur l’ordinateur qui l’a créé.</translation>
    </message>
    <message>
        <source>This code was made with an earlier version of CoachDesk, which did not note which computer made it, and a computer of the practice has been marked as gone since. Let the computer that made the code sync once, then type the code here again; or make a new pairing code on a computer that is not marked as gone.</source>
        <translation>Ce code a été créé avec une version antérieure de CoachDesk, qui ne notait pas sur quel ordinateur il avait été créé, et un ordinateur du cabinet a depuis été marqué comme perdu. Laissez l’ordinateur qui a créé le code se synchroniser une fois, puis saisissez de nouveau le code ici ; ou créez un nouveau code d’appairage sur un ordinateur qui n’est pas marqué comme perdu.</translation>
    </message>
    <message>
        <source>This code was made on a computer marked as gone, so the practice does not use it. Make a new pairing code on one of the other computers.</source>
        <translation>Ce code a été créé sur un ordinateur marqué comme perdu : le cabinet ne l’utilise donc pas. Créez un nouveau code d’appairage sur l’un des autres ordinateurs.</translation>
    </message>
    <message>
        <source>This is not the practice&apos;s new pairing code. Check it against the code shown on the computer where it was made; if it was made only now, wait until your sync service has copied the folder here.</source>
        <translation>Ce n’est pas le nouveau code d’appairage du cabinet. Comparez-le au code affiché sur l’ordinateur où il a été créé&#xa0;; s’il vient d’être créé, attendez que votre service de synchronisation ait copié le dossier ici.</translation>
    </message>
    <message>
        <source>This is an earlier pairing code, no longer used. Type the newest one, shown on the computer where it was made.</source>
        <translation>C’est un ancien code d’appairage, qui n’est plus utilisé. Saisissez le plus récent, affiché sur l’ordinateur où il a été créé.</translation>
    </message>
</context>
<context>
    <name>SyncConflictsDialog</name>
    <message>
        <source>Notes edited on two computers</source>
        <translation>Notes modifiées sur deux ordinateurs</translation>
    </message>
    <message>
        <source>Nothing to resolve. A note changed on two computers before either had the other&apos;s change is listed here, with both texts.</source>
        <translation>Rien à résoudre. Une note modifiée sur deux ordinateurs avant que l’un ait reçu la modification de l’autre apparaît ici, avec les deux textes.</translation>
    </message>
    <message>
        <source>Both texts are kept. Choose the one the note keeps: the other stays in the note&apos;s earlier versions.</source>
        <translation type="vanished">Les deux textes sont conservés. Choisissez celui que la note garde&#xa0;: l’autre reste dans les versions antérieures de la note.</translation>
    </message>
    <message>
        <source>Keep both, one after the other</source>
        <translation>Garder les deux, l’un après l’autre</translation>
    </message>
    <message>
        <source>Session on %1</source>
        <translation>Séance du %1</translation>
    </message>
    <message>
        <source>A note of its own</source>
        <translation type="vanished">Note indépendante</translation>
    </message>
    <message>
        <source>Both texts are kept; the words only one of them has are marked. Choose the one the note keeps: the other stays in the note&apos;s earlier versions.</source>
        <translation>Les deux textes sont conservés&#xa0;; les mots qu’un seul des deux contient sont surlignés. Choisissez celui que la note garde&#xa0;: l’autre reste dans les versions antérieures de la note.</translation>
    </message>
    <message>
        <source>Keep this text</source>
        <translation>Garder ce texte</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s text</source>
        <translation>Garder le texte de cet ordinateur</translation>
    </message>
    <message>
        <source>Keep the other computer&apos;s text</source>
        <translation>Garder le texte de l’autre ordinateur</translation>
    </message>
    <message>
        <source>Kept both texts, one after the other. The text replaced stays an earlier version of the note.</source>
        <translation>Les deux textes sont gardés, l’un après l’autre. Le texte remplacé reste une version antérieure de la note.</translation>
    </message>
    <message>
        <source>Kept this computer&apos;s text. The other text stays an earlier version of the note.</source>
        <translation>Le texte de cet ordinateur est gardé. L’autre texte reste une version antérieure de la note.</translation>
    </message>
    <message>
        <source>Kept the text from computer %1. The other text stays an earlier version of the note.</source>
        <translation>Le texte de l’ordinateur %1 est gardé. L’autre texte reste une version antérieure de la note.</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>computer %1</source>
        <translation>l’ordinateur %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Not synced: %1</source>
        <translation>Non synchronisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sync folder not found: USB stick unplugged or sync folder moved?</source>
        <translation>Dossier de synchronisation introuvable&#xa0;: clé USB débranchée ou dossier déplacé&#xa0;?</translation>
    </message>
    <message>
        <source>Not synced: the disk is full. Nothing is lost; CoachDesk tries again.</source>
        <translation>Non synchronisé&#xa0;: le disque est plein. Rien n’est perdu&#xa0;; CoachDesk réessaiera.</translation>
    </message>
    <message>
        <source>Not synced: CoachDesk may not write to the sync folder.</source>
        <translation>Non synchronisé&#xa0;: CoachDesk n’a pas le droit d’écrire dans le dossier de synchronisation.</translation>
    </message>
    <message>
        <source>Not synced: this computer needs the practice&apos;s new pairing code (Settings).</source>
        <translation>Non synchronisé&#xa0;: cet ordinateur a besoin du nouveau code d’appairage du cabinet (Paramètres).</translation>
    </message>
    <message>
        <source>Marked as gone on another computer: changes made here are no longer taken in (Settings).</source>
        <translation>Marqué comme perdu sur un autre ordinateur : les modifications faites ici ne sont plus reprises (Paramètres).</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <source>this computer is now %1</source>
        <translation>cet ordinateur est désormais %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) not applied</source>
        <translation>
            <numerusform>%n fichier non appliqué</numerusform>
            <numerusform>%n fichiers non appliqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) to resolve</source>
        <translation>
            <numerusform>%n note à résoudre</numerusform>
            <numerusform>%n notes à résoudre</numerusform>
        </translation>
    </message>
    <message>
        <source>last change sent %1</source>
        <translation>dernier envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>received %1 from %2</source>
        <translation>reçu&#xa0;: %1 de %2</translation>
    </message>
    <message>
        <source>Sync folder: %1</source>
        <translation>Dossier de synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>This computer is %1.</source>
        <translation>Cet ordinateur est %1.</translation>
    </message>
    <message>
        <source>Another computer of the practice marked this one as gone, so what you change here no longer reaches the others. If that was a mistake, choose &quot;Not gone after all…&quot; for this computer in Settings on another computer; else join the practice from this one as a new computer.</source>
        <translation>Un autre ordinateur du cabinet a marqué celui-ci comme perdu : ce que vous modifiez ici n’atteint donc plus les autres. Si c’était une erreur, choisissez « Finalement pas perdu… » pour cet ordinateur dans les Paramètres d’un autre ordinateur ; sinon, rejoignez le cabinet depuis celui-ci comme un nouvel ordinateur.</translation>
    </message>
    <message>
        <source>This computer was %1 until %2 (another computer had joined with the same letter): numbers printed here before then carry the letter %3.</source>
        <translation>Cet ordinateur était %1 jusqu’au %2 (un autre ordinateur s’était joint avec la même lettre)&#xa0;: les numéros imprimés ici avant cette date portent la lettre %3.</translation>
    </message>
    <message>
        <source>Last file from %1 applied %2.</source>
        <translation>Dernier fichier de %1 appliqué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Ignored: %1 (%2): %3</source>
        <translation>Ignoré&#xa0;: %1 (%2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) from %1 not applied: %2</source>
        <translation>
            <numerusform>%n fichier de %1 non appliqué : %2</numerusform>
            <numerusform>%n fichiers de %1 non appliqués : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1 (%2): %3</source>
        <translation type="vanished">Non appliqué&#xa0;: %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>A file from %1 waits for an earlier one.</source>
        <translation>Un fichier de %1 attend un fichier précédent.</translation>
    </message>
</context>
<context>
    <name>TaxExport</name>
    <message>
        <source>The last day comes before the first: choose the period again.</source>
        <translation>Le dernier jour précède le premier&#xa0;: choisissez de nouveau la période.</translation>
    </message>
</context>
<context>
    <name>TaxPeriodDialog</name>
    <message>
        <source>Tax export</source>
        <translation>Export fiscal</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Dates, minutes, fees and who was billed, for held and missed sessions. No notes, goals, places or anything said in coaching.</source>
        <translation>Dates, durées, tarifs et qui a été facturé, pour les séances effectuées et manquées. Aucune note, aucun objectif, aucun lieu ni rien de ce qui a été dit en coaching.</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Free page</source>
        <translation>Page libre</translation>
    </message>
    <message>
        <source>Focus, insights, actions, reflection</source>
        <translation>Focus, prises de conscience, actions, réflexion</translation>
    </message>
    <message>
        <source>Write as you listen. Everything saves by itself.</source>
        <translation>Écrivez en écoutant. Tout s’enregistre tout seul.</translation>
    </message>
    <message>
        <source>What does the client want from this session, and beyond it?</source>
        <translation>Qu&apos;attend le client de cette séance, et au-delà ?</translation>
    </message>
    <message>
        <source>Where things stand now: facts, feelings, what has been tried.</source>
        <translation>Où en sont les choses : faits, ressentis, ce qui a déjà été essayé.</translation>
    </message>
    <message>
        <source>What could the client do? Every option, before choosing.</source>
        <translation>Que pourrait faire le client ? Toutes les options, avant de choisir.</translation>
    </message>
    <message>
        <source>What will the client do, and by when? Start a line with [ ] to make it an action item.</source>
        <translation>Que fera le client, et pour quand ? Commencez une ligne par [ ] pour en faire une action.</translation>
    </message>
    <message>
        <source>Your own thoughts: never shared.</source>
        <translation>Vos propres pensées : jamais partagées.</translation>
    </message>
    <message>
        <source>What the client brought today.</source>
        <translation>Ce que le client a apporté aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>What the client noticed or learned.</source>
        <translation>Ce que le client a remarqué ou appris.</translation>
    </message>
    <message>
        <source>Start a line with [ ] to make it an action item.</source>
        <translation>Commencez une ligne par [ ] pour en faire une action.</translation>
    </message>
    <message>
        <source>A template needs at least one section.</source>
        <translation>Un modèle a besoin d’au moins une section.</translation>
    </message>
    <message>
        <source>A template can have at most %1 sections.</source>
        <translation>Un modèle peut avoir au plus %1 sections.</translation>
    </message>
    <message>
        <source>Each section needs a heading.</source>
        <translation>Chaque section a besoin d’un titre.</translation>
    </message>
    <message>
        <source>Choose who may see each section.</source>
        <translation>Choisissez qui peut voir chaque section.</translation>
    </message>
    <message>
        <source>The coach&apos;s reflection is coach only, always.</source>
        <translation>La réflexion du coach est toujours réservée au coach.</translation>
    </message>
    <message>
        <source>This template is no longer in the vault.</source>
        <translation>Ce modèle n’est plus dans le coffre.</translation>
    </message>
    <message>
        <source>Keep at least one template to start sessions with.</source>
        <translation>Gardez au moins un modèle pour commencer les séances.</translation>
    </message>
    <message>
        <source>This client is no longer in the vault.</source>
        <translation>Ce client n’est plus dans le coffre.</translation>
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
        <translation>Restaurer la &amp;sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>&amp;Open vault</source>
        <translation>&amp;Ouvrir le coffre</translation>
    </message>
    <message>
        <source>Try &amp;again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
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
        <translation>Utiliser mon &amp;code de récupération</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Re&amp;tour</translation>
    </message>
    <message>
        <source>Show the vault&apos;s &amp;folder</source>
        <translation>Afficher le &amp;dossier du coffre</translation>
    </message>
    <message>
        <source>Open &amp;without the damaged changes</source>
        <translation>Ouvrir sans les &amp;modifications endommagées</translation>
    </message>
    <message>
        <source>Enter your recovery code</source>
        <translation>Saisissez votre code de récupération</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you created your vault. Dashes and case do not matter.</source>
        <translation>Saisissez le code de récupération que vous avez noté lors de la création de votre coffre. Les tirets et la casse n’ont pas d’importance.</translation>
    </message>
    <message>
        <source>Recovery &amp;code</source>
        <translation>&amp;Code de récupération</translation>
    </message>
    <message>
        <source>Enter your passphrase</source>
        <translation>Saisissez votre phrase secrète</translation>
    </message>
    <message>
        <source>Your vault is protected by a passphrase.</source>
        <translation>Votre coffre est protégé par une phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Forgot it? Use my &amp;recovery code</source>
        <translation>Oubliée&#xa0;? Utiliser mon &amp;code de récupération</translation>
    </message>
    <message>
        <source>CoachDesk cannot open your vault</source>
        <translation>CoachDesk ne peut pas ouvrir votre coffre</translation>
    </message>
    <message>
        <source>Type your recovery code first.</source>
        <translation>Saisissez d’abord votre code de récupération.</translation>
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
        <translation>il n’a pas pu être lu en entier</translation>
    </message>
    <message>
        <source>To restore your newest backup, type your recovery code. The damaged vault is kept beside the restored one.</source>
        <translation>Pour restaurer votre sauvegarde la plus récente, saisissez votre code de récupération. Le coffre endommagé est conservé à côté de celui restauré.</translation>
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
        <translation>Saisissez-le pour ouvrir votre coffre sans les modifications endommagées.</translation>
    </message>
    <message>
        <source>Opening your vault…</source>
        <translation>Ouverture de votre coffre…</translation>
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
        <translation>CoachDesk n’a pas pu ouvrir le coffre (%1). Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 contains a character that cannot be stored; please retype it.</source>
        <translation>%1 contient un caractère qui ne peut pas être enregistré&#xa0;; merci de le saisir de nouveau.</translation>
    </message>
    <message>
        <source>%1 cannot be empty.</source>
        <translation>%1 ne peut pas être vide.</translation>
    </message>
    <message>
        <source>%1 must be a single line; what was typed or pasted here is on %2 lines.</source>
        <translation>%1 doit tenir sur une seule ligne&#xa0;; ce qui a été saisi ou collé ici occupe %2 lignes.</translation>
    </message>
    <message>
        <source>%1 contains hidden characters that force the direction of the text (often picked up when copying from a web page or a chat). They would show it back to front, so they cannot be kept.</source>
        <translation>%1 contient des caractères invisibles qui forcent le sens du texte (souvent récupérés en copiant depuis une page web ou une messagerie). Ils l’afficheraient à l’envers, ils ne peuvent donc pas être conservés.</translation>
    </message>
    <message>
        <source>%1 must be a single line, without tabs or control characters.</source>
        <translation>%1 doit tenir sur une seule ligne, sans tabulations ni caractères de contrôle.</translation>
    </message>
    <message>
        <source>%1 can be at most %2 characters; this is %3.</source>
        <translation>%1 peut compter au plus %2 caractères&#xa0;; ici, %3.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; the most CoachDesk keeps in one is %3 MB. Split it into several.</source>
        <translation>%1 fait %2 Mo&#xa0;; CoachDesk en conserve au plus %3 Mo d’un seul tenant. Répartissez le contenu en plusieurs parties.</translation>
    </message>
    <message>
        <source>%1 is needed.</source>
        <translation>%1&#xa0;: ce champ est requis.</translation>
    </message>
    <message>
        <source>%1 is not a date (use YYYY-MM-DD).</source>
        <translation>%1 n’est pas une date (utilisez AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
    <message>
        <source>%1 must be a whole number of cents.</source>
        <translation>%1 doit être un nombre entier de centimes.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 ne peut pas être une valeur négative.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 doit être l’une des valeurs suivantes&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>This computer&apos;s keyring does not hold your vault&apos;s key: type your recovery code.</source>
        <translation>Le trousseau de clés de cet ordinateur ne contient pas la clé de votre coffre : saisissez votre code de récupération.</translation>
    </message>
    <message>
        <source>Enter your recovery code to open your vault without the damaged changes.</source>
        <translation>Saisissez votre code de récupération pour ouvrir votre coffre sans les modifications endommagées.</translation>
    </message>
    <message>
        <source>This passphrase does not open this vault.</source>
        <translation>Cette phrase secrète n’ouvre pas ce coffre.</translation>
    </message>
    <message>
        <source>This code does not open this vault.</source>
        <translation>Ce code n’ouvre pas ce coffre.</translation>
    </message>
    <message>
        <source>The file %1 %2. CoachDesk has left it untouched.</source>
        <translation>Le fichier %1 %2. CoachDesk ne l’a pas modifié.</translation>
    </message>
    <message>
        <source>The vault %1 was made by a newer version of CoachDesk (format %2; this version knows up to %3). Update CoachDesk to open it. The vault has not been changed.</source>
        <translation>Le coffre %1 a été créé par une version plus récente de CoachDesk (format %2 ; cette version connaît jusqu’au %3). Mettez CoachDesk à jour pour l’ouvrir. Le coffre n’a pas été modifié.</translation>
    </message>
    <message>
        <source>A vault already exists at %1. CoachDesk will not create a new one over it.</source>
        <translation>Un coffre existe déjà à l’emplacement %1. CoachDesk n’en créera pas un nouveau par-dessus.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Le coffre est verrouillé.</translation>
    </message>
    <message>
        <source>This copy of CoachDesk has no working SQLCipher, so it cannot encrypt your records. It will not run without it; please reinstall CoachDesk.</source>
        <translation>Cette copie de CoachDesk n’a pas de SQLCipher en état de marche : elle ne peut donc pas chiffrer vos données. Elle ne fonctionne pas sans lui ; veuillez réinstaller CoachDesk.</translation>
    </message>
    <message>
        <source>The disk is full, so this change could not be saved. Everything saved before is safe. Free some space and try again.</source>
        <translation>Le disque est plein : cette modification n’a pas pu être enregistrée. Tout ce qui a été enregistré avant est en sécurité. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>CoachDesk could not bring the vault %1 up to date (%2). The vault has not been changed.</source>
        <translation>CoachDesk n’a pas pu mettre à jour le coffre %1 (%2). Le coffre n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The vault %1 is damaged: %2. CoachDesk has not changed it.</source>
        <translation>Le coffre %1 est endommagé : %2. CoachDesk ne l’a pas modifié.</translation>
    </message>
    <message>
        <source>The record of your most recent changes (%1) is damaged at its start: opening the vault now would lose the one change in it. CoachDesk has not changed anything. You can restore your newest backup, or open the vault without the damaged changes (a copy of the damaged record is kept beside it).</source>
        <translation>Le journal de vos modifications les plus récentes (%1) est endommagé dès son début : ouvrir le coffre maintenant ferait perdre la seule modification qu’il contient. CoachDesk n’a rien modifié. Vous pouvez restaurer votre sauvegarde la plus récente, ou ouvrir le coffre sans les modifications endommagées (une copie du journal endommagé est conservée à côté).</translation>
    </message>
    <message>
        <source>The record of your most recent changes (%1) is damaged at its start: opening the vault now would lose all %2 changes in it. CoachDesk has not changed anything. You can restore your newest backup, or open the vault without the damaged changes (a copy of the damaged record is kept beside it).</source>
        <translation>Le journal de vos modifications les plus récentes (%1) est endommagé dès son début : ouvrir le coffre maintenant ferait perdre les %2 modifications qu’il contient. CoachDesk n’a rien modifié. Vous pouvez restaurer votre sauvegarde la plus récente, ou ouvrir le coffre sans les modifications endommagées (une copie du journal endommagé est conservée à côté).</translation>
    </message>
    <message>
        <source>The record of your most recent changes (%1) is damaged at change %2 of %3: opening the vault now would keep the changes before it and lose the rest. CoachDesk has not changed anything. You can restore your newest backup, or open the vault without the damaged changes (a copy of the damaged record is kept beside it).</source>
        <translation>Le journal de vos modifications les plus récentes (%1) est endommagé à la modification %2 sur %3 : ouvrir le coffre maintenant garderait les modifications d’avant et perdrait les autres. CoachDesk n’a rien modifié. Vous pouvez restaurer votre sauvegarde la plus récente, ou ouvrir le coffre sans les modifications endommagées (une copie du journal endommagé est conservée à côté).</translation>
    </message>
    <message>
        <source>Only a vault whose key is in the keyring can change its key here. A passphrase vault changes its passphrase instead.</source>
        <translation>Seul un coffre dont la clé est dans le trousseau peut changer de clé ici. Un coffre à phrase secrète change plutôt sa phrase secrète.</translation>
    </message>
    <message>
        <source>%1 The key was not changed.</source>
        <translation>%1 La clé n’a pas été changée.</translation>
    </message>
    <message>
        <source>Only a passphrase vault has a passphrase to change.</source>
        <translation>Seul un coffre à phrase secrète a une phrase secrète à changer.</translation>
    </message>
    <message>
        <source>That is neither your current passphrase nor your recovery code.</source>
        <translation>Ce n’est ni votre phrase secrète actuelle ni votre code de récupération.</translation>
    </message>
    <message>
        <source>The new passphrase is the one you have now.</source>
        <translation>La nouvelle phrase secrète est celle que vous avez déjà.</translation>
    </message>
    <message>
        <source>CoachDesk could not write beside the vault (%1); the passphrase was not changed.</source>
        <translation>CoachDesk n’a pas pu écrire à côté du coffre (%1) ; la phrase secrète n’a pas été changée.</translation>
    </message>
    <message>
        <source>The vault is locked; the key was not changed.</source>
        <translation>Le coffre est verrouillé ; la clé n’a pas été changée.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La phrase secrète doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>A passphrase cannot contain control characters.</source>
        <translation>Une phrase secrète ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>A passphrase cannot be written as x&apos;…&apos;: vault tools would read it as a key. Choose another.</source>
        <translation>Une phrase secrète ne peut pas s’écrire x&apos;…&apos; : les outils de coffre la liraient comme une clé. Choisissez-en une autre.</translation>
    </message>
    <message>
        <source>is missing. If it lives on a removable or network drive, connect it and try again</source>
        <translation>est introuvable. S’il se trouve sur un disque amovible ou réseau, connectez-le et réessayez</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>is empty (0 bytes), so it is not a CoachDesk vault</source>
        <translation>est vide (0 octet) : ce n’est donc pas un coffre CoachDesk</translation>
    </message>
    <message>
        <source>is an ordinary unencrypted SQLite database, not a CoachDesk vault</source>
        <translation>est une base de données SQLite ordinaire non chiffrée, pas un coffre CoachDesk</translation>
    </message>
    <message>
        <source>is truncated or is not a CoachDesk vault (its size, %1 bytes, is not a whole number of vault pages)</source>
        <translation>est tronqué ou n’est pas un coffre CoachDesk (sa taille, %1 octets, n’est pas un nombre entier de pages de coffre)</translation>
    </message>
    <message>
        <source>opens with this key, but holds no CoachDesk records</source>
        <translation>s’ouvre avec cette clé, mais ne contient aucune donnée CoachDesk</translation>
    </message>
    <message>
        <source>opens, but holds no CoachDesk records</source>
        <translation>s’ouvre, mais ne contient aucune donnée CoachDesk</translation>
    </message>
    <message>
        <source>is damaged and cannot be read</source>
        <translation>est endommagé et ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1 CoachDesk could not keep the key there, so nothing was created. Go back and choose a passphrase instead.</source>
        <translation>%1 CoachDesk n’a pas pu y conserver la clé : rien n’a donc été créé. Revenez en arrière et choisissez plutôt une phrase secrète.</translation>
    </message>
    <message>
        <source>CoachDesk cannot find this vault&apos;s info file, so it does not know where its key is kept. Enter your recovery code to open it.</source>
        <translation>CoachDesk ne trouve pas le fichier d’informations de ce coffre : il ne sait donc pas où sa clé est conservée. Saisissez votre code de récupération pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your vault.</source>
        <translation>Saisissez votre phrase secrète pour ouvrir votre coffre.</translation>
    </message>
    <message>
        <source>The info file in %1 says this is the demo practice, but the demo practice lives only in its own folder (%2), and its key is no secret. CoachDesk will not open a vault here with it. If this is your own vault, enter your recovery code to open it.</source>
        <translation>Le fichier d’informations de %1 indique qu’il s’agit du cabinet de démonstration, mais le cabinet de démonstration ne se trouve que dans son propre dossier (%2), et sa clé n’a rien de secret. CoachDesk n’ouvrira pas de coffre ici avec elle. S’il s’agit de votre propre coffre, saisissez votre code de récupération pour l’ouvrir.</translation>
    </message>
    <message>
        <source>%1 Enter your recovery code to open your vault.</source>
        <translation>%1 Saisissez votre code de récupération pour ouvrir votre coffre.</translation>
    </message>
    <message>
        <source>This computer&apos;s keyring does not hold the key to your vault (a new computer, or a cleared keychain). Enter your recovery code to open it; CoachDesk will keep the key in the keyring again.</source>
        <translation>Le trousseau de clés de cet ordinateur ne contient pas la clé de votre coffre (un nouvel ordinateur, ou un trousseau effacé). Saisissez votre code de récupération pour l’ouvrir ; CoachDesk conservera de nouveau la clé dans le trousseau.</translation>
    </message>
    <message>
        <source>The key kept in this computer&apos;s keyring does not open %1. The file may be damaged, or the keyring holds a key for another vault. CoachDesk has left the file untouched. You can try your recovery code.</source>
        <translation>La clé conservée dans le trousseau de clés de cet ordinateur n’ouvre pas %1. Le fichier est peut-être endommagé, ou le trousseau contient la clé d’un autre coffre. CoachDesk n’a pas touché au fichier. Vous pouvez essayer votre code de récupération.</translation>
    </message>
    <message>
        <source>A change of your passphrase was under way. Type the new passphrase you chose; if it does not open the vault, your old one will.</source>
        <translation>Un changement de votre phrase secrète était en cours. Saisissez la nouvelle phrase secrète que vous avez choisie ; si elle n’ouvre pas le coffre, l’ancienne l’ouvrira.</translation>
    </message>
    <message>
        <source>%1 (a change of your passphrase was under way: try the new passphrase first)</source>
        <translation>%1 (un changement de votre phrase secrète était en cours : essayez d’abord la nouvelle)</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>its first 16 bytes (the salt, which every page&apos;s check depends on) are damaged; every page is otherwise intact</source>
        <translation>ses 16 premiers octets (le sel, dont dépend la vérification de chaque page) sont endommagés ; toutes les pages sont par ailleurs intactes</translation>
    </message>
    <message>
        <source>no page passes its check with this key (another key, or its first bytes damaged)</source>
        <translation>aucune page ne passe sa vérification avec cette clé (une autre clé, ou ses premiers octets endommagés)</translation>
    </message>
    <message>
        <source>its first page (the one that lists what the vault holds) fails its check</source>
        <translation>sa première page (celle qui recense ce que contient le coffre) ne passe pas sa vérification</translation>
    </message>
    <message>
        <source>page %1 of its %2 pages fails its check</source>
        <translation>la page %1 de ses %2 pages ne passe pas sa vérification</translation>
    </message>
    <message>
        <source>%1 of its %2 pages fail their check (pages %3)</source>
        <translation>%1 de ses %2 pages ne passent pas leur vérification (pages %3)</translation>
    </message>
    <message>
        <source>its file could not be read (%1)</source>
        <translation>son fichier n’a pas pu être lu (%1)</translation>
    </message>
    <message>
        <source>every page checks out, but its records do not fit together (SQLite&apos;s own check: %1)</source>
        <translation>chaque page est correcte, mais ses données ne concordent pas entre elles (vérification propre à SQLite : %1)</translation>
    </message>
    <message>
        <source>it could not be read through</source>
        <translation>il n’a pas pu être lu en entier</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to CoachDesk</source>
        <translation>Bienvenue dans CoachDesk</translation>
    </message>
    <message>
        <source>Your practice, private and offline, in one encrypted file.</source>
        <translation>Votre cabinet, privé et hors ligne, dans un seul fichier chiffré.</translation>
    </message>
    <message>
        <source>CoachDesk keeps your clients, sponsors, agreements and session notes in one encrypted vault on this computer. Nothing is sent anywhere.</source>
        <translation>CoachDesk conserve vos clients, sponsors, contrats et notes de séance dans un seul coffre chiffré sur cet ordinateur. Rien n’est envoyé nulle part.</translation>
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
        <source>&amp;Join a practice I use on another computer</source>
        <translation>Re&amp;joindre un cabinet que j’utilise sur un autre ordinateur</translation>
    </message>
    <message>
        <source>A new computer, or one that was wiped? Your backup folder and your recovery code bring your practice back.</source>
        <translation>Un nouvel ordinateur, ou un ordinateur effacé&#xa0;? Votre dossier de sauvegarde et votre code de récupération ramènent votre cabinet.</translation>
    </message>
    <message>
        <source>Your sync service (Syncthing, Dropbox, …) has copied the practice&apos;s folder here; the other computer shows a code in Settings.</source>
        <translation>Votre service de synchronisation (Syncthing, Dropbox, …) a copié ici le dossier du cabinet&#xa0;; l’autre ordinateur affiche un code dans les Paramètres.</translation>
    </message>
    <message>
        <source>e.g. Sam Rivera</source>
        <translation>p. ex. Sam Rivera</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>&amp;Your name, as agreements, release forms and reports print it (you can change it in Settings)</source>
        <translation>&amp;Votre nom, tel que les contrats, formulaires d’autorisation et rapports l’impriment (modifiable dans les Paramètres)</translation>
    </message>
    <message>
        <source>Keep the key in this computer&apos;s &amp;keyring (recommended)</source>
        <translation>Conserver la clé dans le &amp;trousseau de clés de cet ordinateur (recommandé)</translation>
    </message>
    <message>
        <source>Use a &amp;passphrase I type at every start</source>
        <translation>Utiliser une &amp;phrase secrète saisie à chaque démarrage</translation>
    </message>
    <message>
        <source>CoachDesk will open without asking while you are logged in to this computer.</source>
        <translation>CoachDesk s’ouvrira sans rien demander tant que votre session est ouverte sur cet ordinateur.</translation>
    </message>
    <message>
        <source>You can still protect your vault with a passphrase: CoachDesk will ask for it each time it starts.</source>
        <translation>Vous pouvez tout de même protéger votre coffre par une phrase secrète&#xa0;: CoachDesk la demandera à chaque démarrage.</translation>
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
    <name>_Writer</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="obsolete">Page %1 sur %2</translation>
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
        <translation>CoachDesk est déjà ouvert</translation>
    </message>
    <message>
        <source>CoachDesk is already open with this vault in another window. Switch to it, or close it before starting CoachDesk again.</source>
        <translation>CoachDesk est déjà ouvert avec ce coffre dans une autre fenêtre. Passez-y, ou fermez-le avant de relancer CoachDesk.</translation>
    </message>
</context>
<context>
    <name>folders</name>
    <message>
        <source>Other accounts on this computer can add or change files in the folder %1. Choose a folder of your own that only you can write in (for example a new folder in your Dropbox or Syncthing folder).</source>
        <translation>D’autres comptes de cet ordinateur peuvent ajouter ou modifier des fichiers dans le dossier %1. Choisissez un dossier à vous, où vous seul pouvez écrire (par exemple un nouveau dossier dans votre dossier Dropbox ou Syncthing).</translation>
    </message>
    <message>
        <source>CoachDesk cannot find the folder %1. Connect its drive, or choose another folder.</source>
        <translation>CoachDesk ne trouve pas le dossier %1. Branchez son disque, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The folder %1 holds your vault or is inside its folder. Choose a folder apart from it, for example a new folder in your Dropbox or Syncthing folder: a sync service copying the vault file while CoachDesk writes it would damage it.</source>
        <translation>Le dossier %1 contient votre coffre ou se trouve dans son dossier. Choisissez un dossier à part, par exemple un nouveau dossier dans votre dossier Dropbox ou Syncthing&#xa0;: un service de synchronisation qui copierait le fichier du coffre pendant que CoachDesk l’écrit l’endommagerait.</translation>
    </message>
    <message>
        <source>The folder %1 is where your backups go. Choose a folder of its own for syncing, so that backups and change files never mix.</source>
        <translation>Le dossier %1 reçoit vos sauvegardes. Choisissez un dossier à part pour la synchronisation, pour que les sauvegardes et les fichiers de modifications ne se mélangent jamais.</translation>
    </message>
    <message>
        <source>CoachDesk cannot write in the folder %1. Choose a folder of yours that CoachDesk may write in.</source>
        <translation>CoachDesk ne peut pas écrire dans le dossier %1. Choisissez un de vos dossiers où CoachDesk peut écrire.</translation>
    </message>
</context>
<context>
    <name>issuer</name>
    <message>
        <source>Invoices are issued on one computer of this practice, so their numbers run without gaps, and it is not this one. Issue the invoice on that computer, or hand the role to this computer from there.</source>
        <translation>Les factures sont émises sur un seul ordinateur de ce cabinet, pour que leurs numéros se suivent sans trou, et ce n’est pas celui-ci. Émettez la facture sur cet ordinateur-là, ou confiez-en le rôle à celui-ci depuis là-bas.</translation>
    </message>
    <message>
        <source>That computer has not synced with this one yet: sync it once, then hand it the role.</source>
        <translation>Cet ordinateur ne s’est pas encore synchronisé avec celui-ci&#xa0;: synchronisez-le une fois, puis confiez-lui la facturation.</translation>
    </message>
    <message>
        <source>The computer that issues invoices is not marked as gone: only it can hand the role over.</source>
        <translation>L’ordinateur qui émet les factures n’est pas marqué comme perdu&#xa0;: lui seul peut confier la facturation.</translation>
    </message>
    <message>
        <source>Some of the changes the lost computer sent have not arrived here yet: sync this computer, then take the role back.</source>
        <translation>Certaines modifications envoyées par l’ordinateur perdu ne sont pas encore arrivées ici&#xa0;: synchronisez cet ordinateur, puis reprenez la facturation.</translation>
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
    <name>sync</name>
    <message>
        <source>not a CoachDesk bundle name (a sync tool&apos;s temporary or conflicted copy is ignored)</source>
        <translation type="vanished">pas un nom de fichier CoachDesk (les copies temporaires ou en conflit d’un outil de synchronisation sont ignorées)</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>n’a pas pu être lu</translation>
    </message>
    <message>
        <source>is incomplete or cut short (still arriving, or damaged)</source>
        <translation>est incomplet ou tronqué (encore en train d’arriver, ou endommagé)</translation>
    </message>
    <message>
        <source>does not open with this practice&apos;s sync key (another practice&apos;s bundle, or damaged)</source>
        <translation type="vanished">ne s’ouvre pas avec la clé de synchronisation de ce cabinet (fichier d’un autre cabinet, ou endommagé)</translation>
    </message>
    <message>
        <source>not a CoachDesk change file (a sync tool&apos;s temporary or conflicted copy is ignored)</source>
        <translation>pas un fichier de modifications CoachDesk (les copies temporaires ou en conflit d’un outil de synchronisation sont ignorées)</translation>
    </message>
    <message>
        <source>does not open with this practice&apos;s pairing code (written by another practice, or changed since)</source>
        <translation>ne s’ouvre pas avec le code d’appairage de ce cabinet (écrit par un autre cabinet, ou modifié depuis)</translation>
    </message>
    <message>
        <source>was changed or damaged after it was written</source>
        <translation>a été modifié ou endommagé après son écriture</translation>
    </message>
    <message>
        <source>was written by a newer CoachDesk: update CoachDesk on this computer to receive it</source>
        <translation>a été écrit par une version plus récente de CoachDesk&#xa0;: mettez CoachDesk à jour sur cet ordinateur pour le recevoir</translation>
    </message>
    <message>
        <source>belongs to another practice</source>
        <translation>appartient à un autre cabinet</translation>
    </message>
    <message>
        <source>is not where its computer wrote it (moved or copied by hand)</source>
        <translation>n’est pas là où son ordinateur l’a écrit (déplacé ou copié à la main)</translation>
    </message>
    <message>
        <source>not a CoachDesk computer&apos;s folder</source>
        <translation>pas un dossier d’ordinateur CoachDesk</translation>
    </message>
    <message>
        <source>carries a time more than a day ahead of this computer&apos;s clock: check the date and time on both computers</source>
        <translation>porte une heure en avance de plus d’un jour sur l’horloge de cet ordinateur&#xa0;: vérifiez la date et l’heure sur les deux ordinateurs</translation>
    </message>
    <message>
        <source>The folder %1 in the sync folder is a link or not a folder. CoachDesk writes its change files only in folders of its own: remove it, and sync again.</source>
        <translation>Le dossier %1 du dossier de synchronisation est un lien ou n’est pas un dossier. CoachDesk n’écrit ses fichiers de modifications que dans ses propres dossiers&#xa0;: supprimez-le, puis synchronisez de nouveau.</translation>
    </message>
    <message>
        <source>comes from a computer marked as gone: it is not applied (to use that computer again, join the practice from it as a new computer)</source>
        <translation type="vanished">vient d’un ordinateur marqué comme perdu&#xa0;: il n’est pas appliqué (pour utiliser de nouveau cet ordinateur, rejoignez le cabinet depuis celui-ci comme un nouvel ordinateur)</translation>
    </message>
    <message>
        <source>comes from a computer marked as gone: it is not applied (if that was a mistake, choose &quot;Not gone after all…&quot; for it in Settings; else join the practice from it as a new computer)</source>
        <translation>vient d’un ordinateur marqué comme perdu&#xa0;: il n’est pas appliqué (si c’était une erreur, choisissez «&#xa0;Finalement pas perdu…&#xa0;» pour lui dans les Paramètres&#xa0;; sinon, rejoignez le cabinet depuis celui-ci comme un nouvel ordinateur)</translation>
    </message>
    <message>
        <source>Only another computer can be marked as gone.</source>
        <translation>Seul un autre ordinateur peut être marqué comme perdu.</translation>
    </message>
    <message>
        <source>That computer is not one of this practice&apos;s computers.</source>
        <translation>Cet ordinateur ne fait pas partie de ce cabinet.</translation>
    </message>
    <message>
        <source>This computer cannot bring itself back: what it sends is not taken in. Bring it back on another computer of the practice.</source>
        <translation>Cet ordinateur ne peut pas se réintégrer lui-même&#xa0;: ce qu’il envoie n’est pas repris. Réintégrez-le depuis un autre ordinateur du cabinet.</translation>
    </message>
    <message>
        <source>Bring that computer back on computer %1, where it was marked as gone: it issues the practice&apos;s invoices, and invoicing may have been taken back on another computer since, which this one has not heard of yet.</source>
        <translation>Réintégrez cet ordinateur sur l’ordinateur %1, où il a été marqué comme perdu&#xa0;: il émet les factures du cabinet, et la facturation a peut-être été reprise depuis sur un autre ordinateur, ce que celui-ci ne sait pas encore.</translation>
    </message>
    <message>
        <source>That computer cannot be brought back: while it was marked as gone, invoicing moved to another computer, so invoices it issued since may carry numbers given again. To use it again, join the practice from it as a new computer.</source>
        <translation>L’ordinateur choisi ne peut pas être réintégré&#xa0;: pendant qu’il était marqué comme perdu, la facturation est passée à un autre ordinateur, si bien que les factures qu’il a émises depuis peuvent porter des numéros attribués une seconde fois. Pour l’utiliser de nouveau, rejoignez le cabinet depuis cet ordinateur comme un nouvel ordinateur.</translation>
    </message>
    <message>
        <source>does not fit the records on this computer (nothing of it was kept); CoachDesk tries again at each sync</source>
        <translation>ne s’accorde pas avec les données de cet ordinateur (rien n’en a été conservé)&#xa0;; CoachDesk réessaie à chaque synchronisation</translation>
    </message>
    <message>
        <source>does not open with the practice&apos;s new pairing code: its computer still needs it (type it in Settings there), or the file is damaged</source>
        <translation type="vanished">ne s’ouvre pas avec le nouveau code d’appairage du cabinet&#xa0;: son ordinateur en a encore besoin (saisissez-le dans les Paramètres de cet ordinateur), ou le fichier est endommagé</translation>
    </message>
    <message>
        <source>written before its computer had the new pairing code: type the new code in Settings on that computer</source>
        <translation>écrit avant que son ordinateur ait le nouveau code d’appairage : saisissez le nouveau code dans les Paramètres de cet ordinateur</translation>
    </message>
    <message>
        <source>written after a new pairing code made with an earlier version of CoachDesk: let the computer that made the code sync once, then this computer asks for it in Settings (or make a new pairing code on a computer not marked as gone)</source>
        <translation>écrit après un nouveau code d’appairage créé avec une version antérieure de CoachDesk : laissez l’ordinateur qui a créé le code se synchroniser une fois, puis cet ordinateur le demandera dans les Paramètres (ou créez un nouveau code d’appairage sur un ordinateur qui n’est pas marqué comme perdu)</translation>
    </message>
    <message>
        <source>written after a new pairing code: type the new code in Settings</source>
        <translation>écrit après un nouveau code d’appairage : saisissez le nouveau code dans les Paramètres</translation>
    </message>
</context>
<context>
    <name>translations</name>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
</context>
</TS>
