<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_US">
<context>
    <name />
    <message>
        <source>Your personal data held by %1</source>
        <translation>Sus datos personales en poder de %1</translation>
    </message>
    <message>
        <source>A copy of everything %1 holds about you, made on %2 by %3 at your request (GDPR Art. 15 and 20). Card numbers are shown as their last 4 digits only.</source>
        <translation>Una copia de todo lo que %1 tiene sobre usted, realizada el %2 por %3 a petición suya (RGPD Art. 15 y 20). Los números de tarjeta se muestran solo con sus 4 últimos dígitos.</translation>
    </message>
    <message>
        <source>Your details</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Customer number</source>
        <translation>Número de cliente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Última modificación</translation>
    </message>
    <message>
        <source>Your orders (%1)</source>
        <translation>Sus pedidos (%1)</translation>
    </message>
    <message>
        <source>No orders.</source>
        <translation>No hay pedidos.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>%1 ending %2, expires %3, holder %4</source>
        <translation>%1 terminada en %2, caducidad %3, titular %4</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Tax (%1 %)</source>
        <translation>Impuesto (%1 %)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Why we hold your data</source>
        <translation>Por qué conservamos sus datos</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Cuánto tiempo</translation>
    </message>
    <message>
        <source>When your record was read or changed</source>
        <translation>Cuándo se consultó o modificó su registro</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>No hay entradas.</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Aviso de privacidad</translation>
    </message>
    <message>
        <source>Questions about your data:</source>
        <translation>Preguntas sobre sus datos:</translation>
    </message>
    <message>
        <source>Personal data of customer %1</source>
        <translation>Datos personales del cliente %1</translation>
    </message>
    <message>
        <source>Certificate of erasure of personal data</source>
        <translation>Certificado de supresión de datos personales</translation>
    </message>
    <message>
        <source>%1 certifies that the personal data of the customer named below was erased from its customer records on the date shown, at the customer's request (GDPR Art. 17).</source>
        <translation>%1 certifica que los datos personales del cliente indicado a continuación se suprimieron de sus registros de clientes en la fecha indicada, a petición del cliente (RGPD Art. 17).</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>Referencia del cliente</translation>
    </message>
    <message>
        <source>Customer #%1</source>
        <translation>Cliente n.º %1</translation>
    </message>
    <message>
        <source>Customer's name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Erased on</source>
        <translation>Suprimido el</translation>
    </message>
    <message>
        <source>Authorised by</source>
        <translation>Autorizado por</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>What was erased</source>
        <translation>Qué se ha suprimido</translation>
    </message>
    <message>
        <source>Name (the record now reads “%1”)</source>
        <translation>Nombre (el registro ahora indica “%1”)</translation>
    </message>
    <message>
        <source>Postal address: street, city, region and postal code</source>
        <translation>Dirección postal: calle, ciudad, región y código postal</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>The customer's entry in the search index</source>
        <translation>La entrada del cliente en el índice de búsqueda</translation>
    </message>
    <message>
        <source>Notes on the orders and on their status changes (orders: %1)</source>
        <translation>Notas de los pedidos y de sus cambios de estado (pedidos: %1)</translation>
    </message>
    <message>
        <source>Card holder names on the orders</source>
        <translation>Nombres de los titulares de las tarjetas de los pedidos</translation>
    </message>
    <message>
        <source>Encrypted full card numbers still kept: %1 destroyed</source>
        <translation>Números de tarjeta completos cifrados que aún se conservaban: %1 destruidos</translation>
    </message>
    <message>
        <source>What was kept, and why</source>
        <translation>Qué se ha conservado y por qué</translation>
    </message>
    <message>
        <source>The orders (%1) with their numbers, dates, items, amounts, tax, status and the card's brand, last 4 digits and expiry: tax and accounting law obliges the business to keep its sales records (GDPR Art. 17(3)(b)). They no longer name the customer.</source>
        <translation>Los pedidos (%1) con sus números, fechas, artículos, importes, impuestos, estado y la marca, los 4 últimos dígitos y la caducidad de la tarjeta: la legislación fiscal y contable obliga a la empresa a conservar sus registros de ventas (RGPD Art. 17(3)(b)). Ya no identifican al cliente.</translation>
    </message>
    <message>
        <source>The customer's country, which decides the tax of those orders.</source>
        <translation>El país del cliente, que determina los impuestos de esos pedidos.</translation>
    </message>
    <message>
        <source>The security log of who read or changed the record and when; it holds no name, address or card number (GDPR Art. 5(2) and 32).</source>
        <translation>El registro de seguridad de quién consultó o modificó el registro y cuándo; no contiene ningún nombre, dirección ni número de tarjeta (RGPD Art. 5(2) y 32).</translation>
    </message>
    <message>
        <source>Encrypted backups made before this date still contain the erased data until they are replaced; they are used only to recover from a disaster.</source>
        <translation>Las copias de seguridad cifradas realizadas antes de esta fecha siguen conteniendo los datos suprimidos hasta que se sustituyen; solo se usan para recuperarse de un desastre.</translation>
    </message>
    <message>
        <source>This certificate carries the customer's name so that it can be handed to them. Custos keeps no copy of it, only its SHA-256 checksum, which recognises this document if it is shown again.</source>
        <translation>Este certificado incluye el nombre del cliente para que se le pueda entregar. Custos no guarda ninguna copia, solo su suma de comprobación SHA-256, que permite reconocer este documento si se vuelve a presentar.</translation>
    </message>
    <message>
        <source>Signed with the business's signing key, fingerprint %1. Check the signature (this file and its .sig file) with the public key the business publishes: openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in FILE -sigfile FILE.sig</source>
        <translation>Firmado con la clave de firma de la empresa, huella digital %1. Compruebe la firma (este archivo y su archivo .sig) con la clave pública que publica la empresa: openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in FILE -sigfile FILE.sig</translation>
    </message>
    <message>
        <source>This certificate is not signed: the owner who issued it holds no signing key.</source>
        <translation>Este certificado no está firmado: el propietario que lo emitió no tiene clave de firma.</translation>
    </message>
    <message>
        <source>Certificate of erasure — customer #%1</source>
        <translation>Certificado de supresión — cliente n.º %1</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>View customers</source>
        <translation>Ver clientes</translation>
    </message>
    <message>
        <source>Add, edit and archive customers</source>
        <translation>Añadir, editar y archivar clientes</translation>
    </message>
    <message>
        <source>Import customers from CSV</source>
        <translation>Importar clientes desde CSV</translation>
    </message>
    <message>
        <source>Take orders and move them through the workflow</source>
        <translation>Registrar pedidos y hacerlos avanzar por el flujo de trabajo</translation>
    </message>
    <message>
        <source>Export orders (card numbers masked)</source>
        <translation>Exportar pedidos (con los números de tarjeta enmascarados)</translation>
    </message>
    <message>
        <source>See the first six and last four digits of card numbers</source>
        <translation>Ver los seis primeros y los cuatro últimos dígitos de los números de tarjeta</translation>
    </message>
    <message>
        <source>Reveal full card numbers</source>
        <translation>Revelar números de tarjeta completos</translation>
    </message>
    <message>
        <source>Export a customer's personal data</source>
        <translation>Exportar los datos personales de un cliente</translation>
    </message>
    <message>
        <source>Manage staff</source>
        <translation>Gestionar el personal</translation>
    </message>
    <message>
        <source>Record background checks</source>
        <translation>Registrar verificaciones de antecedentes</translation>
    </message>
    <message>
        <source>Give and revoke disclosure grants</source>
        <translation>Conceder y revocar autorizaciones de divulgación</translation>
    </message>
    <message>
        <source>View the audit log</source>
        <translation>Ver el registro de auditoría</translation>
    </message>
    <message>
        <source>Verify the audit log</source>
        <translation>Verificar el registro de auditoría</translation>
    </message>
    <message>
        <source>Sign off the access review</source>
        <translation>Aprobar la revisión de accesos</translation>
    </message>
    <message>
        <source>Change the business profile and security settings</source>
        <translation>Cambiar el perfil de la empresa y la configuración de seguridad</translation>
    </message>
    <message>
        <source>Your account has been deactivated.</source>
        <translation>Su cuenta se ha desactivado.</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow this: %2.</source>
        <translation>Su función (%1) no permite esto: %2.</translation>
    </message>
    <message>
        <source>You have no background check on record; full card numbers and customer data exports need a cleared one.</source>
        <translation>No tiene ninguna verificación de antecedentes registrada; para ver números de tarjeta completos y exportar datos de clientes se necesita una verificación superada.</translation>
    </message>
    <message>
        <source>Your background check is still pending.</source>
        <translation>Su verificación de antecedentes todavía está pendiente.</translation>
    </message>
    <message>
        <source>Your background check did not clear.</source>
        <translation>Su verificación de antecedentes no se ha superado.</translation>
    </message>
    <message>
        <source>Your background check has expired. Ask a manager to record a new one.</source>
        <translation>Su verificación de antecedentes ha caducado. Pida a un gerente que registre una nueva.</translation>
    </message>
    <message>
        <source>You do not hold a disclosure grant. Ask a manager or owner who holds one to grant it.</source>
        <translation>No tiene autorización de divulgación. Pídasela a un gerente o a un propietario que tenga una.</translation>
    </message>
    <message>
        <source>You cannot change your own role.</source>
        <translation>No puede cambiar su propia función.</translation>
    </message>
    <message>
        <source>You cannot deactivate or reactivate your own account.</source>
        <translation>No puede desactivar ni reactivar su propia cuenta.</translation>
    </message>
    <message>
        <source>Only an owner can change an employee's role.</source>
        <translation>Solo un propietario puede cambiar la función de un empleado.</translation>
    </message>
    <message>
        <source>Only an owner can add, deactivate or reactivate a manager or an owner.</source>
        <translation>Solo un propietario puede añadir, desactivar o reactivar a un gerente o a un propietario.</translation>
    </message>
    <message>
        <source>Print order forms and order confirmations</source>
        <translation>Imprimir formularios de pedido y confirmaciones de pedido</translation>
    </message>
    <message>
        <source>Erase a customer's personal data</source>
        <translation>Suprimir los datos personales de un cliente</translation>
    </message>
    <message>
        <source>Export signed compliance reports</source>
        <translation>Exportar informes de cumplimiento firmados</translation>
    </message>
    <message>
        <source>Run the security self-check</source>
        <translation>Ejecutar la autocomprobación de seguridad</translation>
    </message>
    <message>
        <source>Replace the vault's encryption and signing keys</source>
        <translation>Sustituir las claves de cifrado y de firma del almacén</translation>
    </message>
</context>
<context>
    <name>AccessReview</name>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>Las notas son demasiado largas (como máximo %1 caracteres).</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: the disk is full. Free some space and try again; no file was written.</source>
        <translation>No se puede escribir %1: el disco está lleno. Libere espacio y vuelva a intentarlo; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is read-only. Choose another folder.</source>
        <translation>No se puede escribir %1: el disco es de solo lectura. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Cannot write %1: you have no permission to write in that folder. Choose another folder.</source>
        <translation>No se puede escribir %1: no tiene permiso para escribir en esa carpeta. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). The disk may be full or read-only; no file was written.</source>
        <translation>No se puede escribir %1 (%2). Puede que el disco esté lleno o sea de solo lectura; no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose another folder.</source>
        <translation>La carpeta %1 no existe. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give a file name.</source>
        <translation>%1 es una carpeta. Indique un nombre de archivo.</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full, or the file is larger than that drive allows. Free some space or choose another drive; no file was written.</source>
        <translation>No se puede escribir %1: el disco está lleno o el archivo supera el tamaño que permite esa unidad. Libere espacio o elija otra unidad; no se ha escrito ningún archivo.</translation>
    </message>
</context>
<context>
    <name>AuditCheckpoints</name>
    <message>
        <source>The vault's signing key does not match its public key, so the audit log cannot be signed. Restore the vault from a backup or ask for support.</source>
        <translation>La clave de firma del almacén no coincide con su clave pública, por lo que no se puede firmar el registro de auditoría. Restaure el almacén a partir de una copia de seguridad o solicite asistencia.</translation>
    </message>
    <message>
        <source>The audit event just written could not be read back.</source>
        <translation>No se ha podido volver a leer el evento de auditoría que se acaba de escribir.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>Event %1 (%2 by %3 at %4)</source>
        <translation>Evento %1 (%2 por %3 el %4)</translation>
    </message>
</context>
<context>
    <name>AuditVerifier</name>
    <message>
        <source>Event %1</source>
        <translation>Evento %1</translation>
    </message>
    <message>
        <source>The checkpoint for event %1 (signed at %2) names a signing key this vault does not have: it was forged.</source>
        <translation>El punto de control del evento %1 (firmado el %2) indica una clave de firma que este almacén no tiene: se ha falsificado.</translation>
    </message>
    <message>
        <source>The checkpoint for event %1 (signed at %2) has an invalid signature: it was forged or altered.</source>
        <translation>El punto de control del evento %1 (firmado el %2) tiene una firma no válida: se ha falsificado o alterado.</translation>
    </message>
    <message>
        <source>Event 1 is missing: the log starts at event %1. The first events were deleted.</source>
        <translation>Falta el evento 1: el registro empieza en el evento %1. Se han eliminado los primeros eventos.</translation>
    </message>
    <message>
        <source>Event %1 is missing: the log jumps from event %2 to event %3. Events were deleted.</source>
        <translation>Falta el evento %1: el registro salta del evento %2 al evento %3. Se han eliminado eventos.</translation>
    </message>
    <message>
        <source>%1 was altered, or the event before it was: it no longer links to the event before it.</source>
        <translation>Se ha alterado %1, o bien el evento anterior: ya no enlaza con el evento que lo precede.</translation>
    </message>
    <message>
        <source>%1 was altered after it was written.</source>
        <translation>Se ha alterado %1 después de escribirse.</translation>
    </message>
    <message>
        <source>Events %1 to %2 no longer match the checkpoint signed at %3: one of them was altered or deleted and the hashes were recomputed to hide it.</source>
        <translation>Los eventos del %1 al %2 ya no coinciden con el punto de control firmado el %3: se alteró o se eliminó uno de ellos y se recalcularon los hashes para ocultarlo.</translation>
    </message>
    <message>
        <source>%1 records a signed checkpoint, but the checkpoint itself is gone: it was deleted.</source>
        <translation>%1 registra un punto de control firmado, pero el propio punto de control ha desaparecido: se ha eliminado.</translation>
    </message>
    <message>
        <source>Events %1 to %2 were deleted: a checkpoint signed at %3 covers event %2, but the log ends at event %4.</source>
        <translation>Se han eliminado los eventos del %1 al %2: un punto de control firmado el %3 abarca el evento %2, pero el registro termina en el evento %4.</translation>
    </message>
    <message>
        <source>Clerks cannot read the audit log. Ask a manager or an owner.</source>
        <translation>Los dependientes no pueden leer el registro de auditoría. Pídaselo a un gerente o a un propietario.</translation>
    </message>
    <message>
        <source>Only owners and managers can verify the audit log.</source>
        <translation>Solo los propietarios y los gerentes pueden verificar el registro de auditoría.</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Custos backup.</source>
        <translation>%1 no es una copia de seguridad de Custos.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Custos (backup format %2). Update Custos to restore it.</source>
        <translation>%1 se creó con una versión más reciente de Custos (formato de copia de seguridad %2). Actualice Custos para restaurarla.</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder: %1</source>
        <translation>No se puede crear una carpeta temporal: %1</translation>
    </message>
    <message>
        <source>Cannot read the backup: %1</source>
        <translation>No se puede leer la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Only an owner can restore a backup: "%1" is not an active owner in it.</source>
        <translation>Solo un propietario puede restaurar una copia de seguridad: "%1" no es un propietario activo en ella.</translation>
    </message>
    <message>
        <source>Cannot read the backup's keyring: %1</source>
        <translation>No se puede leer el llavero de la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>There is no account "%1" in this backup.</source>
        <translation>No hay ninguna cuenta "%1" en esta copia de seguridad.</translation>
    </message>
    <message>
        <source>The user name or password is not right for this backup.</source>
        <translation>El nombre de usuario o la contraseña no son correctos para esta copia de seguridad.</translation>
    </message>
    <message>
        <source>A recovery code has 25 letters and digits, as printed on the recovery sheet.</source>
        <translation>Un código de recuperación tiene 25 letras y dígitos, tal como aparece en la hoja de recuperación.</translation>
    </message>
    <message>
        <source>This backup has no recovery slot.</source>
        <translation>Esta copia de seguridad no tiene ranura de recuperación.</translation>
    </message>
    <message>
        <source>The recovery code is not right for this backup.</source>
        <translation>El código de recuperación no es correcto para esta copia de seguridad.</translation>
    </message>
    <message>
        <source>recovery code</source>
        <translation>código de recuperación</translation>
    </message>
    <message>
        <source>Unlock the backup with an owner's password or the recovery code first.</source>
        <translation>Desbloquee primero la copia de seguridad con la contraseña de un propietario o con el código de recuperación.</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no vault; choose an empty or new folder.</source>
        <translation>%1 no está vacía y no contiene ningún almacén; elija una carpeta vacía o nueva.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>Could not write the restored keyring (%1). The disk may be full.</source>
        <translation>No se ha podido escribir el llavero restaurado (%1). Puede que el disco esté lleno.</translation>
    </message>
    <message>
        <source>Could not write the restored vault (%1).</source>
        <translation>No se ha podido escribir el almacén restaurado (%1).</translation>
    </message>
    <message>
        <source>Restoring the vault</source>
        <translation>Restaurando el almacén</translation>
    </message>
    <message>
        <source>Could not finish writing the restored vault (%1). The disk may be full.</source>
        <translation>No se ha podido terminar de escribir el almacén restaurado (%1). Puede que el disco esté lleno.</translation>
    </message>
    <message>
        <source>Could not move the current vault aside to %1; nothing was changed.</source>
        <translation>No se ha podido apartar el almacén actual a %1; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Could not put the restored vault in place at %1; nothing was changed.</source>
        <translation>No se ha podido colocar el almacén restaurado en %1; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>BusinessProfile</name>
    <message>
        <source>Enter the business's legal name.</source>
        <translation>Introduzca la razón social de la empresa.</translation>
    </message>
    <message>
        <source>The legal name is limited to 200 characters.</source>
        <translation>La razón social admite como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>Enter the business's phone number.</source>
        <translation>Introduzca el número de teléfono de la empresa.</translation>
    </message>
    <message>
        <source>The email address needs an @.</source>
        <translation>La dirección de correo electrónico debe contener una @.</translation>
    </message>
</context>
<context>
    <name>CardNumber</name>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>A card number has only digits (spaces and dashes are fine).</source>
        <translation>Un número de tarjeta solo contiene dígitos (se admiten espacios y guiones).</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>Introduzca el número de tarjeta.</translation>
    </message>
    <message>
        <source>A %1 number has %2 digits; this one has %3.</source>
        <translation>Un número de %1 tiene %2 dígitos; este tiene %3.</translation>
    </message>
    <message>
        <source>A %1 number has %2 to %3 digits; this one has %4.</source>
        <translation>Un número de %1 tiene de %2 a %3 dígitos; este tiene %4.</translation>
    </message>
    <message>
        <source>This card number is not valid — check for a mistyped digit.</source>
        <translation>Este número de tarjeta no es válido — compruebe si hay algún dígito mal escrito.</translation>
    </message>
    <message>
        <source>Enter the expiry as MM/YY, for example 08/27.</source>
        <translation>Introduzca la fecha de caducidad como MM/AA, por ejemplo 08/27.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>info takes no arguments.</source>
        <translation>info no admite argumentos.</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Privacy contact</source>
        <translation>Contacto de privacidad</translation>
    </message>
    <message>
        <source>Vault id</source>
        <translation>ID del almacén</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Demo vault</source>
        <translation>Almacén de demostración</translation>
    </message>
    <message>
        <source>yes (public passwords: no real customer data)</source>
        <translation>sí (contraseñas públicas: sin datos reales de clientes)</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Sesión iniciada como</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>days left: %1</source>
        <translation>días restantes: %1</translation>
    </message>
    <message>
        <source>change it now</source>
        <translation>cámbiela ahora</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Versión del esquema</translation>
    </message>
    <message>
        <source>SQLCipher</source>
        <translation>SQLCipher</translation>
    </message>
    <message>
        <source>passwd takes no arguments.</source>
        <translation>passwd no admite argumentos.</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nueva contraseña para %1</translation>
    </message>
    <message>
        <source>The password was not changed: %1</source>
        <translation>No se ha cambiado la contraseña: %1</translation>
    </message>
    <message>
        <source>Password changed for %1.</source>
        <translation>Se ha cambiado la contraseña de %1.</translation>
    </message>
    <message>
        <source>recover takes no arguments.</source>
        <translation>recover no admite argumentos.</translation>
    </message>
    <message>
        <source>Name the owner whose password is reset with --user OWNER.</source>
        <translation>Indique con --user PROPIETARIO el propietario cuya contraseña se va a restablecer.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>The password was not reset: %1</source>
        <translation>No se ha restablecido la contraseña: %1</translation>
    </message>
    <message>
        <source>The password of %1 was reset; sign in with the new one. The use of the recovery code is recorded in the audit log, and the code stays valid: keep the sheet locked away.</source>
        <translation>Se ha restablecido la contraseña de %1; inicie sesión con la nueva. El uso del código de recuperación queda anotado en el registro de auditoría y el código sigue siendo válido: guarde la hoja bajo llave.</translation>
    </message>
    <message>
        <source>employee needs a subcommand: add.</source>
        <translation>employee necesita un subcomando: add.</translation>
    </message>
    <message>
        <source>Unknown employee subcommand "%1".</source>
        <translation>Subcomando de employee "%1" desconocido.</translation>
    </message>
    <message>
        <source>employee add takes only options.</source>
        <translation>employee add solo admite opciones.</translation>
    </message>
    <message>
        <source>employee add needs --username USER, --name "FULL NAME" and --role.</source>
        <translation>employee add necesita --username USUARIO, --name "NOMBRE COMPLETO" y --role.</translation>
    </message>
    <message>
        <source>--role is clerk, manager or owner.</source>
        <translation>--role admite clerk, manager u owner.</translation>
    </message>
    <message>
        <source>The employee was not added: %1</source>
        <translation>No se ha añadido el empleado: %1</translation>
    </message>
    <message>
        <source>Added %1 (%2) as %3.</source>
        <translation>Se ha añadido a %1 (%2) como %3.</translation>
    </message>
    <message>
        <source>One-time password, shown only now; %1 must replace it at the first sign-in:</source>
        <translation>Contraseña de un solo uso, que solo se muestra ahora; %1 debe sustituirla en el primer inicio de sesión:</translation>
    </message>
    <message>
        <source>audit list takes only options.</source>
        <translation>audit list solo admite opciones.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit admite un número del 1 al %1.</translation>
    </message>
    <message>
        <source>Clerks cannot read the audit log. Ask a manager or an owner.</source>
        <translation>Los dependientes no pueden leer el registro de auditoría. Pídaselo a un gerente o a un propietario.</translation>
    </message>
    <message>
        <source>audit verify takes no arguments.</source>
        <translation>audit verify no admite argumentos.</translation>
    </message>
    <message>
        <source>audit needs a subcommand: list or verify.</source>
        <translation>audit necesita un subcomando: list o verify.</translation>
    </message>
    <message>
        <source>Unknown audit subcommand "%1".</source>
        <translation>Subcomando de audit "%1" desconocido.</translation>
    </message>
    <message>
        <source>Cannot read %1 from standard input.</source>
        <translation>No se puede leer %1 de la entrada estándar.</translation>
    </message>
    <message>
        <source>Standard input ended before %1 was given (one line per secret, in the order shown by "custos-cli help").</source>
        <translation>La entrada estándar terminó antes de proporcionar %1 (una línea por secreto, en el orden que indica "custos-cli help").</translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes.</source>
        <translation>%1 ocupa más de %2 bytes.</translation>
    </message>
    <message>
        <source>Nothing was entered for %1.</source>
        <translation>No se ha introducido nada para %1.</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Repita la nueva contraseña</translation>
    </message>
    <message>
        <source>The two passwords differ. Try again.</source>
        <translation>Las dos contraseñas no coinciden. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The passwords did not match; nothing was changed.</source>
        <translation>Las contraseñas no coincidían; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>La operación ha fallado.</translation>
    </message>
    <message>
        <source>Run "custos-cli help" for the commands and their options.</source>
        <translation>Ejecute "custos-cli help" para ver los comandos y sus opciones.</translation>
    </message>
    <message>
        <source>Choose the vault folder with --vault DIR, or create a vault there with "custos-cli init".</source>
        <translation>Elija la carpeta del almacén con --vault CARPETA, o cree en ella un almacén cifrado con "custos-cli init".</translation>
    </message>
    <message>
        <source>Say who signs in with --user NAME.</source>
        <translation>Indique quién inicia sesión con --user NOMBRE.</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <source>Change it first with: custos-cli --vault "%1" --user %2 passwd</source>
        <translation>Cámbiela primero con: custos-cli --vault "%1" --user %2 passwd</translation>
    </message>
    <message>
        <source>%1 signed in with a one-time password, which must be replaced.</source>
        <translation>%1 ha iniciado sesión con una contraseña de un solo uso, que debe sustituirse.</translation>
    </message>
    <message>
        <source>The password of %1 has expired.</source>
        <translation>La contraseña de %1 ha caducado.</translation>
    </message>
    <message>
        <source>The password of %1 was reset and must be replaced.</source>
        <translation>Se ha restablecido la contraseña de %1 y debe sustituirse.</translation>
    </message>
    <message>
        <source>  RECOVERY CODE - shown only this once</source>
        <translation>  CÓDIGO DE RECUPERACIÓN - solo se muestra esta vez</translation>
    </message>
    <message>
        <source>  Write it down (or print the recovery sheet) now and keep it offline,
  locked away from this computer. It is the only way back in if the
  owner's password is forgotten, and anyone holding it together with a
  copy of the vault can read all of its data.</source>
        <translation>  Anótelo (o imprima la hoja de recuperación) ahora y guárdelo sin conexión,
  bajo llave y lejos de este ordenador. Es la única forma de volver a entrar
  si se olvida la contraseña del propietario, y cualquiera que lo tenga junto
  con una copia del almacén puede leer todos sus datos.</translation>
    </message>
    <message>
        <source>The recovery sheet was not written. The code above is the only copy: write it down.</source>
        <translation>No se ha escrito la hoja de recuperación. El código anterior es la única copia: anótelo.</translation>
    </message>
    <message>
        <source>Recovery sheet written to %1. Print it, lock it away, then delete the file.</source>
        <translation>Hoja de recuperación escrita en %1. Imprímala, guárdela bajo llave y después elimine el archivo.</translation>
    </message>
    <message>
        <source>init takes no arguments besides its options.</source>
        <translation>init no admite argumentos aparte de sus opciones.</translation>
    </message>
    <message>
        <source>init needs %1.</source>
        <translation>init necesita %1.</translation>
    </message>
    <message>
        <source>There is already a vault at %1.</source>
        <translation>Ya existe un almacén cifrado en %1.</translation>
    </message>
    <message>
        <source>No vault was created: %1</source>
        <translation>No se ha creado ningún almacén cifrado: %1</translation>
    </message>
    <message>
        <source>Vault created at %1 for %2; owner account: %3.</source>
        <translation>Almacén cifrado creado en %1 para %2; cuenta del propietario: %3.</translation>
    </message>
    <message>
        <source>demo takes one folder.</source>
        <translation>demo admite una sola carpeta.</translation>
    </message>
    <message>
        <source>No demo vault was created: %1</source>
        <translation>No se ha creado ningún almacén de demostración: %1</translation>
    </message>
    <message>
        <source>Demo vault created at %1 (sample business "%2").</source>
        <translation>Almacén de demostración creado en %1 (empresa de ejemplo "%2").</translation>
    </message>
    <message>
        <source>Demo accounts (these passwords are public: never keep real customer data in a demo vault):</source>
        <translation>Cuentas de demostración (estas contraseñas son públicas: nunca guarde datos reales de clientes en un almacén de demostración):</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>Código de recuperación: %1</translation>
    </message>
    <message>
        <source>Open it with: custos --demo --vault "%1"</source>
        <translation>Ábralo con: custos --demo --vault "%1"</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se ha indicado ningún comando.</translation>
    </message>
    <message>
        <source>Unknown command "%1".</source>
        <translation>Comando "%1" desconocido.</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivado)</translation>
    </message>
    <message>
        <source>customer list takes only options.</source>
        <translation>customer list solo admite opciones.</translation>
    </message>
    <message>
        <source>No customers found.</source>
        <translation>No se han encontrado clientes.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 customers; use --limit N to see more.</source>
        <translation>Se muestran %1 de %2 clientes; use --limit N para ver más.</translation>
    </message>
    <message>
        <source>customer add takes only options; put values with spaces in quotes.</source>
        <translation>customer add solo admite opciones; escriba entre comillas los valores que contengan espacios.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The customer was not added.</source>
        <translation>No se ha añadido el cliente.</translation>
    </message>
    <message>
        <source>Note: possibly the same person as customer %1 (%2, %3).</source>
        <translation>Nota: posiblemente es la misma persona que el cliente %1 (%2, %3).</translation>
    </message>
    <message>
        <source>customer import needs one file: customer import FILE.csv</source>
        <translation>customer import necesita un archivo: customer import ARCHIVO.csv</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB. Split it into smaller files.</source>
        <translation>%1 ocupa más de %2 MB. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>line %1 (imported anyway): </source>
        <translation>línea %1 (importada de todos modos): </translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>línea %1: </translation>
    </message>
    <message>
        <source>Ignored columns: %1</source>
        <translation>Columnas ignoradas: %1</translation>
    </message>
    <message>
        <source>Lines read: %1; can be imported: %2; skipped: %3.</source>
        <translation>Líneas leídas: %1; se pueden importar: %2; omitidas: %3.</translation>
    </message>
    <message>
        <source>Dry run: nothing was imported.</source>
        <translation>Simulación: no se ha importado nada.</translation>
    </message>
    <message>
        <source>Customers imported: %1.</source>
        <translation>Clientes importados: %1.</translation>
    </message>
    <message>
        <source>Unknown customer subcommand "%1".</source>
        <translation>Subcomando de customer "%1" desconocido.</translation>
    </message>
    <message>
        <source>Unknown status "%1". Statuses: received, charged, shipped, closed, cancelled.</source>
        <translation>Estado "%1" desconocido. Estados: received, charged, shipped, closed, cancelled.</translation>
    </message>
    <message>
        <source>Unknown channel "%1". Channels: phone, fax, mail, walk-in.</source>
        <translation>Canal "%1" desconocido. Canales: phone, fax, mail, walk-in.</translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD.</source>
        <translation>--%1 admite una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from es posterior a --to.</translation>
    </message>
    <message>
        <source>--customer takes a customer number (see "customer list").</source>
        <translation>--customer admite un número de cliente (consulte "customer list").</translation>
    </message>
    <message>
        <source>order list takes only options.</source>
        <translation>order list solo admite opciones.</translation>
    </message>
    <message>
        <source>No orders found.</source>
        <translation>No se han encontrado pedidos.</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 orders; use --limit N to see more.</source>
        <translation>Se muestran los %1 pedidos más recientes de %2; use --limit N para ver más.</translation>
    </message>
    <message>
        <source>order show needs one order number: order show 2026-000123</source>
        <translation>order show necesita un número de pedido: order show 2026-000123</translation>
    </message>
    <message>
        <source>There is no order %1.</source>
        <translation>No existe el pedido %1.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>%1 (customer %2)</source>
        <translation>%1 (cliente %2)</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>%1, expires %2</source>
        <translation>%1, caducidad %2</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>order export needs one file: order export FILE.csv</source>
        <translation>order export necesita un archivo: order export ARCHIVO.csv</translation>
    </message>
    <message>
        <source>Orders exported to %1: %2.</source>
        <translation>Pedidos exportados a %1: %2.</translation>
    </message>
    <message>
        <source>Unknown order subcommand "%1".</source>
        <translation>Subcomando de order "%1" desconocido.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from no puede ser posterior a --to.</translation>
    </message>
    <message>
        <source>--outcome takes success, failure or denied.</source>
        <translation>--outcome admite success, failure o denied.</translation>
    </message>
    <message>
        <source>No employee "%1" among those whose events you may read (yourself and the clerks).</source>
        <translation>No hay ningún empleado "%1" entre aquellos cuyos eventos puede leer (usted y los dependientes).</translation>
    </message>
    <message>
        <source>No employee "%1" in this vault.</source>
        <translation>No hay ningún empleado "%1" en este almacén.</translation>
    </message>
    <message>
        <source>Audit chain broken at event %1: %2 (events checked: %3, signed checkpoints: %4.) The log was altered outside Custos; keep this vault and its backups for investigation.</source>
        <translation>Cadena de auditoría rota en el evento %1: %2 (eventos comprobados: %3; puntos de control firmados: %4). El registro se ha alterado fuera de Custos; conserve este almacén y sus copias de seguridad para la investigación.</translation>
    </message>
    <message>
        <source>1 signed checkpoint</source>
        <translation>1 punto de control firmado</translation>
    </message>
    <message>
        <source>%1 signed checkpoints</source>
        <translation>%1 puntos de control firmados</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 events, %2</source>
        <translation>Cadena de auditoría intacta: %1 eventos, %2</translation>
    </message>
    <message>
        <source>New checkpoint: event %1, signed now.</source>
        <translation>Nuevo punto de control: evento %1, firmado ahora.</translation>
    </message>
    <message>
        <source>Newest checkpoint: event %1, signed %2.</source>
        <translation>Punto de control más reciente: evento %1, firmado el %2.</translation>
    </message>
    <message>
        <source>Signing key fingerprint: %1</source>
        <translation>Huella digital de la clave de firma: %1</translation>
    </message>
    <message>
        <source>order reveal needs one order number: order reveal 2026-000123 --reason TEXT</source>
        <translation>order reveal necesita un número de pedido: order reveal 2026-000123 --reason TEXTO</translation>
    </message>
    <message>
        <source>Say why you need the full number with --reason TEXT; it is recorded with the reveal.</source>
        <translation>Indique con --reason TEXTO por qué necesita el número completo; se anota junto con la revelación.</translation>
    </message>
    <message>
        <source>The card number could not be written to standard output.</source>
        <translation>No se ha podido escribir el número de tarjeta en la salida estándar.</translation>
    </message>
    <message>
        <source>Order %1: this reveal was recorded in the audit log.</source>
        <translation>Pedido %1: esta revelación ha quedado anotada en el registro de auditoría.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <source>staff list takes only options.</source>
        <translation>staff list solo admite opciones.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Cleared to</source>
        <translation>Vigencia</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Perm.</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>staff needs a subcommand: list.</source>
        <translation>staff necesita un subcomando: list.</translation>
    </message>
    <message>
        <source>Unknown staff subcommand "%1".</source>
        <translation>Subcomando de staff "%1" desconocido.</translation>
    </message>
    <message>
        <source>  staff list [--tsv]
      Lists the employees with role, account state, background-check status, clearance
      date, disclosure grant and last sign-in (managers and owners). Input: your password.
  order reveal NUMBER --reason TEXT
      Prints the full card number of an order, and nothing else, on standard output. Only
      for employees with a cleared background check and a disclosure grant; the reason
      (at least %1 characters) is recorded with the reveal. Input: your password.
</source>
        <translation>  staff list [--tsv]
      Muestra los empleados con su función, el estado de la cuenta, el estado de la
      verificación de antecedentes, la fecha de validez, la autorización de divulgación y el
      último inicio de sesión (gerentes y propietarios). Entrada: su contraseña.
  order reveal NÚMERO --reason TEXTO
      Muestra en la salida estándar el número de tarjeta completo de un pedido, y nada más.
      Solo para empleados con una verificación de antecedentes superada y una autorización de
      divulgación; el motivo (de al menos %1 caracteres) se anota junto con la revelación.
      Entrada: su contraseña.
</translation>
    </message>
    <message>
        <source>Business:    %1</source>
        <translation>Empresa:     %1</translation>
    </message>
    <message>
        <source>Made:        %1 by %2</source>
        <translation>Creada:      %1 por %2</translation>
    </message>
    <message>
        <source>Holds:       %1 customers, %2 orders, %3 employees, %4 audit events</source>
        <translation>Contiene:    %1 clientes, %2 pedidos, %3 empleados, %4 eventos de auditoría</translation>
    </message>
    <message>
        <source>Size:        %1</source>
        <translation>Tamaño:      %1</translation>
    </message>
    <message>
        <source>backup create takes only options.</source>
        <translation>backup create solo admite opciones.</translation>
    </message>
    <message>
        <source>--keep is a number from 1 to %1.</source>
        <translation>--keep es un número del 1 al %1.</translation>
    </message>
    <message>
        <source>Say where the backup goes with --to FOLDER (no backup folder is set up).</source>
        <translation>Indique con --to FOLDER dónde se guarda la copia de seguridad (no hay ninguna carpeta de copias de seguridad configurada).</translation>
    </message>
    <message>
        <source>Backup written and verified: %1</source>
        <translation>Copia de seguridad escrita y verificada: %1</translation>
    </message>
    <message>
        <source>Removed an older backup: %1</source>
        <translation>Se ha eliminado una copia de seguridad anterior: %1</translation>
    </message>
    <message>
        <source>Say which owner unlocks the backup with --user NAME, or use --recovery.</source>
        <translation>Indique con --user NAME qué propietario desbloquea la copia de seguridad, o use --recovery.</translation>
    </message>
    <message>
        <source>backup verify needs the backup file.</source>
        <translation>backup verify necesita el archivo de la copia de seguridad.</translation>
    </message>
    <message>
        <source>Backup intact: every byte checks, the database copy opens and holds every row.</source>
        <translation>Copia de seguridad intacta: todos los bytes son correctos, y la copia de la base de datos se abre y contiene todas las filas.</translation>
    </message>
    <message>
        <source>backup restore needs the backup file.</source>
        <translation>backup restore necesita el archivo de la copia de seguridad.</translation>
    </message>
    <message>
        <source>Say where the vault is restored with --to FOLDER (a new or empty folder, or the current vault's folder, which is then moved aside).</source>
        <translation>Indique con --to FOLDER dónde se restaura el almacén (una carpeta nueva o vacía, o la carpeta del almacén actual, que en ese caso se aparta).</translation>
    </message>
    <message>
        <source>Nothing was changed. Run again with --yes to restore this backup into %1.</source>
        <translation>No se ha cambiado nada. Vuelva a ejecutarlo con --yes para restaurar esta copia de seguridad en %1.</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>Restaurado en %1.</translation>
    </message>
    <message>
        <source>The vault that was there is kept, untouched, in %1.</source>
        <translation>El almacén que había allí se conserva, intacto, en %1.</translation>
    </message>
    <message>
        <source>backup list needs the backup folder.</source>
        <translation>backup list necesita la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>No Custos backups in %1.</source>
        <translation>No hay copias de seguridad de Custos en %1.</translation>
    </message>
    <message>
        <source>%1  (not readable: %2)</source>
        <translation>%1  (no se puede leer: %2)</translation>
    </message>
    <message>
        <source>backup needs a subcommand: create, verify, restore or list.</source>
        <translation>backup necesita un subcomando: create, verify, restore o list.</translation>
    </message>
    <message>
        <source>Unknown backup subcommand "%1".</source>
        <translation>Subcomando de backup "%1" desconocido.</translation>
    </message>
    <message>
        <source>  backup create [--to FOLDER] [--keep N]
      Writes an encrypted backup of the whole vault (database and keyring) into FOLDER
      (default: the folder set in Settings), reads it back to verify it, and keeps the
      newest N backups of this vault there (default: the setting, else 10).
  backup verify FILE [--recovery]
      Checks every byte of a backup and reopens its database copy. Unlocks it with
      --user OWNER's password, or with the recovery code (--recovery). Exit 7 when the
      backup is damaged or was altered.
  backup restore FILE --to FOLDER [--recovery] [--yes]
      Shows what the backup holds; with --yes restores it into FOLDER. A vault already
      in FOLDER is moved aside to FOLDER.before-restore-TIME, never overwritten.
  backup list FOLDER
      Lists the backups in FOLDER with their date and business.
</source>
        <translation>  backup create [--to FOLDER] [--keep N]
      Escribe una copia de seguridad cifrada de todo el almacén (base de datos y llavero) en
      FOLDER (predeterminada: la carpeta definida en Configuración), la vuelve a leer para
      verificarla y conserva allí las N copias de seguridad más recientes de este almacén
      (predeterminado: el valor del ajuste o, si no lo hay, 10).
  backup verify FILE [--recovery]
      Comprueba todos los bytes de una copia de seguridad y vuelve a abrir su copia de la
      base de datos. La desbloquea con la contraseña de --user OWNER o con el código de
      recuperación (--recovery). Código de salida 7 si la copia de seguridad está dañada o
      se ha alterado.
  backup restore FILE --to FOLDER [--recovery] [--yes]
      Muestra lo que contiene la copia de seguridad; con --yes la restaura en FOLDER. Un
      almacén que ya esté en FOLDER se aparta a FOLDER.before-restore-TIME; nunca se sobrescribe.
  backup list FOLDER
      Muestra las copias de seguridad de FOLDER con su fecha y su empresa.
</translation>
    </message>
    <message>
        <source>customer needs a subcommand: list, add, import, export or erase.</source>
        <translation>customer necesita un subcomando: list, add, import, export o erase.</translation>
    </message>
    <message>
        <source>form blank takes only options: form blank --out FILE.pdf [--copies N]</source>
        <translation>form blank solo admite opciones: form blank --out FILE.pdf [--copies N]</translation>
    </message>
    <message>
        <source>form blank needs --out FILE.pdf</source>
        <translation>form blank necesita --out FILE.pdf</translation>
    </message>
    <message>
        <source>--copies takes a number from 1 to %1.</source>
        <translation>--copies admite un número del 1 al %1.</translation>
    </message>
    <message>
        <source>Order form written to %1: %2.</source>
        <translation>Formulario de pedido escrito en %1: %2.</translation>
    </message>
    <message>
        <source>privacy-notice show takes only options: privacy-notice show [--script]</source>
        <translation>privacy-notice show solo admite opciones: privacy-notice show [--script]</translation>
    </message>
    <message>
        <source>Phone script (read to callers):</source>
        <translation>Guion telefónico (para leer a quienes llaman):</translation>
    </message>
    <message>
        <source>order confirmation needs one order number: order confirmation 2026-000123 --out FILE.pdf</source>
        <translation>order confirmation necesita un número de pedido: order confirmation 2026-000123 --out FILE.pdf</translation>
    </message>
    <message>
        <source>order confirmation needs --out FILE.pdf</source>
        <translation>order confirmation necesita --out FILE.pdf</translation>
    </message>
    <message>
        <source>Confirmation of order %1 written to %2.</source>
        <translation>Confirmación del pedido %1 escrita en %2.</translation>
    </message>
    <message>
        <source>form needs a subcommand: blank.</source>
        <translation>form necesita un subcomando: blank.</translation>
    </message>
    <message>
        <source>Unknown form subcommand "%1".</source>
        <translation>Subcomando de form "%1" desconocido.</translation>
    </message>
    <message>
        <source>privacy-notice needs a subcommand: show.</source>
        <translation>privacy-notice necesita un subcomando: show.</translation>
    </message>
    <message>
        <source>Unknown privacy-notice subcommand "%1".</source>
        <translation>Subcomando de privacy-notice "%1" desconocido.</translation>
    </message>
    <message>
        <source>  form blank --out FILE.pdf [--copies N]
      Writes a blank phone/fax/mail order form to print or fax to customers; each copy
      (one per page set) has its own serial number, recorded in the audit log.
      Input: your password.
  order confirmation NUMBER [--out FILE.pdf]
      Writes the confirmation of an order as a PDF (the card as its last 4 digits only,
      whatever your role); recorded in the audit log. Input: your password.
  privacy-notice show [--script]
      Prints the privacy notice with the business details filled in, then the phone
      script clerks read to callers (--script: the script only). Input: your password.
</source>
        <translation>  form blank --out FILE.pdf [--copies N]
      Escribe un formulario de pedido en blanco para teléfono/fax/correo postal, para imprimirlo
      o enviarlo por fax a los clientes; cada copia (un juego de páginas por copia) tiene su
      propio número de serie, anotado en el registro de auditoría.
      Entrada: su contraseña.
  order confirmation NUMBER [--out FILE.pdf]
      Escribe la confirmación de un pedido como PDF (la tarjeta solo con sus 4 últimos dígitos,
      sea cual sea su función); se anota en el registro de auditoría. Entrada: su contraseña.
  privacy-notice show [--script]
      Muestra el aviso de privacidad con los datos de la empresa rellenados y, después, el guion
      telefónico que los dependientes leen a quienes llaman (--script: solo el guion). Entrada:
      su contraseña.
</translation>
    </message>
    <message>
        <source>order needs a subcommand: list, show, export, reveal or confirmation.</source>
        <translation>order necesita un subcomando: list, show, export, reveal o confirmation.</translation>
    </message>
    <message>
        <source>Cannot read the key file %1: %2</source>
        <translation>No se puede leer el archivo de clave %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a public key file (too large).</source>
        <translation>%1 no es un archivo de clave pública (es demasiado grande).</translation>
    </message>
    <message>
        <source>verify needs exactly one FILE.</source>
        <translation>verify necesita exactamente un archivo FILE.</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file.</source>
        <translation>No se puede leer %1: el archivo no existe.</translation>
    </message>
    <message>
        <source>Cannot read the signature %1: no such file. Give it with --sig FILE.sig.</source>
        <translation>No se puede leer la firma %1: el archivo no existe. Indíquela con --sig FILE.sig.</translation>
    </message>
    <message>
        <source>signing-key export needs --out KEY.pem.</source>
        <translation>signing-key export necesita --out KEY.pem.</translation>
    </message>
    <message>
        <source>Public signing key written to %1</source>
        <translation>Clave pública de firma escrita en %1</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): %1</source>
        <translation>Huella digital (SHA-256): %1</translation>
    </message>
    <message>
        <source>report needs a report NAME: access, screening, accounts, inventory, processing or statement.</source>
        <translation>report necesita el nombre (NAME) de un informe: access, screening, accounts, inventory, processing o statement.</translation>
    </message>
    <message>
        <source>Unknown report "%1": use access, screening, accounts, inventory, processing or statement.</source>
        <translation>Informe "%1" desconocido: use access, screening, accounts, inventory, processing o statement.</translation>
    </message>
    <message>
        <source>report needs --out FILE.</source>
        <translation>report necesita --out FILE.</translation>
    </message>
    <message>
        <source>--format is pdf or csv.</source>
        <translation>--format es pdf o csv.</translation>
    </message>
    <message>
        <source>--from needs a date as YYYY-MM-DD.</source>
        <translation>--from necesita una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>--to needs a date as YYYY-MM-DD.</source>
        <translation>--to necesita una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Informe escrito en %1</translation>
    </message>
    <message>
        <source>Signature written to %1</source>
        <translation>Firma escrita en %1</translation>
    </message>
    <message>
        <source>Signed with the key %1</source>
        <translation>Firmado con la clave %1</translation>
    </message>
    <message>
        <source>signing-key needs a subcommand: export.</source>
        <translation>signing-key necesita un subcomando: export.</translation>
    </message>
    <message>
        <source>Unknown signing-key subcommand "%1".</source>
        <translation>Subcomando de signing-key "%1" desconocido.</translation>
    </message>
    <message>
        <source>  report NAME --out FILE [--from DATE] [--to DATE] [--format pdf|csv] [--letter]
      Writes a compliance report and its signature FILE.sig (owners). NAME: access (reveals,
      copies, exports and denied attempts per employee), screening, accounts, inventory,
      processing (GDPR Art. 30) or statement (the privacy and security statement, PDF only).
      DATE is YYYY-MM-DD (default: the last full quarter); the format defaults to the file's
      extension. Input: your password.
  signing-key export --out KEY.pem
      Writes the vault's public signing key as PEM and prints its fingerprint (owners).
      Input: your password.
  verify FILE [--sig FILE.sig] [--key KEY.pem]
      Checks a signed document (default signature: FILE.sig). With --key no vault and no
      password are needed; without it, signs in and tries every signing key of the vault,
      current and retired. Input: your password, without --key. Exit code 0: the signature
      is valid; 7: it is NOT valid (the file was changed, or signed with another key);
      1: a file could not be read. The same check with OpenSSL:
      openssl pkeyutl -verify -pubin -inkey KEY.pem -rawin -in FILE -sigfile FILE.sig
</source>
        <translation>  report NAME --out FILE [--from DATE] [--to DATE] [--format pdf|csv] [--letter]
      Escribe un informe de cumplimiento y su firma FILE.sig (propietarios). NAME: access
      (revelaciones, copias, exportaciones e intentos denegados por empleado), screening,
      accounts, inventory, processing (RGPD Art. 30) o statement (la declaración de privacidad
      y seguridad, solo PDF). DATE tiene el formato AAAA-MM-DD (predeterminado: el último
      trimestre completo); el formato predeterminado es el de la extensión del archivo.
      Entrada: su contraseña.
  signing-key export --out KEY.pem
      Escribe la clave pública de firma del almacén en formato PEM y muestra su huella digital
      (propietarios). Entrada: su contraseña.
  verify FILE [--sig FILE.sig] [--key KEY.pem]
      Comprueba un documento firmado (firma predeterminada: FILE.sig). Con --key no se
      necesitan almacén ni contraseña; sin esta opción, inicia sesión y prueba todas las claves
      de firma del almacén, la actual y las retiradas. Entrada: su contraseña, sin --key.
      Código de salida 0: la firma es válida; 7: NO es válida (el archivo se ha modificado o
      se firmó con otra clave); 1: no se ha podido leer un archivo. La misma comprobación con
      OpenSSL:
      openssl pkeyutl -verify -pubin -inkey KEY.pem -rawin -in FILE -sigfile FILE.sig
</translation>
    </message>
    <message>
        <source>customer export takes one customer number (see customer list).</source>
        <translation>customer export admite un número de cliente (consulte customer list).</translation>
    </message>
    <message>
        <source>Say where to save the export: --json FILE, --pdf FILE, or both.</source>
        <translation>Indique dónde guardar la exportación: --json FILE, --pdf FILE o ambos.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Se ha escrito %1</translation>
    </message>
    <message>
        <source>Signed with the key %1.</source>
        <translation>Firmado con la clave %1.</translation>
    </message>
    <message>
        <source>Not signed: only owners hold the signing key.</source>
        <translation>Sin firmar: solo los propietarios tienen la clave de firma.</translation>
    </message>
    <message>
        <source>customer erase takes one customer number (see customer list).</source>
        <translation>customer erase admite un número de cliente (consulte customer list).</translation>
    </message>
    <message>
        <source>Say where to save the erasure certificate: --certificate FILE.pdf.</source>
        <translation>Indique dónde guardar el certificado de supresión: --certificate FILE.pdf.</translation>
    </message>
    <message>
        <source>Erasing cannot be undone: add --confirm to erase customer %1.</source>
        <translation>La supresión no se puede deshacer: añada --confirm para suprimir el cliente %1.</translation>
    </message>
    <message>
        <source>At the customer's request (custos-cli)</source>
        <translation>A petición del cliente (custos-cli)</translation>
    </message>
    <message>
        <source>Customer %1 erased: now "%2". Orders kept for the accounts: %3. Stored card numbers destroyed: %4.</source>
        <translation>Cliente %1 suprimido: ahora "%2". Pedidos conservados para la contabilidad: %3. Números de tarjeta guardados destruidos: %4.</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificado: %1</translation>
    </message>
    <message>
        <source>Signature: %1 (key %2)</source>
        <translation>Firma: %1 (clave %2)</translation>
    </message>
    <message>
        <source>selfcheck takes only options.</source>
        <translation>selfcheck solo admite opciones.</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Informe: %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>  customer export ID [--json FILE] [--pdf FILE]
      Saves everything held about customer ID (GDPR Art. 15 and 20): JSON for machines, PDF
      for people; cards as last 4 digits only. Signed (FILE.sig) when you hold the signing
      key (owners). Managers and owners with a cleared background check and a disclosure
      grant. Input: your password.
  customer erase ID --certificate FILE.pdf --confirm [--reason TEXT]
      Erases the customer's personal data (GDPR Art. 17): orders stay for the accounts under
      "Erased customer #ID", stored card numbers are destroyed, and a signed erasure
      certificate is written for the customer. Refused while an order is received, charged
      or shipped. Owners with a cleared background check. Input: your password.
  selfcheck [--report FILE.pdf] [--tsv]
      Runs the security self-check (owners) and prints each finding with what to do;
      --report also saves it as a signed PDF. Exit code 8 when it found problems,
      0 when there are none (warnings only included). Input: your password.
</source>
        <translation>  customer export ID [--json FILE] [--pdf FILE]
      Guarda todo lo que se conserva sobre el cliente ID (RGPD Art. 15 y 20): JSON para
      máquinas, PDF para personas; las tarjetas, solo con sus 4 últimos dígitos. Se firma
      (FILE.sig) si usted tiene la clave de firma (propietarios). Gerentes y propietarios con
      una verificación de antecedentes superada y una autorización de divulgación. Entrada:
      su contraseña.
  customer erase ID --certificate FILE.pdf --confirm [--reason TEXT]
      Suprime los datos personales del cliente (RGPD Art. 17): los pedidos se conservan para
      la contabilidad como "Cliente suprimido n.º ID", los números de tarjeta guardados se
      destruyen y se escribe un certificado de supresión firmado para el cliente. Se rechaza
      mientras haya un pedido recibido, cobrado o enviado. Propietarios con una verificación
      de antecedentes superada. Entrada: su contraseña.
  selfcheck [--report FILE.pdf] [--tsv]
      Ejecuta la autocomprobación de seguridad (propietarios) y muestra cada hallazgo con lo
      que hay que hacer; --report también la guarda como PDF firmado. Código de salida 8 si
      ha encontrado problemas, 0 si no hay ninguno (aunque haya advertencias). Entrada: su
      contraseña.
</translation>
    </message>
    <message>
        <source>Usage: custos-cli [--vault DIR] [--user NAME] [--password-stdin] COMMAND [ARGS]

The Custos vault tool for scripts and cron jobs.

Passwords and recovery codes are never accepted as arguments or environment variables;
they are read from standard input. On a terminal you are prompted with the input hidden,
and a new password is asked for twice. With --password-stdin, or when standard input is
not a terminal, one line is read per secret, in the order given for each command below.

Options (before or after the command):
  --vault DIR         The vault folder (default: %1).
  --user NAME         The employee who signs in.
  --password-stdin    Read secrets as plain lines from standard input, even on a terminal.
  --version           Print the version and exit.
  -h, --help          Print this help and exit.

Commands:
  init --business-name NAME --phone PHONE --owner USER --owner-name "FULL NAME"
       [--street TEXT] [--city TEXT] [--region TEXT] [--postal-code TEXT] [--country TEXT]
       [--fax PHONE] [--email ADDRESS] [--privacy-contact TEXT] [--recovery-sheet FILE.pdf]
      Creates a vault in an empty or new --vault folder, with USER as its owner.
      Input: the owner's new password.
      Prints the recovery code once: store it offline. --recovery-sheet also writes it
      to a printable PDF (readable only by you; print it, lock it away, delete the file).
  demo [DIR]
      Creates a demo vault with three public demo accounts (default DIR: %2).
      Never put real customer data in a demo vault. Input: none.
  info
      Shows the business, the vault and your account. Input: your password.
  passwd
      Changes your password. Input: your current password, then the new password.
  recover --user OWNER
      Resets an owner's forgotten password with the recovery code.
      Input: the recovery code, then the new password.
  employee add --username USER --name "FULL NAME" --role clerk|manager|owner
      Adds an employee (owners may add any role, managers only clerks) and prints a
      one-time password, to be changed at the first sign-in. Input: your password.
  audit list [--limit N] [--action ACTION|GROUP.] [--actor USER] [--from DATE] [--to DATE]
       [--outcome success|failure|denied] [--tsv]
      Shows the newest audit events, oldest first (owners: everything; managers: themselves
      and the clerks). DATE is YYYY-MM-DD. Input: your password.
  audit verify
      Checks that no audit event was changed or removed, and the signed checkpoints (owners
      and managers); an owner also signs a new checkpoint. Input: your password.
  customer list [--search TEXT] [--archived] [--limit N] [--tsv]
      Lists customers by name (--archived: archived ones too). Input: your password.
  customer add --name NAME --street TEXT --city TEXT [--region TEXT] --postal-code TEXT
       --country TEXT --phone PHONE [--email ADDRESS]
      Adds a customer and prints the new customer number. Input: your password.
  customer import FILE.csv [--dry-run] [--include-duplicates]
      Imports customers from a CSV file whose first line names the columns (Name, Street,
      City, Postal code, Country, Phone; Region and Email optional). Lines with problems,
      and customers already in the vault or earlier in the file, are listed with their
      line numbers and skipped; the rest is imported in one go. Input: your password.
  order list [--status S,...] [--channel C,...] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
       [--customer ID] [--search TEXT] [--limit N] [--tsv]
      Lists orders, newest first. Statuses: received, charged, shipped, closed, cancelled;
      channels: phone, fax, mail, walk-in. Input: your password.
  order show NUMBER
      Shows an order: lines, totals, status history. Input: your password.
  order export FILE.csv [the filters of order list]
      Writes the orders to a CSV file for a spreadsheet. Input: your password.
      Cards are shown and exported masked by role: clerks see the last 4 digits,
      managers and owners the first 6 and the last 4.
%3%4%5%6%7%8  help
      Prints this help.

Exit codes:
  0  success
  1  failure: a disk error, a damaged vault file, anything else
  2  usage error, or input refused by a rule (for example a password that is too weak)
  3  authentication failed: wrong password or recovery code, unknown user, account locked
  4  the vault is busy: it is open in another Custos window or process
  5  not a vault: the folder does not exist or holds no Custos vault
  6  permission denied for the signed-in employee
  7  verification failed: the audit log was altered, or a signature is not valid
  8  the security self-check found problems, or a key is past its cryptoperiod

Example (cron, the password in a file only that user can read):
  custos-cli --vault /srv/custos --user owner audit verify &lt; ~/.config/custos/owner.pass</source>
        <translation>Uso: custos-cli [--vault DIR] [--user NAME] [--password-stdin] COMMAND [ARGS]

La herramienta del almacén de Custos para scripts y tareas cron.

Las contraseñas y los códigos de recuperación nunca se aceptan como argumentos ni como
variables de entorno; se leen de la entrada estándar. En un terminal se le piden sin mostrar
lo que escribe, y una contraseña nueva se pide dos veces. Con --password-stdin, o cuando la
entrada estándar no es un terminal, se lee una línea por cada secreto, en el orden indicado
para cada comando más abajo.

Opciones (antes o después del comando):
  --vault DIR         La carpeta del almacén (predeterminada: %1).
  --user NAME         El empleado que inicia sesión.
  --password-stdin    Lee los secretos como líneas de texto de la entrada estándar, incluso en un terminal.
  --version           Muestra la versión y sale.
  -h, --help          Muestra esta ayuda y sale.

Comandos:
  init --business-name NAME --phone PHONE --owner USER --owner-name "FULL NAME"
       [--street TEXT] [--city TEXT] [--region TEXT] [--postal-code TEXT] [--country TEXT]
       [--fax PHONE] [--email ADDRESS] [--privacy-contact TEXT] [--recovery-sheet FILE.pdf]
      Crea un almacén en una carpeta --vault vacía o nueva, con USER como propietario.
      Entrada: la nueva contraseña del propietario.
      Muestra el código de recuperación una sola vez: guárdelo sin conexión. --recovery-sheet
      también lo escribe en un PDF imprimible (que solo usted puede leer; imprímalo, guárdelo
      bajo llave y elimine el archivo).
  demo [DIR]
      Crea un almacén de demostración con tres cuentas de demostración públicas (DIR
      predeterminado: %2). No guarde nunca datos reales de clientes en un almacén de
      demostración. Entrada: ninguna.
  info
      Muestra la empresa, el almacén y su cuenta. Entrada: su contraseña.
  passwd
      Cambia su contraseña. Entrada: su contraseña actual y, después, la nueva contraseña.
  recover --user OWNER
      Restablece con el código de recuperación la contraseña olvidada de un propietario.
      Entrada: el código de recuperación y, después, la nueva contraseña.
  employee add --username USER --name "FULL NAME" --role clerk|manager|owner
      Añade un empleado (los propietarios pueden añadir cualquier función; los gerentes, solo
      dependientes) y muestra una contraseña de un solo uso, que debe cambiarse en el primer
      inicio de sesión. Entrada: su contraseña.
  audit list [--limit N] [--action ACTION|GROUP.] [--actor USER] [--from DATE] [--to DATE]
       [--outcome success|failure|denied] [--tsv]
      Muestra los eventos de auditoría más recientes, del más antiguo al más nuevo
      (propietarios: todo; gerentes: los suyos y los de los dependientes). DATE tiene el
      formato AAAA-MM-DD. Entrada: su contraseña.
  audit verify
      Comprueba que no se ha modificado ni eliminado ningún evento de auditoría, y comprueba
      los puntos de control firmados (propietarios y gerentes); un propietario firma además un
      nuevo punto de control. Entrada: su contraseña.
  customer list [--search TEXT] [--archived] [--limit N] [--tsv]
      Muestra los clientes por nombre (--archived: también los archivados). Entrada: su
      contraseña.
  customer add --name NAME --street TEXT --city TEXT [--region TEXT] --postal-code TEXT
       --country TEXT --phone PHONE [--email ADDRESS]
      Añade un cliente y muestra el nuevo número de cliente. Entrada: su contraseña.
  customer import FILE.csv [--dry-run] [--include-duplicates]
      Importa clientes de un archivo CSV cuya primera línea indica las columnas (Name, Street,
      City, Postal code, Country, Phone; Region y Email son opcionales). Las líneas con
      problemas, y los clientes que ya están en el almacén o aparecen antes en el archivo, se
      muestran con su número de línea y se omiten; el resto se importa de una sola vez.
      Entrada: su contraseña.
  order list [--status S,...] [--channel C,...] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
       [--customer ID] [--search TEXT] [--limit N] [--tsv]
      Muestra los pedidos, del más reciente al más antiguo. Estados: received, charged,
      shipped, closed, cancelled; canales: phone, fax, mail, walk-in. Entrada: su contraseña.
  order show NUMBER
      Muestra un pedido: líneas, totales, historial de estados. Entrada: su contraseña.
  order export FILE.csv [los filtros de order list]
      Escribe los pedidos en un archivo CSV para una hoja de cálculo. Entrada: su contraseña.
      Las tarjetas se muestran y se exportan enmascaradas según la función: los dependientes
      ven los 4 últimos dígitos; los gerentes y los propietarios, los 6 primeros y los 4 últimos.
%3%4%5%6%7%8  help
      Muestra esta ayuda.

Códigos de salida:
  0  éxito
  1  error: un error de disco, un archivo del almacén dañado, cualquier otra cosa
  2  error de uso, o entrada rechazada por una regla (por ejemplo, una contraseña demasiado débil)
  3  la autenticación ha fallado: contraseña o código de recuperación incorrectos, usuario
     desconocido, cuenta bloqueada
  4  el almacén está ocupado: está abierto en otra ventana o proceso de Custos
  5  no es un almacén: la carpeta no existe o no contiene ningún almacén de Custos
  6  permiso denegado para el empleado que ha iniciado sesión
  7  la verificación ha fallado: el registro de auditoría se ha alterado, o una firma no es válida
  8  la autocomprobación de seguridad ha encontrado problemas, o una clave ha superado su
     criptoperiodo

Ejemplo (cron, con la contraseña en un archivo que solo ese usuario puede leer):
  custos-cli --vault /srv/custos --user owner audit verify &lt; ~/.config/custos/owner.pass</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>  In use since:       %1</source>
        <translation>  En uso desde:          %1</translation>
    </message>
    <message>
        <source>  Cryptoperiod ended: %1 — DUE NOW: rotate it with "custos-cli rotate-keys --key %2".</source>
        <translation>  Criptoperiodo vencido: %1 — RENOVACIÓN PENDIENTE: renuévela con "custos-cli rotate-keys --key %2".</translation>
    </message>
    <message>
        <source>  Cryptoperiod ends:  %1</source>
        <translation>  Fin del criptoperiodo: %1</translation>
    </message>
    <message>
        <source>  Fingerprint:        %1</source>
        <translation>  Huella digital:        %1</translation>
    </message>
    <message>
        <source>  Retired keys:       %1</source>
        <translation>  Claves retiradas:      %1</translation>
    </message>
    <message>
        <source>Every key is within its cryptoperiod (%1 months).</source>
        <translation>Todas las claves están dentro de su criptoperiodo (%1 meses).</translation>
    </message>
    <message>
        <source>Past the cryptoperiod (%1 months): %2. Rotate them with "custos-cli rotate-keys --key all".</source>
        <translation>Claves que han superado el criptoperiodo (%1 meses): %2. Renuévelas con "custos-cli rotate-keys --key all".</translation>
    </message>
    <message>
        <source>The next rotation needs the recovery code once (--recovery-code-stdin), to bring the recovery slot up to date.</source>
        <translation>La próxima renovación necesita una vez el código de recuperación (--recovery-code-stdin) para actualizar la ranura de recuperación.</translation>
    </message>
    <message>
        <source>Vault (master) key rotated in %1 s: the vault file was re-encrypted under a new key. Key slots given the new key: %2.</source>
        <translation>Clave del almacén (maestra) renovada en %1 s: el archivo del almacén se ha vuelto a cifrar con una clave nueva. Ranuras de clave que han recibido la clave nueva: %2.</translation>
    </message>
    <message>
        <source>Card-data key rotated in %1 s. Card numbers re-sealed: %2. Grants re-issued: %3.</source>
        <translation>Clave de datos de tarjeta renovada en %1 s. Números de tarjeta sellados de nuevo: %2. Autorizaciones emitidas de nuevo: %3.</translation>
    </message>
    <message>
        <source>Signing key rotated in %1 s. Grants re-issued: %2.</source>
        <translation>Clave de firma renovada en %1 s. Autorizaciones emitidas de nuevo: %2.</translation>
    </message>
    <message>
        <source>  Old fingerprint: %1</source>
        <translation>  Huella digital antigua: %1</translation>
    </message>
    <message>
        <source>  New fingerprint: %1</source>
        <translation>  Huella digital nueva:   %1</translation>
    </message>
    <message>
        <source>  Documents signed before keep verifying with the old public key. Give the new public key
  (custos-cli signing-key export --out KEY.pem) and its fingerprint to whoever checks
  your documents.</source>
        <translation>  Los documentos firmados antes se siguen verificando con la clave pública antigua. Entregue la
  nueva clave pública (custos-cli signing-key export --out KEY.pem) y su huella digital a
  quien compruebe sus documentos.</translation>
    </message>
    <message>
        <source><byte value="xd" />Re-sealing card numbers: %1 of %2</source>
        <translation><byte value="xd" />Volviendo a sellar los números de tarjeta: %1 de %2</translation>
    </message>
    <message>
        <source>This vault was made before key rotation existed: its recovery slot must be brought up to date once, with the recovery code from the recovery sheet.</source>
        <translation>Este almacén se creó antes de que existiera la renovación de claves: su ranura de recuperación debe actualizarse una vez, con el código de recuperación de la hoja de recuperación.</translation>
    </message>
    <message>
        <source>This vault was made before key rotation existed: the first rotation needs the recovery code once, so that the recovery sheet keeps opening the new keys. Run again with --recovery-code-stdin and give the recovery code as the line after your password. Nothing was changed.</source>
        <translation>Este almacén se creó antes de que existiera la renovación de claves: la primera renovación necesita una vez el código de recuperación, para que la hoja de recuperación siga abriendo las claves nuevas. Vuelva a ejecutarlo con --recovery-code-stdin e indique el código de recuperación en la línea siguiente a su contraseña. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Re-encrypting the vault file under a new vault (master) key; on a large vault this takes a few minutes. Do not switch the computer off (a crash leaves the old or the new key, never a mixture).</source>
        <translation>Volviendo a cifrar el archivo del almacén con una nueva clave del almacén (maestra); en un almacén grande tarda unos minutos. No apague el ordenador (si se produce un fallo, queda la clave antigua o la nueva, nunca una mezcla).</translation>
    </message>
    <message>
        <source>Rotations of this run that completed before this one stay in effect: %1.</source>
        <translation>Las renovaciones de esta ejecución que terminaron antes de esta siguen en vigor: %1.</translation>
    </message>
    <message>
        <source>rotate-keys takes only options.</source>
        <translation>rotate-keys solo admite opciones.</translation>
    </message>
    <message>
        <source>Say either --status or --key master|card-data|signing|all.</source>
        <translation>Indique --status o --key master|card-data|signing|all.</translation>
    </message>
    <message>
        <source>Unknown key "%1": say master, card-data, signing or all.</source>
        <translation>Clave desconocida "%1": indique master, card-data, signing o all.</translation>
    </message>
    <message>
        <source>--recovery-code-stdin goes with --key.</source>
        <translation>--recovery-code-stdin solo se puede usar con --key.</translation>
    </message>
    <message>
        <source>  rotate-keys --status [--tsv]
      Shows the vault's three keys: in use since, the end of their cryptoperiod (%1 months)
      and fingerprint. Exit code 8 when a key is past its cryptoperiod. Input: your password.
  rotate-keys --key master|card-data|signing|all [--recovery-code-stdin]
      Replaces a key (owners): master re-encrypts the whole vault file (minutes on a large
      vault); card-data re-seals every stored card number and re-issues every grant; signing
      makes a new signing key (documents signed before keep verifying). all = card-data,
      signing, then master. Each rotation is all or nothing, even across a crash.
      Input: your password; then, with --recovery-code-stdin, the recovery code (needed once
      in vaults made before key rotation existed; rotate-keys --status says so).
</source>
        <translation>  rotate-keys --status [--tsv]
      Muestra las tres claves del almacén: desde cuándo están en uso, el fin de su criptoperiodo
      (%1 meses) y su huella digital. Código de salida 8 si una clave ha superado su
      criptoperiodo. Entrada: su contraseña.
  rotate-keys --key master|card-data|signing|all [--recovery-code-stdin]
      Sustituye una clave (propietarios): master vuelve a cifrar todo el archivo del almacén
      (minutos en un almacén grande); card-data vuelve a sellar todos los números de tarjeta
      guardados y vuelve a emitir todas las autorizaciones; signing crea una nueva clave de
      firma (los documentos firmados antes se siguen pudiendo verificar). all = card-data,
      signing y, después, master. Cada renovación es todo o nada, incluso ante un fallo.
      Entrada: su contraseña y, después, con --recovery-code-stdin, el código de recuperación
      (necesario una vez en los almacenes creados antes de que existiera la renovación de
      claves; rotate-keys --status lo indica).
</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Custos — a privacy-first encrypted back office for small businesses.</source>
        <translation>Custos — un back office cifrado y centrado en la privacidad para pequeñas empresas.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Open the vault in folder &lt;dir&gt; (default: %1).</source>
        <translation>Abre el almacén cifrado de la carpeta &lt;carpeta&gt; (predeterminada: %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Open the demo vault (created with sample data if missing).</source>
        <translation>Abre el almacén de demostración (se crea con datos de ejemplo si no existe).</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt;, e.g. es (default: the system's).</source>
        <translation>Usa el idioma &lt;código&gt;, p. ej., es (predeterminado: el del sistema).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Save a picture of the active window to &lt;file&gt; just before quitting.</source>
        <translation>Guarda una imagen de la ventana activa en &lt;archivo&gt; justo antes de salir.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Quit after &lt;seconds&gt;.</source>
        <translation>Sale al cabo de &lt;segundos&gt;.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>--quit-after needs a whole number of seconds above 0.</source>
        <translation>--quit-after necesita un número entero de segundos mayor que 0.</translation>
    </message>
</context>
<context>
    <name>ComplianceReports</name>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>Choose the first and the last day of the period.</source>
        <translation>Elija el primer y el último día del período.</translation>
    </message>
    <message>
        <source>The period starts (%1) after it ends (%2).</source>
        <translation>El período empieza (%1) después de terminar (%2).</translation>
    </message>
    <message>
        <source>Per employee</source>
        <translation>Por empleado</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Reveals</source>
        <translation>Revelaciones</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copias</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>No events in this period.</source>
        <translation>No hay eventos en este período.</translation>
    </message>
    <message>
        <source>No events in this period: nobody revealed, copied or exported card or customer data, and no attempt was denied between %1 and %2.</source>
        <translation>No hay eventos en este período: nadie reveló, copió ni exportó datos de tarjetas o de clientes, y no se denegó ningún intento entre el %1 y el %2.</translation>
    </message>
    <message>
        <source>Between %1 and %2 the audit log records %3 event(s) of disclosure and access: %4 card number reveal(s), %5 copy(ies), %6 export(s) of documents or data, and %7 denied attempt(s).</source>
        <translation>Entre el %1 y el %2, el registro de auditoría recoge %3 evento(s) de divulgación y acceso: %4 revelación(es) de números de tarjeta, %5 copia(s), %6 exportación(es) de documentos o datos y %7 intento(s) denegado(s).</translation>
    </message>
    <message>
        <source>The events come from the hash-chained audit log; run "Verify audit log" to check that none was altered or removed.</source>
        <translation>Los eventos proceden del registro de auditoría encadenado mediante hashes; ejecute "Verificar el registro de auditoría" para comprobar que no se ha alterado ni eliminado ninguno.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Clearance ends</source>
        <translation>Verificación válida hasta</translation>
    </message>
    <message>
        <source>Card-data grant until</source>
        <translation>Autorización de acceso a tarjetas hasta</translation>
    </message>
    <message>
        <source>No employees.</source>
        <translation>No hay empleados.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sin caducidad</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactiva</translation>
    </message>
    <message>
        <source>Key grants</source>
        <translation>Concesiones de claves</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedida</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Concedida por</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>No key grants.</source>
        <translation>No hay concesiones de claves.</translation>
    </message>
    <message>
        <source>at vault creation</source>
        <translation>al crear el almacén</translation>
    </message>
    <message>
        <source>Background checks (newest first per employee)</source>
        <translation>Verificaciones de antecedentes (la más reciente primero, por empleado)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>No background checks recorded.</source>
        <translation>No hay verificaciones de antecedentes registradas.</translation>
    </message>
    <message>
        <source>Status on %1: %2 of %3 active employee(s) hold a cleared background check (PCI DSS 12.7).</source>
        <translation>Situación a %1: %2 de %3 empleado(s) activo(s) tienen una verificación de antecedentes superada (PCI DSS 12.7).</translation>
    </message>
    <message>
        <source>%1 active manager(s), owner(s) or grant holder(s) are not cleared: record their checks before they may see card numbers.</source>
        <translation>%1 gerente(s), propietario(s) o titular(es) de una autorización activo(s) no tienen la verificación superada: registre sus verificaciones antes de que puedan ver números de tarjeta.</translation>
    </message>
    <message>
        <source>Last access review (PCI DSS 7.2.4): signed %1 by %2 for %3 employee(s); the next one is due by %4%5.</source>
        <translation>Última revisión de accesos (PCI DSS 7.2.4): aprobada el %1 por %2 para %3 empleado(s); la siguiente debe hacerse antes del %4%5.</translation>
    </message>
    <message>
        <source> (OVERDUE)</source>
        <translation> (VENCIDA)</translation>
    </message>
    <message>
        <source>No access review has been signed yet (PCI DSS 7.2.4 asks for one every six months).</source>
        <translation>Todavía no se ha aprobado ninguna revisión de accesos (PCI DSS 7.2.4 exige una cada seis meses).</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Age (days)</source>
        <translation>Antigüedad (días)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Unused (days)</source>
        <translation>Sin usar (días)</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>no access</source>
        <translation>sin acceso</translation>
    </message>
    <message>
        <source>change pending</source>
        <translation>cambio pendiente</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>CADUCADA</translation>
    </message>
    <message>
        <source>inactive since %1</source>
        <translation>inactiva desde el %1</translation>
    </message>
    <message>
        <source>DORMANT</source>
        <translation>EN DESUSO</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Lock-outs in the period</source>
        <translation>Bloqueos en el período</translation>
    </message>
    <message>
        <source>No lock-outs in this period.</source>
        <translation>No hay bloqueos en este período.</translation>
    </message>
    <message>
        <source>Policy: passwords of at least %1 characters, changed every %2 days at most, none of the last %3 reused; %4 failed sign-ins lock an account for %5 minutes; an idle session locks after %6 minutes; accounts unused for %7 days are deactivated.</source>
        <translation>Política: contraseñas de al menos %1 caracteres, cambiadas como máximo cada %2 días, sin reutilizar ninguna de las %3 últimas; %4 inicios de sesión fallidos bloquean una cuenta durante %5 minutos; una sesión inactiva se bloquea tras %6 minutos; las cuentas sin usar durante %7 días se desactivan.</translation>
    </message>
    <message>
        <source>Now: %1 password(s) past the maximum age, %2 forced change(s) pending, %3 dormant account(s) (unused for %4 days or more); %5 lock-out(s) between %6 and %7.</source>
        <translation>Ahora: %1 contraseña(s) que superan la antigüedad máxima, %2 cambio(s) obligatorio(s) pendiente(s), %3 cuenta(s) en desuso (sin usar durante %4 días o más); %5 bloqueo(s) entre el %6 y el %7.</translation>
    </message>
    <message>
        <source>Purged when the order is charged or cancelled</source>
        <translation>Se borra definitivamente cuando el pedido se cobra o se cancela</translation>
    </message>
    <message>
        <source>Purged %1 day(s) after the order is charged; at once when cancelled</source>
        <translation>Se borra definitivamente %1 día(s) después de cobrar el pedido; de inmediato si se cancela</translation>
    </message>
    <message>
        <source>Personal data kept</source>
        <translation>Datos personales conservados</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>About</source>
        <translation>De quién</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Cuánto tiempo</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>Encrypted vault (SQLCipher, AES-256); by role</source>
        <translation>Almacén cifrado (SQLCipher, AES-256); según la función</translation>
    </message>
    <message>
        <source>Name, postal address, phone, email</source>
        <translation>Nombre, dirección postal, teléfono, correo electrónico</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Taking, delivering and invoicing orders</source>
        <translation>Registrar, entregar y facturar pedidos</translation>
    </message>
    <message>
        <source>Until the customer asks for erasure (GDPR Art. 17)</source>
        <translation>Hasta que el cliente solicite la supresión (RGPD Art. 17)</translation>
    </message>
    <message>
        <source>%1 (%2 archived, %3 erased)</source>
        <translation>%1 (%2 archivados, %3 suprimidos)</translation>
    </message>
    <message>
        <source>Orders: items, amounts, status history</source>
        <translation>Pedidos: artículos, importes, historial de estados</translation>
    </message>
    <message>
        <source>Accounting and tax records</source>
        <translation>Registros contables y fiscales</translation>
    </message>
    <message>
        <source>Kept for the accounts; an erased customer's orders keep only a tombstone</source>
        <translation>Se conservan para la contabilidad; los pedidos de un cliente suprimido solo conservan un marcador anónimo</translation>
    </message>
    <message>
        <source>Card brand, first 6 and last 4 digits, expiry, card holder</source>
        <translation>Marca de la tarjeta, 6 primeros y 4 últimos dígitos, caducidad, titular de la tarjeta</translation>
    </message>
    <message>
        <source>Card payers</source>
        <translation>Pagadores con tarjeta</translation>
    </message>
    <message>
        <source>Refunds, chargebacks, recognising the card</source>
        <translation>Reembolsos, contracargos, reconocimiento de la tarjeta</translation>
    </message>
    <message>
        <source>With the order</source>
        <translation>Con el pedido</translation>
    </message>
    <message>
        <source>Encrypted vault; clerks see the last 4 digits only (PCI DSS 3.4.1)</source>
        <translation>Almacén cifrado; los dependientes solo ven los 4 últimos dígitos (PCI DSS 3.4.1)</translation>
    </message>
    <message>
        <source>Full card number (sealed)</source>
        <translation>Número de tarjeta completo (sellado)</translation>
    </message>
    <message>
        <source>Charging the payment</source>
        <translation>Cobro del pago</translation>
    </message>
    <message>
        <source>Sealed to the card-data key (X25519, AES-256-GCM): readable only by screened employees holding a grant; every reveal audited</source>
        <translation>Sellado con la clave de datos de tarjetas (X25519, AES-256-GCM): solo lo pueden leer los empleados con verificación de antecedentes que tengan una autorización; cada revelación queda auditada</translation>
    </message>
    <message>
        <source>Card security code (CVV)</source>
        <translation>Código de seguridad de la tarjeta (CVV)</translation>
    </message>
    <message>
        <source>Authorising the payment</source>
        <translation>Autorización del pago</translation>
    </message>
    <message>
        <source>Never stored (PCI DSS 3.3.1.2)</source>
        <translation>Nunca se almacena (PCI DSS 3.3.1.2)</translation>
    </message>
    <message>
        <source>Held in memory during the call only</source>
        <translation>Solo se mantiene en memoria durante la llamada</translation>
    </message>
    <message>
        <source>Name, user name, role, background-check results</source>
        <translation>Nombre, nombre de usuario, función, resultados de la verificación de antecedentes</translation>
    </message>
    <message>
        <source>Access control and PCI DSS 12.7 screening</source>
        <translation>Control de acceso y verificación PCI DSS 12.7</translation>
    </message>
    <message>
        <source>Kept while employed; deactivated accounts keep their history</source>
        <translation>Se conservan mientras dura la relación laboral; las cuentas desactivadas conservan su historial</translation>
    </message>
    <message>
        <source>%1 employee(s), %2 check(s)</source>
        <translation>%1 empleado(s), %2 verificación(es)</translation>
    </message>
    <message>
        <source>Audit log: who did what and when</source>
        <translation>Registro de auditoría: quién hizo qué y cuándo</translation>
    </message>
    <message>
        <source>Accountability (PCI DSS 10.2)</source>
        <translation>Rendición de cuentas (PCI DSS 10.2)</translation>
    </message>
    <message>
        <source>Kept; append-only and hash-chained</source>
        <translation>Se conserva; solo admite añadidos y está encadenado mediante hashes</translation>
    </message>
    <message>
        <source>Encrypted vault; hash chain with signed checkpoints</source>
        <translation>Almacén cifrado; cadena de hashes con puntos de control firmados</translation>
    </message>
    <message>
        <source>Issued documents: kind, time, fingerprint</source>
        <translation>Documentos emitidos: tipo, hora, huella digital</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Proof of what was printed or exported</source>
        <translation>Prueba de lo que se ha impreso o exportado</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Se conservan</translation>
    </message>
    <message>
        <source>Sealed card numbers kept past the retention period</source>
        <translation>Números de tarjeta sellados conservados más allá del plazo de conservación</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Days past retention</source>
        <translation>Días fuera de plazo</translation>
    </message>
    <message>
        <source>None: no sealed card number is kept past the retention period.</source>
        <translation>Ninguno: no se conserva ningún número de tarjeta sellado más allá del plazo de conservación.</translation>
    </message>
    <message>
        <source>charged</source>
        <translation>cobrado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Data held in this vault on %1. Personal data never leaves it except in the documents and exports the audit log records.</source>
        <translation>Datos que contiene este almacén a %1. Los datos personales nunca salen de él, salvo en los documentos y las exportaciones que anota el registro de auditoría.</translation>
    </message>
    <message>
        <source>PCI DSS 3.2.1 quarterly check: no sealed card number is kept past the retention period (%1 day(s) after charging).</source>
        <translation>Comprobación trimestral PCI DSS 3.2.1: no se conserva ningún número de tarjeta sellado más allá del plazo de conservación (%1 día(s) después del cobro).</translation>
    </message>
    <message>
        <source>PCI DSS 3.2.1 quarterly check: %1 sealed card number(s) are kept past the retention period (%2 day(s) after charging). Purge them on the Security check page.</source>
        <translation>Comprobación trimestral PCI DSS 3.2.1: se conservan %1 número(s) de tarjeta sellado(s) más allá del plazo de conservación (%2 día(s) después del cobro). Bórrelos definitivamente en la página Autocomprobación de seguridad.</translation>
    </message>
    <message>
        <source>[not set in the business profile]</source>
        <translation>[no indicado en el perfil de la empresa]</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>teléfono %1</translation>
    </message>
    <message>
        <source>fax %1</source>
        <translation>fax %1</translation>
    </message>
    <message>
        <source>email %1</source>
        <translation>correo electrónico %1</translation>
    </message>
    <message>
        <source>Record of processing activities (GDPR Article 30(1))</source>
        <translation>Registro de actividades de tratamiento (RGPD, artículo 30(1))</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Responsable del tratamiento</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Privacy contact</source>
        <translation>Contacto de privacidad</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalidades</translation>
    </message>
    <message>
        <source>Taking and fulfilling customer orders by phone, fax, mail and in person; charging card payments; handling refunds and chargebacks; keeping accounting records; controlling and recording staff access to customer and card data.</source>
        <translation>Registro y ejecución de pedidos de clientes por teléfono, fax, correo postal y en persona; cobro de pagos con tarjeta; gestión de reembolsos y contracargos; mantenimiento de registros contables; control y registro del acceso del personal a los datos de clientes y de tarjetas.</translation>
    </message>
    <message>
        <source>Categories of data subjects</source>
        <translation>Categorías de interesados</translation>
    </message>
    <message>
        <source>Customers (including card holders); employees.</source>
        <translation>Clientes (incluidos los titulares de tarjetas); empleados.</translation>
    </message>
    <message>
        <source>Categories of personal data</source>
        <translation>Categorías de datos personales</translation>
    </message>
    <message>
        <source>Customers: name, postal address, phone number, email address, order history; card brand, first 6 and last 4 digits, expiry and card holder name; the full card number, sealed, until purged. The card security code is never stored. Employees: name, user name, role, background-check results, sign-in and access history.</source>
        <translation>Clientes: nombre, dirección postal, número de teléfono, dirección de correo electrónico, historial de pedidos; marca de la tarjeta, 6 primeros y 4 últimos dígitos, caducidad y nombre del titular; el número de tarjeta completo, sellado, hasta que se borra definitivamente. El código de seguridad de la tarjeta nunca se almacena. Empleados: nombre, nombre de usuario, función, resultados de la verificación de antecedentes, historial de inicios de sesión y de accesos.</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Employees of the controller, each by role (clerks see the last 4 card digits only; full numbers only screened staff with a grant); the card acquirer or payment processor when a payment is charged; auditors and banks the controller hands signed reports to.</source>
        <translation>Empleados del responsable del tratamiento, cada uno según su función (los dependientes solo ven los 4 últimos dígitos de la tarjeta; los números completos, solo el personal con verificación de antecedentes y una autorización); el adquirente de tarjetas o procesador de pagos cuando se cobra un pago; auditores y bancos a los que el responsable del tratamiento entrega informes firmados.</translation>
    </message>
    <message>
        <source>Transfers to third countries</source>
        <translation>Transferencias a terceros países</translation>
    </message>
    <message>
        <source>None by Custos: the data stays in the encrypted vault on the controller's computer.</source>
        <translation>Ninguna por parte de Custos: los datos permanecen en el almacén cifrado del ordenador del responsable del tratamiento.</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Full card numbers: %1. Customer details: until erasure is requested (orders kept for the accounts with the customer replaced by a tombstone). Audit log: kept, append-only.</source>
        <translation>Números de tarjeta completos: %1. Datos de clientes: hasta que se solicite la supresión (los pedidos se conservan para la contabilidad, con el cliente sustituido por un marcador anónimo). Registro de auditoría: se conserva; solo admite añadidos.</translation>
    </message>
    <message>
        <source>purged when the order is charged or cancelled</source>
        <translation>se borran definitivamente cuando el pedido se cobra o se cancela</translation>
    </message>
    <message>
        <source>purged %1 day(s) after charging</source>
        <translation>se borran definitivamente %1 día(s) después del cobro</translation>
    </message>
    <message>
        <source>Security measures (Article 32)</source>
        <translation>Medidas de seguridad (artículo 32)</translation>
    </message>
    <message>
        <source>Encrypted vault (SQLCipher, AES-256) opened only with an employee's password (scrypt); card numbers sealed to a key held only by screened employees with a grant; masking by role; every reveal, copy, export and denied attempt in a hash-chained audit log with signed checkpoints; passwords of at least %1 characters changed every %2 days; lock-out after %3 failed sign-ins; idle lock after %4 minutes; background checks for staff who may see card data; access reviews every six months; signed documents and reports.</source>
        <translation>Almacén cifrado (SQLCipher, AES-256) que solo se abre con la contraseña de un empleado (scrypt); números de tarjeta sellados con una clave que solo tienen los empleados con verificación de antecedentes y una autorización; enmascaramiento según la función; cada revelación, copia, exportación e intento denegado se anota en un registro de auditoría encadenado mediante hashes con puntos de control firmados; contraseñas de al menos %1 caracteres que se cambian cada %2 días; bloqueo tras %3 inicios de sesión fallidos; bloqueo por inactividad tras %4 minutos; verificación de antecedentes del personal que puede ver datos de tarjetas; revisiones de accesos cada seis meses; documentos e informes firmados.</translation>
    </message>
    <message>
        <source>Generated from the business profile and the settings of this vault on %1. Review it when the business's processing changes.</source>
        <translation>Generado a partir del perfil de la empresa y de la configuración de este almacén el %1. Revíselo cuando cambien los tratamientos de la empresa.</translation>
    </message>
    <message>
        <source>%1 keeps your personal data and card details in Custos. This statement sets out our privacy notice and the safeguards Custos enforces. It is signed: you can check that it is genuine and unaltered.</source>
        <translation>%1 conserva sus datos personales y los datos de su tarjeta en Custos. Esta declaración recoge nuestro aviso de privacidad y las medidas de protección que aplica Custos. Está firmada: puede comprobar que es auténtica y que no se ha alterado.</translation>
    </message>
    <message>
        <source>How your data is protected</source>
        <translation>Cómo se protegen sus datos</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Medida de protección</translation>
    </message>
    <message>
        <source>What it means for you</source>
        <translation>Qué significa para usted</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <source>Your details are stored only in an encrypted vault (AES-256) on our computer.</source>
        <translation>Sus datos se guardan únicamente en un almacén cifrado (AES-256) en nuestro ordenador.</translation>
    </message>
    <message>
        <source>Card numbers sealed</source>
        <translation>Números de tarjeta sellados</translation>
    </message>
    <message>
        <source>Your full card number is sealed with a key only specially authorised, background-checked staff hold. Other staff see the last 4 digits only.</source>
        <translation>Su número de tarjeta completo está sellado con una clave que solo tiene el personal autorizado expresamente y con verificación de antecedentes. El resto del personal solo ve los 4 últimos dígitos.</translation>
    </message>
    <message>
        <source>Security code never kept</source>
        <translation>El código de seguridad nunca se conserva</translation>
    </message>
    <message>
        <source>Your card security code (CVV) is used to authorise the payment and never written down or stored.</source>
        <translation>El código de seguridad (CVV) de su tarjeta se usa para autorizar el pago y nunca se anota ni se almacena.</translation>
    </message>
    <message>
        <source>Short retention</source>
        <translation>Conservación breve</translation>
    </message>
    <message>
        <source>Your full card number is deleted as soon as your payment is taken.</source>
        <translation>Su número de tarjeta completo se elimina en cuanto se cobra el pago.</translation>
    </message>
    <message>
        <source>Your full card number is deleted %1 day(s) after your payment is taken.</source>
        <translation>Su número de tarjeta completo se elimina %1 día(s) después de cobrarse el pago.</translation>
    </message>
    <message>
        <source>Every look recorded</source>
        <translation>Cada consulta queda registrada</translation>
    </message>
    <message>
        <source>Each time anyone views, copies or exports card or customer data it is recorded in a tamper-evident log.</source>
        <translation>Cada vez que alguien consulta, copia o exporta datos de tarjetas o de clientes, queda anotado en un registro que deja constancia de cualquier manipulación.</translation>
    </message>
    <message>
        <source>Strong sign-in</source>
        <translation>Inicio de sesión seguro</translation>
    </message>
    <message>
        <source>Staff sign in with personal passwords of at least %1 characters; accounts lock after %2 failed attempts and idle sessions after %3 minutes.</source>
        <translation>El personal inicia sesión con contraseñas personales de al menos %1 caracteres; las cuentas se bloquean tras %2 intentos fallidos, y las sesiones inactivas, tras %3 minutos.</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Sus derechos</translation>
    </message>
    <message>
        <source>You may ask for a copy of your data or for its erasure; contact: %1.</source>
        <translation>Puede solicitar una copia de sus datos o su supresión; contacto: %1.</translation>
    </message>
    <message>
        <source>The %1 is a PDF only.</source>
        <translation>%1: solo disponible en PDF.</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>Could not read the public key.</source>
        <translation>No se ha podido leer la clave pública.</translation>
    </message>
    <message>
        <source>Could not read the private key.</source>
        <translation>No se ha podido leer la clave privada.</translation>
    </message>
    <message>
        <source>Could not agree on a key with the other party.</source>
        <translation>No se ha podido acordar una clave con la otra parte.</translation>
    </message>
    <message>
        <source>HKDF is not available in this OpenSSL build.</source>
        <translation>HKDF no está disponible en esta compilación de OpenSSL.</translation>
    </message>
    <message>
        <source>Could not prepare the key derivation.</source>
        <translation>No se ha podido preparar la derivación de clave.</translation>
    </message>
    <message>
        <source>The key derivation failed.</source>
        <translation>Ha fallado la derivación de clave.</translation>
    </message>
    <message>
        <source>Could not generate an encryption key pair.</source>
        <translation>No se ha podido generar un par de claves de cifrado.</translation>
    </message>
    <message>
        <source>The private key has the wrong size.</source>
        <translation>La clave privada tiene un tamaño incorrecto.</translation>
    </message>
    <message>
        <source>The private key is not usable.</source>
        <translation>La clave privada no se puede usar.</translation>
    </message>
    <message>
        <source>The recipient's public key has the wrong size.</source>
        <translation>La clave pública del destinatario tiene un tamaño incorrecto.</translation>
    </message>
    <message>
        <source>The recipient's public key is not usable.</source>
        <translation>La clave pública del destinatario no se puede usar.</translation>
    </message>
    <message>
        <source>The encrypted data is truncated.</source>
        <translation>Los datos cifrados están truncados.</translation>
    </message>
    <message>
        <source>The encrypted data has an unknown format.</source>
        <translation>Los datos cifrados tienen un formato desconocido.</translation>
    </message>
    <message>
        <source>The encrypted data is damaged.</source>
        <translation>Los datos cifrados están dañados.</translation>
    </message>
    <message>
        <source>Could not generate a signing key pair.</source>
        <translation>No se ha podido generar un par de claves de firma.</translation>
    </message>
    <message>
        <source>The signing key has the wrong size.</source>
        <translation>La clave de firma tiene un tamaño incorrecto.</translation>
    </message>
    <message>
        <source>The signing key is not usable.</source>
        <translation>La clave de firma no se puede usar.</translation>
    </message>
    <message>
        <source>Could not prepare the signature.</source>
        <translation>No se ha podido preparar la firma.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>Ha fallado la firma.</translation>
    </message>
    <message>
        <source>The public key has the wrong size.</source>
        <translation>La clave pública tiene un tamaño incorrecto.</translation>
    </message>
    <message>
        <source>The public key is not usable.</source>
        <translation>La clave pública no se puede usar.</translation>
    </message>
    <message>
        <source>Could not export the public key.</source>
        <translation>No se ha podido exportar la clave pública.</translation>
    </message>
    <message>
        <source>This is not a PEM public key.</source>
        <translation>Esta no es una clave pública PEM.</translation>
    </message>
    <message>
        <source>The public key is not an Ed25519 signing key.</source>
        <translation>La clave pública no es una clave de firma Ed25519.</translation>
    </message>
    <message>
        <source>Too many random bytes requested.</source>
        <translation>Se han solicitado demasiados bytes aleatorios.</translation>
    </message>
    <message>
        <source>The system random number generator failed.</source>
        <translation>Ha fallado el generador de números aleatorios del sistema.</translation>
    </message>
    <message>
        <source>The key is too long.</source>
        <translation>La clave es demasiado larga.</translation>
    </message>
    <message>
        <source>Could not compute a keyed digest.</source>
        <translation>No se ha podido calcular un resumen con clave.</translation>
    </message>
    <message>
        <source>The key derivation parameters are outside the allowed range.</source>
        <translation>Los parámetros de derivación de clave están fuera del intervalo permitido.</translation>
    </message>
    <message>
        <source>The requested key length is not supported.</source>
        <translation>La longitud de clave solicitada no es compatible.</translation>
    </message>
    <message>
        <source>The key derivation parameters need more memory than allowed.</source>
        <translation>Los parámetros de derivación de clave necesitan más memoria de la permitida.</translation>
    </message>
    <message>
        <source>scrypt is not available in this OpenSSL build.</source>
        <translation>scrypt no está disponible en esta compilación de OpenSSL.</translation>
    </message>
    <message>
        <source>The key derivation failed (not enough memory?).</source>
        <translation>Ha fallado la derivación de clave (¿no hay suficiente memoria?).</translation>
    </message>
    <message>
        <source>The encryption key has the wrong size.</source>
        <translation>La clave de cifrado tiene un tamaño incorrecto.</translation>
    </message>
    <message>
        <source>The data is too large to encrypt in one piece.</source>
        <translation>Los datos son demasiado grandes para cifrarlos de una sola vez.</translation>
    </message>
    <message>
        <source>Could not prepare encryption.</source>
        <translation>No se ha podido preparar el cifrado.</translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation>Ha fallado el cifrado.</translation>
    </message>
    <message>
        <source>Could not prepare decryption.</source>
        <translation>No se ha podido preparar el descifrado.</translation>
    </message>
    <message>
        <source>Decryption failed.</source>
        <translation>Ha fallado el descifrado.</translation>
    </message>
    <message>
        <source>The data could not be decrypted: wrong key, or it was altered.</source>
        <translation>No se han podido descifrar los datos: la clave es incorrecta o se han alterado.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a value starts with a quote (") that is never closed. Check that quotes inside values are doubled ("").</source>
        <translation>Línea %1: un valor empieza con unas comillas (") que no se cierran nunca. Compruebe que las comillas dentro de los valores estén duplicadas ("").</translation>
    </message>
    <message>
        <source>Line %1: a quoted value starting here is longer than %2 characters. Probably a quote (") is never closed.</source>
        <translation>Línea %1: un valor entre comillas que empieza aquí ocupa más de %2 caracteres. Probablemente hay unas comillas (") que no se cierran nunca.</translation>
    </message>
    <message>
        <source>Line %1: a value is longer than %2 characters.</source>
        <translation>Línea %1: un valor ocupa más de %2 caracteres.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows. Split it into smaller files.</source>
        <translation>El archivo tiene más de %1 filas. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB. Split it into smaller files.</source>
        <translation>El archivo ocupa más de %1 MB. Divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 text. Save it again as "CSV UTF-8".</source>
        <translation>El archivo está guardado como texto UTF-16. Vuelva a guardarlo como "CSV UTF-8".</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL byte: this is not a text file, or it is saved as UTF-16. Save it again as "CSV UTF-8".</source>
        <translation>La línea %1 contiene un byte NUL: no es un archivo de texto o está guardado como UTF-16. Vuelva a guardarlo como "CSV UTF-8".</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file again as "CSV UTF-8".</source>
        <translation>La línea %1 no es texto UTF-8 válido. Vuelva a guardar el archivo como "CSV UTF-8".</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
</context>
<context>
    <name>CustomerDraft</name>
    <message numerus="yes">
        <source>This is too long: at most %n characters.</source>
        <translation>
            <numerusform>Es demasiado largo: como máximo %n carácter.</numerusform>
            <numerusform>Es demasiado largo: como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the customer's name.</source>
        <translation>Introduzca el nombre del cliente.</translation>
    </message>
    <message>
        <source>Enter the street address.</source>
        <translation>Introduzca la dirección postal.</translation>
    </message>
    <message>
        <source>Enter the town or city.</source>
        <translation>Introduzca la localidad o ciudad.</translation>
    </message>
    <message>
        <source>Enter the postal code.</source>
        <translation>Introduzca el código postal.</translation>
    </message>
    <message>
        <source>Enter the country.</source>
        <translation>Introduzca el país.</translation>
    </message>
    <message>
        <source>This does not look like an email address (name@example.com).</source>
        <translation>Esto no parece una dirección de correo electrónico (nombre@example.com).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>CustomerImport</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Same customer as line %1.</source>
        <translation>Mismo cliente que la línea %1.</translation>
    </message>
    <message>
        <source>Already in the vault (customer %1).</source>
        <translation>Ya está en el almacén (cliente %1).</translation>
    </message>
    <message>
        <source>(column %1 without a name)</source>
        <translation>(columna %1 sin nombre)</translation>
    </message>
    <message>
        <source>The file has no column for: %1. The first line must name the columns %2; %3 may be added.</source>
        <translation>El archivo no tiene ninguna columna para: %1. La primera línea debe indicar los nombres de las columnas %2; se pueden añadir %3.</translation>
    </message>
    <message>
        <source>This line has %1 values but the first line names %2 columns.</source>
        <translation>Esta línea tiene %1 valores, pero la primera línea indica %2 columnas.</translation>
    </message>
    <message>
        <source>This line has %1 values but the first line names %2 columns. A value with a comma in it must be in quotes.</source>
        <translation>Esta línea tiene %1 valores, pero la primera línea indica %2 columnas. Un valor que contenga una coma debe ir entre comillas.</translation>
    </message>
    <message>
        <source>These customers have already been imported.</source>
        <translation>Estos clientes ya se han importado.</translation>
    </message>
    <message>
        <source>Checking the file was cancelled.</source>
        <translation>Se ha cancelado la comprobación del archivo.</translation>
    </message>
</context>
<context>
    <name>CustomerRepository</name>
    <message>
        <source>This customer does not exist (any more).</source>
        <translation>Este cliente no existe (o ya no existe).</translation>
    </message>
    <message>
        <source>This customer does not exist, or was erased already.</source>
        <translation>Este cliente no existe o ya se ha suprimido.</translation>
    </message>
</context>
<context>
    <name>CustomerRights</name>
    <message>
        <source>The full card number is destroyed as soon as the payment is taken (or the order cancelled); brand, last 4 digits and expiry stay with the order.</source>
        <translation>El número de tarjeta completo se destruye en cuanto se cobra el pago (o se cancela el pedido); la marca, los 4 últimos dígitos y la caducidad se conservan con el pedido.</translation>
    </message>
    <message>
        <source>The full card number is destroyed %1 days after the payment is taken (at once when the order is cancelled); brand, last 4 digits and expiry stay with the order.</source>
        <translation>El número de tarjeta completo se destruye %1 días después de cobrarse el pago (de inmediato si se cancela el pedido); la marca, los 4 últimos dígitos y la caducidad se conservan con el pedido.</translation>
    </message>
    <message>
        <source>Taking, delivering and invoicing your orders</source>
        <translation>Registrar, entregar y facturar sus pedidos</translation>
    </message>
    <message>
        <source>Name, postal address, phone number, email address; your orders and their items</source>
        <translation>Nombre, dirección postal, número de teléfono, dirección de correo electrónico; sus pedidos y sus artículos</translation>
    </message>
    <message>
        <source>Contract (GDPR Art. 6(1)(b))</source>
        <translation>Contrato (RGPD Art. 6(1)(b))</translation>
    </message>
    <message>
        <source>While you are our customer; order records as long as tax and accounting law requires</source>
        <translation>Mientras sea cliente nuestro; los registros de pedidos, durante el tiempo que exija la legislación fiscal y contable</translation>
    </message>
    <message>
        <source>Card payments</source>
        <translation>Pagos con tarjeta</translation>
    </message>
    <message>
        <source>Card brand, last 4 digits, expiry date and card holder's name; the full card number, encrypted, until the payment is taken. The security code (CVV) is never stored.</source>
        <translation>Marca de la tarjeta, 4 últimos dígitos, fecha de caducidad y nombre del titular; el número de tarjeta completo, cifrado, hasta que se cobra el pago. El código de seguridad (CVV) nunca se almacena.</translation>
    </message>
    <message>
        <source>Contract (GDPR Art. 6(1)(b)); card scheme rules (PCI DSS)</source>
        <translation>Contrato (RGPD Art. 6(1)(b)); normas de las marcas de tarjetas (PCI DSS)</translation>
    </message>
    <message>
        <source>Accounting and tax records</source>
        <translation>Registros contables y fiscales</translation>
    </message>
    <message>
        <source>Order numbers, dates, items, amounts and tax</source>
        <translation>Números de pedido, fechas, artículos, importes e impuestos</translation>
    </message>
    <message>
        <source>Legal obligation (GDPR Art. 6(1)(c))</source>
        <translation>Obligación legal (RGPD Art. 6(1)(c))</translation>
    </message>
    <message>
        <source>As long as tax and accounting law requires (typically 6 to 10 years)</source>
        <translation>Durante el tiempo que exija la legislación fiscal y contable (normalmente de 6 a 10 años)</translation>
    </message>
    <message>
        <source>Security and accountability</source>
        <translation>Seguridad y rendición de cuentas</translation>
    </message>
    <message>
        <source>A record of which employee read or changed your data, and when</source>
        <translation>Un registro de qué empleado consultó o modificó sus datos, y cuándo</translation>
    </message>
    <message>
        <source>Legal obligation and legitimate interest in protecting your data (GDPR Art. 5(2), 6(1)(f) and 32)</source>
        <translation>Obligación legal e interés legítimo en proteger sus datos (RGPD Art. 5(2), 6(1)(f) y 32)</translation>
    </message>
    <message>
        <source>As long as the security log is kept</source>
        <translation>Mientras se conserve el registro de seguridad</translation>
    </message>
    <message>
        <source>This customer does not exist (any more).</source>
        <translation>Este cliente no existe (o ya no existe).</translation>
    </message>
    <message>
        <source>This customer's personal data was erased on %1; there is nothing left to export.</source>
        <translation>Los datos personales de este cliente se suprimieron el %1; no queda nada que exportar.</translation>
    </message>
    <message>
        <source>The signing key granted to you is not among the vault's keys. Restore the vault from a backup.</source>
        <translation>La clave de firma que se le ha concedido no está entre las claves del almacén. Restaure el almacén a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>Erased customer #%1</source>
        <translation>Cliente suprimido n.º %1</translation>
    </message>
    <message>
        <source>This customer cannot be erased while order %1 is still in progress. Finish it (ship and close, or cancel) first — the business needs the customer's details to complete it.</source>
        <translation>Este cliente no se puede suprimir mientras el pedido %1 siga en curso. Finalícelo primero (envíelo y ciérrelo, o cancélelo) — la empresa necesita los datos del cliente para completarlo.</translation>
    </message>
    <message>
        <source>This customer cannot be erased while %1 orders are still in progress: %2. Finish them (ship and close, or cancel) first — the business needs the customer's details to complete them.</source>
        <translation>Este cliente no se puede suprimir mientras haya %1 pedidos en curso: %2. Finalícelos primero (envíelos y ciérrelos, o cancélelos) — la empresa necesita los datos del cliente para completarlos.</translation>
    </message>
    <message>
        <source>Choose where to save the export: a JSON file, a PDF file, or both.</source>
        <translation>Elija dónde guardar la exportación: un archivo JSON, un archivo PDF o ambos.</translation>
    </message>
    <message>
        <source>The JSON and PDF files need different names.</source>
        <translation>Los archivos JSON y PDF necesitan nombres distintos.</translation>
    </message>
    <message>
        <source>This customer was erased already.</source>
        <translation>Este cliente ya se ha suprimido.</translation>
    </message>
    <message>
        <source>Say why the customer is erased (for example “customer's request by letter of 3 May”).</source>
        <translation>Indique por qué se suprime el cliente (por ejemplo, “solicitud del cliente por carta del 3 de mayo”).</translation>
    </message>
    <message numerus="yes">
        <source>The reason is too long: at most %n characters.</source>
        <translation>
            <numerusform>El motivo es demasiado largo: como máximo %n carácter.</numerusform>
            <numerusform>El motivo es demasiado largo: como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose where to save the erasure certificate.</source>
        <translation>Elija dónde guardar el certificado de supresión.</translation>
    </message>
</context>
<context>
    <name>CustomerService</name>
    <message>
        <source>This customer does not exist (any more).</source>
        <translation>Este cliente no existe (o ya no existe).</translation>
    </message>
    <message>
        <source>Only a manager or owner can change the default phone region.</source>
        <translation>Solo un gerente o un propietario puede cambiar la región telefónica predeterminada.</translation>
    </message>
    <message>
        <source>“%1” is not a two-letter country code that phone numbers are known for.</source>
        <translation>“%1” no es un código de país de dos letras para el que se conozcan números de teléfono.</translation>
    </message>
    <message>
        <source>Customer %1 of %2 cannot be saved, so none were:
%3</source>
        <translation>El cliente %1 de %2 no se puede guardar, así que no se ha guardado ninguno:
%3</translation>
    </message>
    <message>
        <source>The import was cancelled; no customer was added.</source>
        <translation>Se ha cancelado la importación; no se ha añadido ningún cliente.</translation>
    </message>
    <message>
        <source>This customer's personal data was erased on %1 at their request; the record cannot be changed or used again. Add the person as a new customer if they order again.</source>
        <translation>Los datos personales de este cliente se suprimieron el %1 a petición suya; el registro no se puede modificar ni volver a usar. Añada a la persona como cliente nuevo si vuelve a hacer un pedido.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The vault key has the wrong length; the keyring may be damaged.</source>
        <translation>La clave del almacén tiene una longitud incorrecta; puede que el llavero esté dañado.</translation>
    </message>
    <message>
        <source>The vault database %1 is a folder, not a file. Check the vault folder setting.</source>
        <translation>La base de datos del almacén %1 es una carpeta, no un archivo. Compruebe el ajuste de la carpeta del almacén.</translation>
    </message>
    <message>
        <source>There is no vault database at %1. Check the vault folder, or create a new vault.</source>
        <translation>No hay ninguna base de datos del almacén en %1. Compruebe la carpeta del almacén o cree un almacén cifrado nuevo.</translation>
    </message>
    <message>
        <source>The vault database %1 is empty (damaged or truncated). Restore it from a backup.</source>
        <translation>La base de datos del almacén %1 está vacía (dañada o truncada). Restáurela a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>open the vault database %1</source>
        <translation>abrir la base de datos del almacén %1</translation>
    </message>
    <message>
        <source>unlock the vault database</source>
        <translation>desbloquear la base de datos del almacén</translation>
    </message>
    <message>
        <source>This copy of Custos is linked against plain SQLite instead of SQLCipher, so the vault would not be encrypted. Custos refuses to run; reinstall it from a trusted package.</source>
        <translation>Esta copia de Custos está enlazada con SQLite estándar en lugar de con SQLCipher, por lo que el almacén no estaría cifrado. Custos se niega a ejecutarse; reinstálelo desde un paquete de confianza.</translation>
    </message>
    <message>
        <source>The vault database %1 is damaged or truncated. Restore it from a backup.</source>
        <translation>La base de datos del almacén %1 está dañada o truncada. Restáurela a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>The file %1 is an unencrypted SQLite database, not a Custos vault.</source>
        <translation>El archivo %1 es una base de datos SQLite sin cifrar, no un almacén de Custos.</translation>
    </message>
    <message>
        <source>The vault key does not open this database.</source>
        <translation>La clave del almacén no abre esta base de datos.</translation>
    </message>
    <message>
        <source>read the vault database %1</source>
        <translation>leer la base de datos del almacén %1</translation>
    </message>
    <message>
        <source>The database engine refused to enforce foreign keys; the vault cannot be used safely.</source>
        <translation>El motor de base de datos se ha negado a aplicar las claves foráneas; el almacén no se puede usar de forma segura.</translation>
    </message>
    <message>
        <source>The vault folder does not support the write-ahead log that Custos needs (is it on a network drive?). Move the vault to a local disk.</source>
        <translation>La carpeta del almacén no admite el registro de escritura anticipada que necesita Custos (¿está en una unidad de red?). Mueva el almacén a un disco local.</translation>
    </message>
    <message>
        <source>Internal error: the vault database is not open.</source>
        <translation>Error interno: la base de datos del almacén no está abierta.</translation>
    </message>
    <message>
        <source>update the vault</source>
        <translation>actualizar el almacén</translation>
    </message>
    <message>
        <source>prepare a vault query</source>
        <translation>preparar una consulta al almacén</translation>
    </message>
    <message>
        <source>Internal error: an empty vault query was prepared.</source>
        <translation>Error interno: se ha preparado una consulta vacía al almacén.</translation>
    </message>
    <message>
        <source>Internal error: a vault query holds more than one SQL statement.</source>
        <translation>Error interno: una consulta al almacén contiene más de una sentencia SQL.</translation>
    </message>
    <message>
        <source>The database engine is plain SQLite, not SQLCipher: the vault would not be encrypted.</source>
        <translation>El motor de base de datos es SQLite estándar, no SQLCipher: el almacén no estaría cifrado.</translation>
    </message>
    <message>
        <source>The vault database failed its integrity check. Restore it from a backup.</source>
        <translation>La base de datos del almacén no ha superado la comprobación de integridad. Restáurela a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>The new vault key has the wrong length.</source>
        <translation>La nueva clave del almacén tiene una longitud incorrecta.</translation>
    </message>
    <message>
        <source>Internal error: the vault key cannot be changed inside a transaction.</source>
        <translation>Error interno: la clave del almacén no se puede cambiar dentro de una transacción.</translation>
    </message>
    <message>
        <source>change the vault key</source>
        <translation>cambiar la clave del almacén</translation>
    </message>
    <message>
        <source>write the vault's journal into the database file</source>
        <translation>escribir el diario del almacén en el archivo de la base de datos</translation>
    </message>
    <message>
        <source>The disk is full — free some space and try again; nothing was saved.</source>
        <translation>El disco está lleno — libere espacio y vuelva a intentarlo; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Could not %1: the vault is read-only. Check that you may write to the vault folder and its files, then try again; nothing was saved.</source>
        <translation>No se ha podido %1: el almacén es de solo lectura. Compruebe que tiene permiso de escritura en la carpeta del almacén y en sus archivos y vuelva a intentarlo; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>Could not %1: the file cannot be opened. Check that the vault folder exists, that its drive is connected and that you may write to it.</source>
        <translation>No se ha podido %1: no se puede abrir el archivo. Compruebe que la carpeta del almacén existe, que su unidad está conectada y que tiene permiso de escritura en ella.</translation>
    </message>
    <message>
        <source>Could not %1: permission denied. Ask whoever looks after this computer for write access to the vault folder.</source>
        <translation>No se ha podido %1: permiso denegado. Pida a la persona que se encarga de este ordenador acceso de escritura a la carpeta del almacén.</translation>
    </message>
    <message>
        <source>Could not %1: the disk reported a read or write error. Check that the drive is connected and healthy, then try again.</source>
        <translation>No se ha podido %1: el disco ha notificado un error de lectura o escritura. Compruebe que la unidad está conectada y en buen estado y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not %1: the vault database is damaged or truncated. Restore it from a backup.</source>
        <translation>No se ha podido %1: la base de datos del almacén está dañada o truncada. Restáurela a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>Could not %1: the vault is busy in another window or program. Wait a moment and try again.</source>
        <translation>No se ha podido %1: el almacén está ocupado en otra ventana o programa. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not %1: the change conflicts with data already in the vault (%2).</source>
        <translation>No se ha podido %1: el cambio entra en conflicto con datos que ya están en el almacén (%2).</translation>
    </message>
    <message>
        <source>Could not %1: the value is too large to store.</source>
        <translation>No se ha podido %1: el valor es demasiado grande para almacenarlo.</translation>
    </message>
    <message>
        <source>Could not %1: the computer ran out of memory. Close other programs and try again.</source>
        <translation>No se ha podido %1: el ordenador se ha quedado sin memoria. Cierre otros programas y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not %1 (SQLite error %2: %3).</source>
        <translation>No se ha podido %1 (error de SQLite %2: %3).</translation>
    </message>
    <message>
        <source>The copy's key has the wrong length.</source>
        <translation>La clave de la copia tiene una longitud incorrecta.</translation>
    </message>
    <message>
        <source>Internal error: the vault cannot be copied inside a transaction.</source>
        <translation>Error interno: el almacén no se puede copiar dentro de una transacción.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>The vault is busy; try the copy again.</source>
        <translation>El almacén está ocupado; vuelva a intentar la copia.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The disk is full, or a file has reached the largest size this drive allows — free some space and try again; nothing was saved.</source>
        <translation>El disco está lleno, o un archivo ha alcanzado el tamaño máximo que permite esta unidad — libere espacio y vuelva a intentarlo; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>The vault is busy: its key is being changed. Try again when that has finished.</source>
        <translation>El almacén está ocupado: se está cambiando su clave. Vuelva a intentarlo cuando haya terminado.</translation>
    </message>
</context>
<context>
    <name>Disclosure</name>
    <message>
        <source>Give a reason of at least %1 characters (for example the call or the dispute it is for).</source>
        <translation>Indique un motivo de al menos %1 caracteres (por ejemplo, la llamada o la reclamación a la que corresponde).</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>El motivo es demasiado largo (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The reason must not contain a card number or any other long number.</source>
        <translation>El motivo no debe contener un número de tarjeta ni ningún otro número largo.</translation>
    </message>
    <message>
        <source>The grant cannot end in the past.</source>
        <translation>La autorización no puede terminar en el pasado.</translation>
    </message>
    <message>
        <source>You cannot give a disclosure grant to yourself.</source>
        <translation>No puede darse a sí mismo una autorización de divulgación.</translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation>La cuenta de %1 está desactivada.</translation>
    </message>
    <message>
        <source>%1 is a %2; that role may never see full card numbers.</source>
        <translation>%1 es %2; esa función nunca puede ver números de tarjeta completos.</translation>
    </message>
    <message>
        <source>%1's background check is not cleared (%2). A grant needs a cleared check that has not expired.</source>
        <translation>La verificación de antecedentes de %1 no está superada (%2). Una autorización requiere una verificación superada que no haya caducado.</translation>
    </message>
    <message>
        <source>This vault has no card-data key.</source>
        <translation>Este almacén no tiene clave para los datos de tarjetas.</translation>
    </message>
    <message>
        <source>%1 already holds the card-data key as an owner.</source>
        <translation>%1 ya tiene la clave de los datos de tarjetas en su función de propietario.</translation>
    </message>
    <message>
        <source>You do not hold a disclosure grant yourself, so you cannot give one.</source>
        <translation>Usted no tiene autorización de divulgación, así que no puede concederla.</translation>
    </message>
    <message>
        <source>%1 has no identity key. Deactivate and reactivate the account to give them one.</source>
        <translation>%1 no tiene clave de identidad. Desactive y reactive la cuenta para asignarle una.</translation>
    </message>
    <message>
        <source>You cannot revoke your own disclosure grant.</source>
        <translation>No puede revocar su propia autorización de divulgación.</translation>
    </message>
    <message>
        <source>An owner's custody of the card-data key cannot be revoked.</source>
        <translation>No se puede revocar la custodia de la clave de los datos de tarjetas de un propietario.</translation>
    </message>
    <message>
        <source>%1 holds no disclosure grant.</source>
        <translation>%1 no tiene ninguna autorización de divulgación.</translation>
    </message>
    <message>
        <source>There is no such order.</source>
        <translation>No existe ese pedido.</translation>
    </message>
    <message>
        <source>The full card number of order %1 is no longer kept (it is purged after charging); only the first six and last four digits remain.</source>
        <translation>El número de tarjeta completo del pedido %1 ya no se conserva (se borra definitivamente tras el cobro); solo quedan los seis primeros y los cuatro últimos dígitos.</translation>
    </message>
    <message>
        <source>You do not hold a disclosure grant. Ask a manager or owner who holds one to grant it.</source>
        <translation>No tiene autorización de divulgación. Pídasela a un gerente o a un propietario que tenga una.</translation>
    </message>
    <message>
        <source>The card number of order %1 was sealed with an older card-data key that your grant does not cover.</source>
        <translation>El número de tarjeta del pedido %1 se selló con una clave de datos de tarjetas anterior que su autorización no cubre.</translation>
    </message>
    <message>
        <source>The stored card number of order %1 could not be opened; it may have been damaged or copied from another order.</source>
        <translation>No se ha podido abrir el número de tarjeta guardado del pedido %1; puede que esté dañado o que se haya copiado de otro pedido.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Could not prepare the PDF in memory.</source>
        <translation>No se ha podido preparar el PDF en memoria.</translation>
    </message>
    <message>
        <source>Could not render the PDF.</source>
        <translation>No se ha podido generar el PDF.</translation>
    </message>
</context>
<context>
    <name>Employee</name>
    <message>
        <source>Enter a user name.</source>
        <translation>Introduzca un nombre de usuario.</translation>
    </message>
    <message>
        <source>A user name has 3 to 32 letters, digits, dots, dashes or underscores, and starts with a letter.</source>
        <translation>Un nombre de usuario tiene de 3 a 32 letras, dígitos, puntos, guiones o guiones bajos, y empieza por una letra.</translation>
    </message>
</context>
<context>
    <name>HelpText</name>
    <message>
        <source>&lt;h3&gt;What Custos keeps&lt;/h3&gt;&lt;p&gt;Customers, orders, employees and the audit log of this business — all in one vault folder on this computer:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Custos sends nothing over the network.&lt;/p&gt;&lt;h3&gt;How it protects it&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;The vault's database is encrypted (AES-256, SQLCipher) with a random key. Each employee's password unlocks only their own copy of that key; Custos never stores passwords.&lt;/li&gt;&lt;li&gt;Card numbers are sealed so that only employees with a disclosure grant and a cleared background check can read them in full; everyone else sees the last four digits. The security code (CVV) is never stored.&lt;/li&gt;&lt;li&gt;Every sign-in, lock, change and disclosure is written to a tamper-evident audit log.&lt;/li&gt;&lt;li&gt;Custos locks itself when nobody has used it for a while, and locks an account after too many wrong passwords.&lt;/li&gt;&lt;li&gt;If the owner forgets their password, only the printed recovery code can open the vault. Keep the recovery sheet somewhere safe and away from this computer.&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Qué guarda Custos&lt;/h3&gt;&lt;p&gt;Clientes, pedidos, empleados y el registro de auditoría de esta empresa — todo en una sola carpeta de almacén cifrado en este ordenador:&lt;br&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Custos no envía nada a través de la red.&lt;/p&gt;&lt;h3&gt;Cómo lo protege&lt;/h3&gt;&lt;ul&gt;&lt;li&gt;La base de datos del almacén está cifrada (AES-256, SQLCipher) con una clave aleatoria. La contraseña de cada empleado desbloquea solo su propia copia de esa clave; Custos nunca guarda contraseñas.&lt;/li&gt;&lt;li&gt;Los números de tarjeta están sellados de modo que solo los empleados con autorización de divulgación y una verificación de antecedentes superada pueden leerlos completos; los demás ven los cuatro últimos dígitos. El código de seguridad (CVV) nunca se guarda.&lt;/li&gt;&lt;li&gt;Cada inicio de sesión, bloqueo, cambio y divulgación se anota en un registro de auditoría que revela cualquier manipulación.&lt;/li&gt;&lt;li&gt;Custos se bloquea solo cuando nadie lo ha usado durante un tiempo, y bloquea una cuenta tras demasiadas contraseñas incorrectas.&lt;/li&gt;&lt;li&gt;Si el propietario olvida su contraseña, solo el código de recuperación impreso puede abrir el almacén. Guarde la hoja de recuperación en un lugar seguro y lejos de este ordenador.&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Custos %1&lt;/h3&gt;&lt;p&gt;A privacy-first back office for small businesses that take orders by phone, fax and mail.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLCipher and OpenSSL.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Custos %1&lt;/h3&gt;&lt;p&gt;Un back office centrado en la privacidad para pequeñas empresas que reciben pedidos por teléfono, fax y correo.&lt;/p&gt;&lt;p&gt;Creado con Qt %2, SQLCipher y OpenSSL.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Privacy &amp; security</source>
        <translation>Privacidad y seguridad</translation>
    </message>
    <message>
        <source>About Custos</source>
        <translation>Acerca de Custos</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>Vault key (encrypts the whole vault)</source>
        <translation>Clave del almacén (cifra todo el almacén)</translation>
    </message>
    <message>
        <source>Card-data key (seals card numbers)</source>
        <translation>Clave de datos de tarjeta (sella los números de tarjeta)</translation>
    </message>
    <message>
        <source>Signing key (signs documents and the audit log)</source>
        <translation>Clave de firma (firma los documentos y el registro de auditoría)</translation>
    </message>
    <message>
        <source>The vault has no current %1.</source>
        <translation>El almacén no tiene ninguna clave actual de este tipo: %1.</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>A key slot holds data in an unknown format.</source>
        <translation>Una ranura de clave contiene datos en un formato desconocido.</translation>
    </message>
    <message>
        <source>This folder has no keyring.json, so it is not a Custos vault.</source>
        <translation>Esta carpeta no tiene keyring.json, así que no es un almacén de Custos.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The vault's key file (keyring.json) is damaged. Restore it from a backup; until then nobody can sign in.</source>
        <translation>El archivo de claves del almacén (keyring.json) está dañado. Restáurelo a partir de una copia de seguridad; hasta entonces nadie podrá iniciar sesión.</translation>
    </message>
    <message>
        <source>This vault's key file was made by a newer version of Custos. Update Custos to open it.</source>
        <translation>El archivo de claves de este almacén se creó con una versión más reciente de Custos. Actualice Custos para abrirlo.</translation>
    </message>
    <message>
        <source>The key file (keyring.json) is damaged in the entry for "%1". Restore it from a backup; until then that account cannot sign in.</source>
        <translation>El archivo de claves (keyring.json) está dañado en la entrada de "%1". Restáurelo a partir de una copia de seguridad; hasta entonces esa cuenta no podrá iniciar sesión.</translation>
    </message>
    <message>
        <source>Cannot write the key file %1: %2</source>
        <translation>No se puede escribir el archivo de claves %1: %2</translation>
    </message>
    <message>
        <source>Could not save the key file (%1). The disk may be full or read-only; the previous key file is unchanged.</source>
        <translation>No se ha podido guardar el archivo de claves (%1). Puede que el disco esté lleno o sea de solo lectura; el archivo de claves anterior no ha cambiado.</translation>
    </message>
    <message>
        <source>The key file (keyring.json) is damaged: a key slot holds a rotated vault key but no key to open it. Restore keyring.json from a backup.</source>
        <translation>El archivo de claves (keyring.json) está dañado: una ranura de clave contiene una clave del almacén renovada, pero ninguna clave para abrirla. Restaure keyring.json a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>The key file (keyring.json) is damaged: the vault key in this account's slot does not open. Restore keyring.json from a backup.</source>
        <translation>El archivo de claves (keyring.json) está dañado: la clave del almacén de la ranura de esta cuenta no se abre. Restaure keyring.json a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>No key rotation is pending in this key slot.</source>
        <translation>No hay ninguna renovación de clave pendiente en esta ranura de clave.</translation>
    </message>
    <message>
        <source>The key file (keyring.json) is damaged: the new vault key of an interrupted key rotation does not open. Restore keyring.json from a backup.</source>
        <translation>El archivo de claves (keyring.json) está dañado: la nueva clave del almacén de una renovación de claves interrumpida no se abre. Restaure keyring.json a partir de una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is too large.</source>
        <translation>El importe es demasiado grande.</translation>
    </message>
    <message>
        <source>Enter an amount such as 12.50.</source>
        <translation>Introduzca un importe como 12.50.</translation>
    </message>
</context>
<context>
    <name>OrderDraft</name>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Charged</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Choose the customer for this order.</source>
        <translation>Elija el cliente de este pedido.</translation>
    </message>
    <message>
        <source>Add at least one line to the order.</source>
        <translation>Añada al menos una línea al pedido.</translation>
    </message>
    <message numerus="yes">
        <source>An order has at most %n lines.</source>
        <translation>
            <numerusform>Un pedido tiene como máximo %n línea.</numerusform>
            <numerusform>Un pedido tiene como máximo %n líneas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Describe what is ordered.</source>
        <translation>Describa lo que se pide.</translation>
    </message>
    <message numerus="yes">
        <source>The description is too long: at most %n characters.</source>
        <translation>
            <numerusform>La descripción es demasiado larga: como máximo %n carácter.</numerusform>
            <numerusform>La descripción es demasiado larga: como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The quantity must be between 1 and %1.</source>
        <translation>La cantidad debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>El precio no puede ser negativo.</translation>
    </message>
    <message>
        <source>The price is too large.</source>
        <translation>El precio es demasiado alto.</translation>
    </message>
    <message>
        <source>The tax rate must be between 0 % and 100 %.</source>
        <translation>El tipo impositivo debe estar entre el 0 % y el 100 %.</translation>
    </message>
    <message numerus="yes">
        <source>The notes are too long: at most %n characters.</source>
        <translation>
            <numerusform>Las notas son demasiado largas: como máximo %n carácter.</numerusform>
            <numerusform>Las notas son demasiado largas: como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The order total is too large.</source>
        <translation>El total del pedido es demasiado alto.</translation>
    </message>
    <message>
        <source>Enter the card number.</source>
        <translation>Introduzca el número de tarjeta.</translation>
    </message>
    <message>
        <source>Enter the expiry date as MM/YY.</source>
        <translation>Introduzca la fecha de caducidad como MM/AA.</translation>
    </message>
    <message>
        <source>This card has expired — ask for another card.</source>
        <translation>Esta tarjeta ha caducado — pida otra tarjeta.</translation>
    </message>
    <message>
        <source>Enter the name on the card.</source>
        <translation>Introduzca el nombre que figura en la tarjeta.</translation>
    </message>
    <message>
        <source>The name on the card is too long: at most 100 characters.</source>
        <translation>El nombre de la tarjeta es demasiado largo: como máximo 100 caracteres.</translation>
    </message>
    <message>
        <source>The security code of an American Express card has 4 digits (on the front).</source>
        <translation>El código de seguridad de una tarjeta American Express tiene 4 dígitos (en el anverso).</translation>
    </message>
    <message>
        <source>The security code has 3 digits (on the back of the card).</source>
        <translation>El código de seguridad tiene 3 dígitos (en el reverso de la tarjeta).</translation>
    </message>
</context>
<context>
    <name>OrderExport</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se ha cancelado la exportación; no se ha escrito ningún archivo.</translation>
    </message>
</context>
<context>
    <name>OrderRepository</name>
    <message>
        <source>The order number sequence could not be read.</source>
        <translation>No se ha podido leer la secuencia de números de pedido.</translation>
    </message>
    <message>
        <source>The order was changed by someone else in the meantime; reload it and try again.</source>
        <translation>Otra persona ha modificado el pedido mientras tanto; recárguelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The card number of order %1 changed during the key rotation; nothing was changed.</source>
        <translation>El número de tarjeta del pedido %1 ha cambiado durante la renovación de la clave; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>OrderService</name>
    <message>
        <source>This order does not exist (any more).</source>
        <translation>Este pedido no existe (o ya no existe).</translation>
    </message>
    <message>
        <source>Only an owner can change how long card numbers are kept.</source>
        <translation>Solo un propietario puede cambiar durante cuánto tiempo se conservan los números de tarjeta.</translation>
    </message>
    <message>
        <source>Card numbers can be kept from 0 to %1 days after charging.</source>
        <translation>Los números de tarjeta se pueden conservar de 0 a %1 días después del cobro.</translation>
    </message>
    <message>
        <source>This vault has no card-data key, so card numbers cannot be stored. Restore the vault from a backup.</source>
        <translation>Este almacén no tiene clave para los datos de tarjetas, así que no se pueden guardar números de tarjeta. Restaure el almacén a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>The customer of this order does not exist (any more).</source>
        <translation>El cliente de este pedido no existe (o ya no existe).</translation>
    </message>
    <message>
        <source>This customer is archived. Restore the customer before taking a new order.</source>
        <translation>Este cliente está archivado. Restaure el cliente antes de registrar un pedido nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long: at most %n characters.</source>
        <translation>
            <numerusform>La nota es demasiado larga: como máximo %n carácter.</numerusform>
            <numerusform>La nota es demasiado larga: como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Order %1 is %2; it cannot change any more.</source>
        <translation>El pedido %1 está %2; ya no puede cambiar.</translation>
    </message>
    <message>
        <source>Order %1 is %2 and cannot become %3. It can become: %4.</source>
        <translation>El pedido %1 está %2 y no puede pasar a %3. Puede pasar a: %4.</translation>
    </message>
    <message>
        <source>The personal data of this customer was erased at their request; no order can be taken for the erased record. Add the person as a new customer if they order again.</source>
        <translation>Los datos personales de este cliente se suprimieron a petición suya; no se puede registrar ningún pedido para el registro suprimido. Añada a la persona como cliente nuevo si vuelve a hacer un pedido.</translation>
    </message>
</context>
<context>
    <name>OrderSettings</name>
    <message>
        <source>%1 uses your details only to handle this order. Your card number is stored encrypted, your security code is never kept, and you can ask us what we hold about you at any time.</source>
        <translation>%1 utiliza sus datos únicamente para gestionar este pedido. Su número de tarjeta se guarda cifrado, su código de seguridad no se conserva nunca y puede preguntarnos en cualquier momento qué datos tenemos sobre usted.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>It is built on a common word or name.</source>
        <translation>Se basa en una palabra o un nombre comunes.</translation>
    </message>
    <message>
        <source>It is built on a common word or name, even with letters swapped for look-alike digits or symbols.</source>
        <translation>Se basa en una palabra o un nombre comunes, aunque se hayan cambiado letras por dígitos o símbolos parecidos.</translation>
    </message>
    <message>
        <source>It contains your name, user name or business name.</source>
        <translation>Contiene su nombre, su nombre de usuario o el nombre de la empresa.</translation>
    </message>
    <message>
        <source>It contains a keyboard pattern such as qwerty.</source>
        <translation>Contiene un patrón de teclado como qwerty.</translation>
    </message>
    <message>
        <source>It contains a repeated or sequential run such as aaa or 1234.</source>
        <translation>Contiene una secuencia repetida o consecutiva como aaa o 1234.</translation>
    </message>
    <message>
        <source>It contains a date or year.</source>
        <translation>Contiene una fecha o un año.</translation>
    </message>
    <message>
        <source>It is too short to resist guessing.</source>
        <translation>Es demasiado corta para resistir intentos de adivinarla.</translation>
    </message>
    <message>
        <source>The password cannot be empty or only spaces.</source>
        <translation>La contraseña no puede estar vacía ni contener solo espacios.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %1 characters (this one has %n).</source>
        <translation>
            <numerusform>Use al menos %1 caracteres (esta tiene %n).</numerusform>
            <numerusform>Use al menos %1 caracteres (esta tiene %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must not contain “%1”: it is your user name, name or business name.</source>
        <translation>La contraseña no debe contener “%1”: es su nombre de usuario, su nombre o el nombre de la empresa.</translation>
    </message>
    <message>
        <source>This password is too easy to guess: %1 Add more words or characters that are not a pattern.</source>
        <translation>Esta contraseña es demasiado fácil de adivinar: %1 Añada más palabras o caracteres que no formen un patrón.</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <source>Enter a phone number.</source>
        <translation>Introduzca un número de teléfono.</translation>
    </message>
    <message>
        <source>A phone number has at most 40 characters.</source>
        <translation>Un número de teléfono tiene como máximo 40 caracteres.</translation>
    </message>
    <message>
        <source>A phone number has only digits, spaces and + - ( ) . / — check for a letter.</source>
        <translation>Un número de teléfono solo contiene dígitos, espacios y + - ( ) . / — compruebe si hay alguna letra.</translation>
    </message>
    <message>
        <source>Type this number with its country code (for example +44 20 7946 0018).</source>
        <translation>Escriba este número con su prefijo de país (por ejemplo, +44 20 7946 0018).</translation>
    </message>
    <message>
        <source>This phone number cannot be right: %1</source>
        <translation>Este número de teléfono no puede ser correcto: %1</translation>
    </message>
    <message>
        <source>This phone number cannot be right for %1: %2</source>
        <translation>Este número de teléfono no puede ser correcto para %1: %2</translation>
    </message>
    <message>
        <source>no country has the code it starts with.</source>
        <translation>ningún país tiene el prefijo por el que empieza.</translation>
    </message>
    <message>
        <source>it is too short.</source>
        <translation>es demasiado corto.</translation>
    </message>
    <message>
        <source>it is too long.</source>
        <translation>es demasiado largo.</translation>
    </message>
    <message>
        <source>it is not a phone number.</source>
        <translation>no es un número de teléfono.</translation>
    </message>
    <message>
        <source>the area code is missing.</source>
        <translation>falta el prefijo de zona.</translation>
    </message>
    <message>
        <source>no phone numbers start like this. Check the digits and the country code.</source>
        <translation>ningún número de teléfono empieza así. Compruebe los dígitos y el prefijo de país.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>CONFIDENTIAL — keep locked away, not next to the computer</source>
        <translation>CONFIDENCIAL — guárdela bajo llave, no junto al ordenador</translation>
    </message>
    <message>
        <source>Custos vault recovery sheet</source>
        <translation>Hoja de recuperación del almacén cifrado de Custos</translation>
    </message>
    <message>
        <source>This code lets the owner regain access to the vault after a forgotten password. Anyone holding it together with a copy of the vault can read all customer data. Keep this sheet in a locked place, away from the computer. It is never shown again.</source>
        <translation>Este código permite al propietario recuperar el acceso al almacén tras olvidar la contraseña. Cualquiera que lo tenga junto con una copia del almacén puede leer todos los datos de los clientes. Guarde esta hoja en un lugar cerrado con llave, lejos del ordenador. No se vuelve a mostrar nunca.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Digits and capital letters; the letters I, L, O and U are never used.</source>
        <translation>Dígitos y letras mayúsculas; nunca se usan las letras I, L, O y U.</translation>
    </message>
    <message>
        <source>Owner account</source>
        <translation>Cuenta del propietario</translation>
    </message>
    <message>
        <source>Vault identifier</source>
        <translation>Identificador del almacén</translation>
    </message>
    <message>
        <source>Vault location</source>
        <translation>Ubicación del almacén</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>Cómo usarlo</translation>
    </message>
    <message>
        <source>Start Custos and choose "Forgot password? Use the recovery code" on the sign-in window.</source>
        <translation>Inicie Custos y elija "¿Ha olvidado su contraseña? Use el código de recuperación" en la ventana de inicio de sesión.</translation>
    </message>
    <message>
        <source>Type the owner's user name and this code (dashes and case do not matter).</source>
        <translation>Escriba el nombre de usuario del propietario y este código (no importan los guiones ni las mayúsculas y minúsculas).</translation>
    </message>
    <message>
        <source>Choose a new password. Custos records the use of the recovery code in the audit log.</source>
        <translation>Elija una contraseña nueva. Custos anota el uso del código de recuperación en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Stored by:</source>
        <translation>Guardado por:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Kept at:</source>
        <translation>Guardado en:</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Verify this file with: custos-cli verify FILE — or with OpenSSL and the exported public key: openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in FILE -sigfile FILE.sig</source>
        <translation>Verifique este archivo con: custos-cli verify FILE — o con OpenSSL y la clave pública exportada: openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in FILE -sigfile FILE.sig</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation>Generado por</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Could not prepare the PDF in memory.</source>
        <translation>No se ha podido preparar el PDF en memoria.</translation>
    </message>
    <message>
        <source>Could not start the PDF.</source>
        <translation>No se ha podido iniciar el PDF.</translation>
    </message>
    <message>
        <source>Could not render the PDF.</source>
        <translation>No se ha podido generar el PDF.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Clerk</source>
        <translation>Dependiente</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gerente</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Criminal record</source>
        <translation>Antecedentes penales</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Solvencia</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Superada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>No superada</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Enter the provider who ran the check.</source>
        <translation>Introduzca el proveedor que ha realizado la verificación.</translation>
    </message>
    <message>
        <source>The provider's name is too long (at most %1 characters).</source>
        <translation>El nombre del proveedor es demasiado largo (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The reference is too long (at most %1 characters).</source>
        <translation>La referencia es demasiado larga (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>Las notas son demasiado largas (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>Enter the date the check was requested.</source>
        <translation>Introduzca la fecha en que se solicitó la verificación.</translation>
    </message>
    <message>
        <source>The request date cannot be in the future.</source>
        <translation>La fecha de solicitud no puede ser futura.</translation>
    </message>
    <message>
        <source>Enter the date the provider decided the check.</source>
        <translation>Introduzca la fecha en que el proveedor resolvió la verificación.</translation>
    </message>
    <message>
        <source>The decision date cannot be before the request date.</source>
        <translation>La fecha de resolución no puede ser anterior a la fecha de solicitud.</translation>
    </message>
    <message>
        <source>The decision date cannot be in the future.</source>
        <translation>La fecha de resolución no puede ser futura.</translation>
    </message>
    <message>
        <source>Enter the date the clearance expires.</source>
        <translation>Introduzca la fecha en que caduca la verificación superada.</translation>
    </message>
    <message>
        <source>The expiry date must be after the decision date.</source>
        <translation>La fecha de caducidad debe ser posterior a la fecha de resolución.</translation>
    </message>
</context>
<context>
    <name>SelfCheck</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>Vault integrity</source>
        <translation>Integridad del almacén</translation>
    </message>
    <message>
        <source>SQLite's quick check (PRAGMA quick_check) found the vault database intact. (The full integrity check is too slow to run at every sign-in.)</source>
        <translation>La comprobación rápida de SQLite (PRAGMA quick_check) ha encontrado intacta la base de datos del almacén. (La comprobación de integridad completa es demasiado lenta para ejecutarla en cada inicio de sesión.)</translation>
    </message>
    <message>
        <source>SQLite's quick check (PRAGMA quick_check) reports damage: %1</source>
        <translation>La comprobación rápida de SQLite (PRAGMA quick_check) informa de daños: %1</translation>
    </message>
    <message>
        <source>Stop using this computer for the vault, restore the latest backup to a healthy disk and check the disk. Keep the damaged copy for your IT support.</source>
        <translation>Deje de usar este ordenador para el almacén, restaure la copia de seguridad más reciente en un disco en buen estado y compruebe el disco. Conserve la copia dañada para su servicio de soporte informático.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>All %1 events are unchanged and every signed checkpoint verifies.</source>
        <translation>Los %1 eventos están intactos y todos los puntos de control firmados se verifican correctamente.</translation>
    </message>
    <message>
        <source>Last signed checkpoint: %1.</source>
        <translation>Último punto de control firmado: %1.</translation>
    </message>
    <message>
        <source>Signing key fingerprint: %1 — compare it with the one on your recovery sheet or exported public key.</source>
        <translation>Huella digital de la clave de firma: %1 — compárela con la de su hoja de recuperación o de la clave pública exportada.</translation>
    </message>
    <message>
        <source>The audit log's hash chain does not verify.</source>
        <translation>La cadena de hashes del registro de auditoría no se verifica.</translation>
    </message>
    <message>
        <source>Someone may have changed or deleted audit events. Do not sign new checkpoints over it: keep this vault as evidence, compare it with your latest backup, and find out who had the vault's password and the computer.</source>
        <translation>Puede que alguien haya modificado o eliminado eventos de auditoría. No firme nuevos puntos de control sobre él: conserve este almacén como prueba, compárelo con su copia de seguridad más reciente y averigüe quién tenía la contraseña del almacén y acceso al ordenador.</translation>
    </message>
    <message>
        <source>Background checks</source>
        <translation>Verificaciones de antecedentes</translation>
    </message>
    <message>
        <source>Expired: %1.</source>
        <translation>Caducadas: %1.</translation>
    </message>
    <message>
        <source>Failed: %1.</source>
        <translation>No superadas: %1.</translation>
    </message>
    <message>
        <source>No check recorded: %1.</source>
        <translation>Sin verificación registrada: %1.</translation>
    </message>
    <message>
        <source>Waiting for a result: %1.</source>
        <translation>A la espera de resultado: %1.</translation>
    </message>
    <message>
        <source>Expiring soon: %1.</source>
        <translation>Caducan pronto: %1.</translation>
    </message>
    <message>
        <source>Record a new background check for each expired one, and review the access of anyone whose check failed (Staff page). Until then they cannot see card numbers.</source>
        <translation>Registre una nueva verificación de antecedentes por cada una caducada y revise el acceso de quienes no hayan superado la verificación (página Personal). Hasta entonces no podrán ver números de tarjeta.</translation>
    </message>
    <message>
        <source>Request the missing checks and record the results on the Staff page (PCI DSS 12.7). Employees without a cleared check cannot see card numbers or export customer data.</source>
        <translation>Solicite las verificaciones que faltan y registre los resultados en la página Personal (PCI DSS 12.7). Los empleados sin una verificación superada no pueden ver números de tarjeta ni exportar datos de clientes.</translation>
    </message>
    <message>
        <source>Every active employee has a cleared, current background check.</source>
        <translation>Todos los empleados activos tienen una verificación de antecedentes superada y vigente.</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Revisión de accesos</translation>
    </message>
    <message>
        <source>No access review has been signed off yet.</source>
        <translation>Todavía no se ha aprobado ninguna revisión de accesos.</translation>
    </message>
    <message>
        <source>Review who may do what and sign it off on the Access review page (PCI DSS 7.2.4: every %1 months).</source>
        <translation>Revise quién puede hacer qué y apruébelo en la página Revisión de accesos (PCI DSS 7.2.4: cada %1 meses).</translation>
    </message>
    <message>
        <source>The last access review was signed on %1 by %2; the next was due on %3.</source>
        <translation>La última revisión de accesos se firmó el %1 por %2; la siguiente vencía el %3.</translation>
    </message>
    <message>
        <source>Review who may do what and sign it off on the Access review page.</source>
        <translation>Revise quién puede hacer qué y apruébelo en la página Revisión de accesos.</translation>
    </message>
    <message>
        <source>Last signed on %1 by %2; the next is due on %3.</source>
        <translation>Última firma el %1 por %2; la siguiente vence el %3.</translation>
    </message>
    <message>
        <source>Password age</source>
        <translation>Antigüedad de las contraseñas</translation>
    </message>
    <message>
        <source>Every active employee changed their password within the last %1 days.</source>
        <translation>Todos los empleados activos han cambiado su contraseña en los últimos %1 días.</translation>
    </message>
    <message>
        <source>Older than %1 days: %2.</source>
        <translation>Con más de %1 días: %2.</translation>
    </message>
    <message>
        <source>They must choose a new password at their next sign-in. If they no longer work here, deactivate their accounts on the Staff page.</source>
        <translation>Deberán elegir una contraseña nueva en su próximo inicio de sesión. Si ya no trabajan aquí, desactive sus cuentas en la página Personal.</translation>
    </message>
    <message>
        <source>Inactive accounts</source>
        <translation>Cuentas inactivas</translation>
    </message>
    <message>
        <source>Every active account was used within the last %1 days.</source>
        <translation>Todas las cuentas activas se han usado en los últimos %1 días.</translation>
    </message>
    <message>
        <source>Unused for %1 days or more: %2.</source>
        <translation>Sin usar durante %1 días o más: %2.</translation>
    </message>
    <message>
        <source>Deactivate the accounts of people who no longer need them (Staff page). Accounts unused for %1 days are deactivated automatically (PCI DSS 8.2.6).</source>
        <translation>Desactive las cuentas de las personas que ya no las necesiten (página Personal). Las cuentas sin usar durante %1 días se desactivan automáticamente (PCI DSS 8.2.6).</translation>
    </message>
    <message>
        <source>Card numbers past retention</source>
        <translation>Números de tarjeta fuera del plazo de conservación</translation>
    </message>
    <message>
        <source>No full card number is kept after its order was charged or cancelled.</source>
        <translation>No se conserva ningún número de tarjeta completo después de cobrar o cancelar su pedido.</translation>
    </message>
    <message>
        <source>No full card number is kept longer than %1 days after its order was charged.</source>
        <translation>No se conserva ningún número de tarjeta completo más de %1 días después de cobrar su pedido.</translation>
    </message>
    <message>
        <source>1 order still keeps the encrypted full card number past the retention period (PCI DSS 3.2.1).</source>
        <translation>1 pedido aún conserva el número de tarjeta completo cifrado una vez vencido el plazo de conservación (PCI DSS 3.2.1).</translation>
    </message>
    <message>
        <source>%1 orders still keep the encrypted full card number past the retention period (PCI DSS 3.2.1).</source>
        <translation>%1 pedidos aún conservan el número de tarjeta completo cifrado una vez vencido el plazo de conservación (PCI DSS 3.2.1).</translation>
    </message>
    <message>
        <source>Purge them now (Purge card numbers); brand, last 4 digits and expiry stay with the orders.</source>
        <translation>Bórrelos definitivamente ahora (Borrar números de tarjeta); la marca, los 4 últimos dígitos y la caducidad se quedan en los pedidos.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Todavía no se ha hecho ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>Back up the vault to a USB disk or another computer now, and then at least every %1 days. Keep one copy away from the shop.</source>
        <translation>Haga ahora una copia de seguridad del almacén en un disco USB o en otro ordenador, y después al menos cada %1 días. Guarde una copia fuera de la tienda.</translation>
    </message>
    <message>
        <source>The last backup was made today.</source>
        <translation>La última copia de seguridad se hizo hoy.</translation>
    </message>
    <message>
        <source>The last backup was made yesterday.</source>
        <translation>La última copia de seguridad se hizo ayer.</translation>
    </message>
    <message>
        <source>The last backup was made on %1, %2 days ago.</source>
        <translation>La última copia de seguridad se hizo el %1, hace %2 días.</translation>
    </message>
    <message>
        <source>Back up the vault now, and then at least every %1 days.</source>
        <translation>Haga ahora una copia de seguridad del almacén, y después al menos cada %1 días.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Sin problemas</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 problema</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 problemas</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 advertencia</translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation>%1 advertencias</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Security self-check</source>
        <translation>Autocomprobación de seguridad</translation>
    </message>
    <message>
        <source>Run on %1 by %2. Result: %3.</source>
        <translation>Ejecutada el %1 por %2. Resultado: %3.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>This report is not signed.</source>
        <translation>Este informe no está firmado.</translation>
    </message>
    <message>
        <source>Signed with the business's signing key, fingerprint %1. Check the signature (FILE.sig) with: openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in FILE -sigfile FILE.sig</source>
        <translation>Firmado con la clave de firma de la empresa, huella digital %1. Compruebe la firma (FILE.sig) con: openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in FILE -sigfile FILE.sig</translation>
    </message>
    <message>
        <source>Security self-check %1</source>
        <translation>Autocomprobación de seguridad %1</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Elija dónde guardar el informe.</translation>
    </message>
    <message>
        <source>Key ages</source>
        <translation>Antigüedad de las claves</translation>
    </message>
    <message>
        <source>Restore the vault from a backup: its keys are not all there.</source>
        <translation>Restaure el almacén a partir de una copia de seguridad: faltan algunas de sus claves.</translation>
    </message>
    <message>
        <source>%1: in use since %2, planned lifetime ends on %3.</source>
        <translation>%1: en uso desde el %2; su vida útil prevista termina el %3.</translation>
    </message>
    <message>
        <source>Fingerprint %1.</source>
        <translation>Huella digital %1.</translation>
    </message>
    <message>
        <source>Replace %1 in Settings → Keys… (or custos-cli rotate-keys). The planned lifetime of every key is %2 months; documents signed before stay verifiable.</source>
        <translation>Sustituya en Configuración → Claves… (o con custos-cli rotate-keys): %1. La vida útil prevista de todas las claves es de %2 meses; los documentos firmados antes se siguen pudiendo verificar.</translation>
    </message>
    <message>
        <source>The vault file does not open for the check: %1</source>
        <translation>El archivo del almacén no se abre para la comprobación: %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Only an owner can change the business profile.</source>
        <translation>Solo un propietario puede cambiar el perfil de la empresa.</translation>
    </message>
    <message>
        <source>Your key for this vault could not be opened; ask an owner to grant it again.</source>
        <translation>No se ha podido abrir su clave de este almacén; pida a un propietario que se la vuelva a conceder.</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>The vault has no business profile.</source>
        <translation>El almacén no tiene perfil de empresa.</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>There is no such employee.</source>
        <translation>No existe ese empleado.</translation>
    </message>
    <message>
        <source>%1 is deactivated. Reactivate the account before changing the role.</source>
        <translation>La cuenta de %1 está desactivada. Reactívela antes de cambiar la función.</translation>
    </message>
    <message>
        <source>%1 is already in the role %2.</source>
        <translation>%1 ya tiene la función %2.</translation>
    </message>
    <message>
        <source>%1 is the last active owner. Make someone else an owner first.</source>
        <translation>No queda ningún otro propietario activo aparte de %1. Nombre antes propietario a otra persona.</translation>
    </message>
    <message>
        <source>Owner custody</source>
        <translation>Custodia del propietario</translation>
    </message>
    <message>
        <source>Give a reason for the deactivation (for example "left the company").</source>
        <translation>Indique un motivo para la desactivación (por ejemplo, "ha dejado la empresa").</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>El motivo es demasiado largo (como máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>The reason must not contain a card number or any other long number.</source>
        <translation>El motivo no debe contener un número de tarjeta ni ningún otro número largo.</translation>
    </message>
    <message>
        <source>%1 is already deactivated.</source>
        <translation>La cuenta de %1 ya está desactivada.</translation>
    </message>
    <message>
        <source>%1 is the last active owner and cannot be deactivated.</source>
        <translation>No se puede desactivar a %1: no queda ningún otro propietario activo.</translation>
    </message>
    <message>
        <source>You cannot record your own background check; ask another manager or an owner.</source>
        <translation>No puede registrar su propia verificación de antecedentes; pídaselo a otro gerente o a un propietario.</translation>
    </message>
    <message>
        <source>There is no such background check.</source>
        <translation>No existe esa verificación de antecedentes.</translation>
    </message>
    <message>
        <source>A background check cannot be moved to another employee.</source>
        <translation>Una verificación de antecedentes no se puede trasladar a otro empleado.</translation>
    </message>
    <message>
        <source>You cannot change your own background check; ask another manager or an owner.</source>
        <translation>No puede cambiar su propia verificación de antecedentes; pídaselo a otro gerente o a un propietario.</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Internal error: a vault query was used before it was prepared.</source>
        <translation>Error interno: se ha usado una consulta al almacén antes de prepararla.</translation>
    </message>
    <message>
        <source>Internal error: a value could not be attached to a vault query (%1).</source>
        <translation>Error interno: no se ha podido vincular un valor a una consulta al almacén (%1).</translation>
    </message>
    <message>
        <source>read or write the vault</source>
        <translation>leer o escribir en el almacén</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Internal error: the vault database is not open.</source>
        <translation>Error interno: la base de datos del almacén no está abierta.</translation>
    </message>
    <message>
        <source>start a change to the vault</source>
        <translation>iniciar un cambio en el almacén</translation>
    </message>
    <message>
        <source>Internal error: there is no open change to the vault to save.</source>
        <translation>Error interno: no hay ningún cambio abierto en el almacén que guardar.</translation>
    </message>
    <message>
        <source>The change to the vault was abandoned after an earlier error; nothing was saved.</source>
        <translation>El cambio en el almacén se abandonó tras un error anterior; no se ha guardado nada.</translation>
    </message>
    <message>
        <source>save the change to the vault</source>
        <translation>guardar el cambio en el almacén</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>This vault is already open in another Custos window (process %1 on %2). Close it there first; two programs writing one vault could damage it.</source>
        <translation>Este almacén ya está abierto en otra ventana de Custos (proceso %1 en %2). Ciérrelo allí primero; si dos programas escriben en el mismo almacén, podrían dañarlo.</translation>
    </message>
    <message>
        <source>Cannot lock the vault folder %1. Check that it is writable.</source>
        <translation>No se puede bloquear la carpeta del almacén %1. Compruebe que se puede escribir en ella.</translation>
    </message>
    <message>
        <source>There is no vault at %1.</source>
        <translation>No hay ningún almacén cifrado en %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a vault folder.</source>
        <translation>%1 es un archivo, no una carpeta de almacén.</translation>
    </message>
    <message>
        <source>The vault at %1 has lost its key file (keyring.json). Restore it from a backup.</source>
        <translation>El almacén de %1 ha perdido su archivo de claves (keyring.json). Restáurelo a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is not a Custos vault.</source>
        <translation>%1 no es un almacén de Custos.</translation>
    </message>
    <message>
        <source>The vault at %1 has lost its database (custos.db). Restore it from a backup.</source>
        <translation>El almacén de %1 ha perdido su base de datos (custos.db). Restáurela a partir de una copia de seguridad.</translation>
    </message>
    <message>
        <source>Enter the owner's full name.</source>
        <translation>Introduzca el nombre completo del propietario.</translation>
    </message>
    <message>
        <source>The recovery code is not well formed.</source>
        <translation>El código de recuperación no tiene un formato correcto.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose an empty or new folder for the vault.</source>
        <translation>La carpeta %1 no está vacía. Elija una carpeta vacía o nueva para el almacén.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that the disk is writable.</source>
        <translation>No se puede crear la carpeta %1. Compruebe que se puede escribir en el disco.</translation>
    </message>
    <message>
        <source>The vault identifier is not a valid UUID.</source>
        <translation>El identificador del almacén no es un UUID válido.</translation>
    </message>
    <message>
        <source>Vault owner at creation</source>
        <translation>Propietario del almacén en el momento de su creación</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong passwords. Try again in %1 (at %2).</source>
        <translation>Esta cuenta está bloqueada tras demasiadas contraseñas incorrectas. Vuelva a intentarlo dentro de %1 (a las %2).</translation>
    </message>
    <message>
        <source>Wrong password. The account is now locked for %1.</source>
        <translation>Contraseña incorrecta. La cuenta queda bloqueada durante %1.</translation>
    </message>
    <message>
        <source>Wrong password — 1 try left before a %1-minute lock.</source>
        <translation>Contraseña incorrecta — queda 1 intento antes de un bloqueo de %1 min.</translation>
    </message>
    <message>
        <source>Wrong password — %1 tries left before a %2-minute lock.</source>
        <translation>Contraseña incorrecta — quedan %1 intentos antes de un bloqueo de %2 min.</translation>
    </message>
    <message>
        <source>This account's key slot is not linked to any employee. Ask an owner to re-create the account.</source>
        <translation>La ranura de clave de esta cuenta no está vinculada a ningún empleado. Pida a un propietario que vuelva a crear la cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>You used this password recently. Choose one that differs from your last %n passwords.</source>
        <translation>
            <numerusform>Ha usado esta contraseña recientemente. Elija una distinta de su última contraseña (%n).</numerusform>
            <numerusform>Ha usado esta contraseña recientemente. Elija una distinta de sus últimas %n contraseñas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your key slot is missing from the key file.</source>
        <translation>Falta su ranura de clave en el archivo de claves.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>La nueva contraseña debe ser distinta de la actual.</translation>
    </message>
    <message>
        <source>This vault has no recovery slot.</source>
        <translation>Este almacén no tiene ranura de recuperación.</translation>
    </message>
    <message>
        <source>A recovery code has 25 letters and digits, as printed on the recovery sheet.</source>
        <translation>Un código de recuperación tiene 25 letras y dígitos, tal como aparece en la hoja de recuperación.</translation>
    </message>
    <message>
        <source>There is no account "%1" in this vault.</source>
        <translation>No hay ninguna cuenta "%1" en este almacén.</translation>
    </message>
    <message>
        <source>That recovery code does not open this vault.</source>
        <translation>Ese código de recuperación no abre este almacén.</translation>
    </message>
    <message>
        <source>The recovery code can only reset the password of an active owner.</source>
        <translation>El código de recuperación solo puede restablecer la contraseña de un propietario activo.</translation>
    </message>
    <message>
        <source>Re-issued after recovery</source>
        <translation>Reemitida tras la recuperación</translation>
    </message>
    <message>
        <source>Clerks cannot add employees.</source>
        <translation>Los dependientes no pueden añadir empleados.</translation>
    </message>
    <message>
        <source>Only an owner can add a manager or an owner.</source>
        <translation>Solo un propietario puede añadir un gerente o un propietario.</translation>
    </message>
    <message>
        <source>Enter the employee's full name.</source>
        <translation>Introduzca el nombre completo del empleado.</translation>
    </message>
    <message>
        <source>The user name "%1" is taken.</source>
        <translation>El nombre de usuario "%1" ya está en uso.</translation>
    </message>
    <message>
        <source>Only an owner can change the security policy.</source>
        <translation>Solo un propietario puede cambiar la política de seguridad.</translation>
    </message>
    <message>
        <source>There is no account with this user name in the vault. Check the spelling; if the account was deactivated, a manager can reactivate it.</source>
        <translation>No hay ninguna cuenta con este nombre de usuario en el almacén. Compruebe la ortografía; si la cuenta se desactivó, un gerente puede reactivarla.</translation>
    </message>
    <message>
        <source>This account has been deactivated. Ask a manager to reactivate it.</source>
        <translation>Esta cuenta se ha desactivado. Pida a un gerente que la reactive.</translation>
    </message>
    <message>
        <source>The user name "%1" belongs to a deactivated employee. Reactivate them instead, or choose another name.</source>
        <translation>El nombre de usuario "%1" pertenece a un empleado desactivado. Reactívelo o elija otro nombre.</translation>
    </message>
    <message>
        <source>Owner custody</source>
        <translation>Custodia del propietario</translation>
    </message>
    <message>
        <source>There is no such employee.</source>
        <translation>No existe ese empleado.</translation>
    </message>
    <message>
        <source>%1 is already deactivated.</source>
        <translation>La cuenta de %1 ya está desactivada.</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>La cuenta de %1 ya está activa.</translation>
    </message>
    <message>
        <source>The recovery copy of the %1 key does not open; the vault may have been tampered with.</source>
        <translation>La copia de recuperación de la clave %1 no se abre; es posible que el almacén se haya manipulado.</translation>
    </message>
    <message>
        <source>This vault's recovery sheet was made before keys could be replaced. Enter the recovery code from the sheet once, so that it keeps opening the vault after the new keys are made.</source>
        <translation>La hoja de recuperación de este almacén se creó antes de que se pudieran sustituir las claves. Introduzca una vez el código de recuperación de la hoja, para que siga abriendo el almacén después de crear las claves nuevas.</translation>
    </message>
    <message>
        <source>Neither you nor the recovery sheet holds the current %1, so it cannot be replaced. Ask the owner who holds it.</source>
        <translation>Ni usted ni la hoja de recuperación tienen la %1 actual, por lo que no se puede sustituir. Pídaselo al propietario que la tiene.</translation>
    </message>
    <message>
        <source>card-data key</source>
        <translation>clave de datos de tarjeta</translation>
    </message>
    <message>
        <source>signing key</source>
        <translation>clave de firma</translation>
    </message>
    <message>
        <source>You do not hold the current card-data key, so it cannot be replaced. An owner who holds it must do this.</source>
        <translation>Usted no tiene la clave de datos de tarjeta actual, por lo que no se puede sustituir. Debe hacerlo un propietario que la tenga.</translation>
    </message>
    <message>
        <source>You do not hold the current signing key, so it cannot be replaced. An owner who holds it must do this.</source>
        <translation>Usted no tiene la clave de firma actual, por lo que no se puede sustituir. Debe hacerlo un propietario que la tenga.</translation>
    </message>
    <message>
        <source>The vault's current key changed while it was being replaced; nothing was changed.</source>
        <translation>La clave actual del almacén ha cambiado mientras se estaba sustituyendo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cancelled; the card-data key was not replaced.</source>
        <translation>Cancelado; no se ha sustituido la clave de datos de tarjeta.</translation>
    </message>
    <message>
        <source>The stored card number of an order (id %1) does not open with the current card-data key, so the key was not replaced. Run the security check and restore from a backup if the vault was tampered with.</source>
        <translation>El número de tarjeta guardado de un pedido (id %1) no se abre con la clave de datos de tarjeta actual, por lo que no se ha sustituido la clave. Ejecute la autocomprobación de seguridad y restaure a partir de una copia de seguridad si el almacén se ha manipulado.</translation>
    </message>
</context>
<context>
    <name>VaultLocation</name>
    <message>
        <source>Custos could not create its settings folder %1.</source>
        <translation>Custos no pudo crear su carpeta de configuración %1.</translation>
    </message>
    <message>
        <source>Custos could not save where its vault is, in %1.</source>
        <translation>Custos no pudo guardar en %1 dónde está su almacén.</translation>
    </message>
</context>
<context>
    <name>custos::backup</name>
    <message>
        <source>%1 is not a complete Custos backup, or it was changed after it was made. It cannot be used.</source>
        <translation>%1 no es una copia de seguridad completa de Custos, o se modificó después de hacerse. No se puede usar.</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written.</source>
        <translation>Se ha cancelado la copia de seguridad; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>The copy of the vault failed its integrity check.</source>
        <translation>La copia del almacén no ha superado la comprobación de integridad.</translation>
    </message>
    <message>
        <source>The backup's header is damaged.</source>
        <translation>La cabecera de la copia de seguridad está dañada.</translation>
    </message>
    <message>
        <source>Cannot read the backup: %1</source>
        <translation>No se puede leer la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Cannot write the restored vault: %1</source>
        <translation>No se puede escribir el almacén restaurado: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Comprobando</translation>
    </message>
    <message>
        <source>Only an owner can change the backup settings.</source>
        <translation>Solo un propietario puede cambiar los ajustes de copia de seguridad.</translation>
    </message>
    <message>
        <source>Choose when backups are made: never automatically, at sign-out, or daily.</source>
        <translation>Elija cuándo se hacen las copias de seguridad: nunca automáticamente, al cerrar sesión o a diario.</translation>
    </message>
    <message>
        <source>Choose a backup folder for automatic backups.</source>
        <translation>Elija una carpeta para las copias de seguridad automáticas.</translation>
    </message>
    <message>
        <source>Choose a folder for the backup.</source>
        <translation>Elija una carpeta para la copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>No se puede crear la carpeta de copias de seguridad %1.</translation>
    </message>
    <message>
        <source>Copying the vault</source>
        <translation>Copiando el almacén</translation>
    </message>
    <message>
        <source>Cannot make a working folder in the vault folder: %1</source>
        <translation>No se puede crear una carpeta de trabajo en la carpeta del almacén: %1</translation>
    </message>
    <message>
        <source>The copy of the vault does not hold every row; the backup was not made.</source>
        <translation>La copia del almacén no contiene todas las filas; no se ha hecho la copia de seguridad.</translation>
    </message>
    <message>
        <source>Writing the backup</source>
        <translation>Escribiendo la copia de seguridad</translation>
    </message>
    <message>
        <source>Cannot read the keyring: %1</source>
        <translation>No se puede leer el archivo de claves: %1</translation>
    </message>
    <message>
        <source>Cannot write the backup in %1: %2</source>
        <translation>No se puede escribir la copia de seguridad en %1: %2</translation>
    </message>
    <message>
        <source>Could not write the backup (%1). The disk may be full; no partial file was left.</source>
        <translation>No se ha podido escribir la copia de seguridad (%1). Puede que el disco esté lleno; no ha quedado ningún archivo parcial.</translation>
    </message>
    <message>
        <source>Cannot read the copy of the vault: %1</source>
        <translation>No se puede leer la copia del almacén: %1</translation>
    </message>
    <message>
        <source>Could not finish writing the backup (%1). The disk may be full; no partial file was left.</source>
        <translation>No se ha podido terminar de escribir la copia de seguridad (%1). Puede que el disco esté lleno; no ha quedado ningún archivo parcial.</translation>
    </message>
    <message>
        <source>Checking the backup</source>
        <translation>Comprobando la copia de seguridad</translation>
    </message>
    <message>
        <source>The backup was written but did not read back correctly (%1); it was removed.</source>
        <translation>La copia de seguridad se escribió, pero no se pudo volver a leer correctamente (%1); se ha eliminado.</translation>
    </message>
    <message>
        <source>The backup did not read back with every row; it was removed.</source>
        <translation>Al volver a leer la copia de seguridad faltaban filas; se ha eliminado.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Could not write the backup: the disk is full, or the file is larger than that drive allows. Free some space or choose another drive; no partial file was left.</source>
        <translation>No se ha podido escribir la copia de seguridad: el disco está lleno o el archivo supera el tamaño que permite esa unidad. Libere espacio o elija otra unidad; no ha quedado ningún archivo parcial.</translation>
    </message>
</context>
<context>
    <name>custos::documents</name>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>The logo file is empty.</source>
        <translation>El archivo del logotipo está vacío.</translation>
    </message>
    <message>
        <source>The logo file is too large (%1 KB); choose an image of at most 1 MB.</source>
        <translation>El archivo del logotipo es demasiado grande (%1 KB); elija una imagen de 1 MB como máximo.</translation>
    </message>
    <message>
        <source>The logo image is too large (%1 × %2 pixels).</source>
        <translation>La imagen del logotipo es demasiado grande (%1 × %2 píxeles).</translation>
    </message>
    <message>
        <source>This file is not an image Custos can read (use PNG or JPEG).</source>
        <translation>Este archivo no es una imagen que Custos pueda leer (use PNG o JPEG).</translation>
    </message>
    <message>
        <source>The logo image is too small (%1 × %2 pixels).</source>
        <translation>La imagen del logotipo es demasiado pequeña (%1 × %2 píxeles).</translation>
    </message>
    <message>
        <source>Could not convert the logo to PNG.</source>
        <translation>No se ha podido convertir el logotipo a PNG.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>No existe el archivo %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Documents are printed on A4 or Letter paper.</source>
        <translation>Los documentos se imprimen en papel A4 o Carta.</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>phone number not set</source>
        <translation>número de teléfono no indicado</translation>
    </message>
    <message>
        <source>Fax: %1</source>
        <translation>Fax: %1</translation>
    </message>
    <message>
        <source>fax number not set</source>
        <translation>número de fax no indicado</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Correo electrónico: %1</translation>
    </message>
    <message>
        <source>email address not set</source>
        <translation>dirección de correo electrónico no indicada</translation>
    </message>
    <message>
        <source>business name not set</source>
        <translation>nombre de la empresa no indicado</translation>
    </message>
    <message>
        <source>address not set</source>
        <translation>dirección no indicada</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Impreso el %1</translation>
    </message>
    <message>
        <source>Signing key of %1: %2</source>
        <translation>Clave de firma de %1: %2</translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <translation>%1 (provisional)</translation>
    </message>
    <message>
        <source>Order form</source>
        <translation>Formulario de pedido</translation>
    </message>
    <message>
        <source>Form number</source>
        <translation>Número de formulario</translation>
    </message>
    <message>
        <source>For orders by phone, fax or mail. Please write in capital letters and fax this page to %1, or post it to %2 at the address above. Questions: %3. How we use your data: see page 2.</source>
        <translation>Para pedidos por teléfono, fax o correo postal. Escriba en mayúsculas y envíe esta página por fax al %1, o por correo postal a %2 a la dirección indicada arriba. Consultas: %3. Cómo usamos sus datos: consulte la página 2.</translation>
    </message>
    <message>
        <source>1. Your details</source>
        <translation>1. Sus datos</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Residence address</source>
        <translation>Domicilio</translation>
    </message>
    <message>
        <source>(not a PO box)</source>
        <translation>(no un apartado de correos)</translation>
    </message>
    <message>
        <source>Contact phone number</source>
        <translation>Teléfono de contacto</translation>
    </message>
    <message>
        <source>Email (optional)</source>
        <translation>Correo electrónico (opcional)</translation>
    </message>
    <message>
        <source>2. What you order</source>
        <translation>2. Su pedido</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>3. Payment by card</source>
        <translation>3. Pago con tarjeta</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>Tipo de tarjeta</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Otra:</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Número de tarjeta</translation>
    </message>
    <message>
        <source>Amex: 15 digits</source>
        <translation>Amex: 15 dígitos</translation>
    </message>
    <message>
        <source>Expiry date (MM/YY)</source>
        <translation>Fecha de caducidad (MM/AA)</translation>
    </message>
    <message>
        <source>Name on the card</source>
        <translation>Nombre en la tarjeta</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>I authorise %1 to charge this card.</source>
        <translation>Autorizo a %1 a cargar el importe en esta tarjeta.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Cut off along the dotted line and destroy after the payment is authorised (PCI DSS 3.3.1.2)</source>
        <translation>Recorte por la línea de puntos y destrúyalo una vez autorizado el pago (PCI DSS 3.3.1.2)</translation>
    </message>
    <message>
        <source>Card security code (CVV)</source>
        <translation>Código de seguridad de la tarjeta (CVV)</translation>
    </message>
    <message>
        <source>Form %1</source>
        <translation>Formulario %1</translation>
    </message>
    <message>
        <source>Form %1, page 2: please keep this page</source>
        <translation>Formulario %1, página 2: conserve esta página</translation>
    </message>
    <message>
        <source>How we use and protect your data</source>
        <translation>Cómo usamos y protegemos sus datos</translation>
    </message>
    <message>
        <source>Order form — %1</source>
        <translation>Formulario de pedido — %1</translation>
    </message>
    <message>
        <source>Order confirmation %1 — %2</source>
        <translation>Confirmación de pedido %1 — %2</translation>
    </message>
    <message>
        <source>Order confirmation</source>
        <translation>Confirmación de pedido</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Número de pedido</translation>
    </message>
    <message>
        <source>Ordered by</source>
        <translation>Realizado por</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Tax (%1)</source>
        <translation>Impuesto (%1)</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Paid by card: %1</source>
        <translation>Pagado con tarjeta: %1</translation>
    </message>
    <message>
        <source>No card on this order.</source>
        <translation>Este pedido no tiene tarjeta.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Our full privacy notice is printed on our order form; ask us for a copy at any time.</source>
        <translation>Nuestro aviso de privacidad completo está impreso en nuestro formulario de pedido; puede pedirnos una copia en cualquier momento.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>document %1 (provisional)</source>
        <translation>documento %1 (provisional)</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>documento %1</translation>
    </message>
    <message>
        <source>Print between 1 and %1 copies at a time.</source>
        <translation>Imprima entre 1 y %1 copias cada vez.</translation>
    </message>
    <message>
        <source>The %1 is limited to %2 characters; it has %3.</source>
        <translation>El %1 está limitado a %2 caracteres; tiene %3.</translation>
    </message>
    <message>
        <source>The %1 uses the unknown placeholder %2. Use one of: %3.</source>
        <translation>El %1 usa el marcador desconocido %2. Use uno de estos: %3.</translation>
    </message>
    <message>
        <source>The business's legal name</source>
        <translation>Razón social de la empresa</translation>
    </message>
    <message>
        <source>The business's address on one line</source>
        <translation>Dirección de la empresa en una sola línea</translation>
    </message>
    <message>
        <source>The business's phone number</source>
        <translation>Número de teléfono de la empresa</translation>
    </message>
    <message>
        <source>The business's fax number</source>
        <translation>Número de fax de la empresa</translation>
    </message>
    <message>
        <source>The business's email address</source>
        <translation>Dirección de correo electrónico de la empresa</translation>
    </message>
    <message>
        <source>Who customers write to about their data</source>
        <translation>A quién escriben los clientes sobre sus datos</translation>
    </message>
    <message>
        <source>Days a card number is kept after payment (a number)</source>
        <translation>Días que se conserva un número de tarjeta tras el pago (un número)</translation>
    </message>
    <message>
        <source>When card numbers are deleted, in words</source>
        <translation>Cuándo se eliminan los números de tarjeta, en palabras</translation>
    </message>
    <message>
        <source>Who we are: {business}, {address} (phone {phone}, fax {fax}, email {email}) is responsible for the personal data you give us with this order. Questions about your data: {privacy_contact}.

What we collect and why: your name, residence address, contact number, email address if you give one, what you order and your payment card number, expiry date and cardholder name. We collect only what the order needs, and use it only to fulfil, deliver and bill your order and to answer questions about it (legal basis: performance of a contract, GDPR Art. 6(1)(b), and our legal duty to keep accounting records, Art. 6(1)(c)).

Your card: the card security code (CVV) is never written down or stored; on paper forms it is cut off and destroyed as soon as the payment is authorised. Card numbers are kept encrypted and deleted {card_retention}; afterwards only the last four digits remain on the order.

Who sees your data: only our own staff who need it for your order, each screened and authorised; every time someone views a card number it is recorded. We do not sell your data or use it for advertising. Your payment is passed to our bank or card processor only to be charged.

How long we keep it: order records are kept as long as the law requires for accounting (typically six to ten years); customer details we no longer need are erased on request.

Your rights: you may ask for a copy of the data we hold about you (access and portability), ask us to correct it, or ask us to erase it where we are not required to keep it. You may also complain to your data protection supervisory authority. To use these rights, contact {privacy_contact}.</source>
        <translation>Quiénes somos: {business}, {address} (teléfono {phone}, fax {fax}, correo electrónico {email}) es responsable de los datos personales que nos facilita con este pedido. Consultas sobre sus datos: {privacy_contact}.

Qué recogemos y por qué: su nombre, domicilio, número de contacto, dirección de correo electrónico si nos la facilita, lo que pide y el número de su tarjeta de pago, la fecha de caducidad y el nombre del titular. Recogemos solo lo que el pedido necesita y lo usamos únicamente para preparar, entregar y facturar su pedido y para responder a consultas sobre él (base jurídica: ejecución de un contrato, RGPD art. 6(1)(b), y nuestra obligación legal de llevar registros contables, art. 6(1)(c)).

Su tarjeta: el código de seguridad de la tarjeta (CVV) nunca se anota ni se almacena; en los formularios en papel se recorta y se destruye en cuanto se autoriza el pago. Los números de tarjeta se guardan cifrados y se eliminan {card_retention}; después solo quedan en el pedido los cuatro últimos dígitos.

Quién ve sus datos: solo nuestro propio personal que los necesita para su pedido, cada persona verificada y autorizada; cada vez que alguien consulta un número de tarjeta, queda registrado. No vendemos sus datos ni los usamos con fines publicitarios. Su pago se transmite a nuestro banco o procesador de pagos únicamente para efectuar el cobro.

Cuánto tiempo los conservamos: los registros de pedidos se conservan durante el tiempo que exige la ley a efectos contables (normalmente de seis a diez años); los datos de clientes que ya no necesitamos se suprimen previa solicitud.

Sus derechos: puede solicitar una copia de los datos que tenemos sobre usted (acceso y portabilidad), pedirnos que los rectifiquemos o que los suprimamos cuando no estemos obligados a conservarlos. También puede presentar una reclamación ante su autoridad de control de protección de datos. Para ejercer estos derechos, póngase en contacto con {privacy_contact}.</translation>
    </message>
    <message>
        <source>Before we take your details: {business} uses them only to handle this order. Your card security code is never written down or kept, and your card number is stored encrypted and deleted {card_retention}. Only authorised staff can see it, and you can ask us at any time what we hold about you or to erase it — just contact {privacy_contact}.</source>
        <translation>Antes de tomar sus datos: {business} los usa únicamente para tramitar este pedido. El código de seguridad de su tarjeta nunca se anota ni se guarda, y el número de su tarjeta se almacena cifrado y se elimina {card_retention}. Solo el personal autorizado puede verlo, y puede preguntarnos en cualquier momento qué datos tenemos sobre usted o pedirnos que los suprimamos — basta con ponerse en contacto con {privacy_contact}.</translation>
    </message>
    <message>
        <source>The privacy notice cannot be empty: customers must be told how their data is used.</source>
        <translation>El aviso de privacidad no puede estar vacío: hay que informar a los clientes de cómo se usan sus datos.</translation>
    </message>
    <message>
        <source>The phone script cannot be empty: clerks read it to every caller.</source>
        <translation>El guion telefónico no puede estar vacío: los dependientes se lo leen a cada persona que llama.</translation>
    </message>
    <message>
        <source>privacy notice</source>
        <translation>aviso de privacidad</translation>
    </message>
    <message>
        <source>phone script</source>
        <translation>guion telefónico</translation>
    </message>
    <message>
        <source>privacy contact not set</source>
        <translation>contacto de privacidad no indicado</translation>
    </message>
    <message>
        <source>as soon as the payment has been taken</source>
        <translation>en cuanto se ha efectuado el cobro</translation>
    </message>
    <message>
        <source>one day after the payment has been taken</source>
        <translation>un día después de efectuado el cobro</translation>
    </message>
    <message>
        <source>%1 days after the payment has been taken</source>
        <translation>%1 días después de efectuado el cobro</translation>
    </message>
    <message>
        <source>Cannot read the %1 %2: %3</source>
        <translation>No se puede leer el %1 %2: %3</translation>
    </message>
    <message>
        <source>The %1 %2 is larger than 2 GiB; Custos does not sign or verify files that large.</source>
        <translation>El %1 %2 ocupa más de 2 GiB; Custos no firma ni verifica archivos tan grandes.</translation>
    </message>
    <message>
        <source>This vault has no signing key.</source>
        <translation>Este almacén no tiene clave de firma.</translation>
    </message>
    <message>
        <source>Only an owner can sign documents: your account holds no signing key.</source>
        <translation>Solo un propietario puede firmar documentos: su cuenta no tiene clave de firma.</translation>
    </message>
    <message>
        <source>The signature file is not an Ed25519 signature: it has %1 bytes, a signature has 64.</source>
        <translation>El archivo de firma no contiene una firma Ed25519: tiene %1 bytes, y una firma tiene 64.</translation>
    </message>
    <message>
        <source>No public key to check the signature with.</source>
        <translation>No hay ninguna clave pública con la que comprobar la firma.</translation>
    </message>
    <message>
        <source>Signature valid: the file is exactly as signed with the key %1.</source>
        <translation>Firma válida: el archivo está exactamente como se firmó con la clave %1.</translation>
    </message>
    <message>
        <source>Signature NOT valid: the file was changed after signing, or it was signed with another key than %1.</source>
        <translation>Firma NO válida: el archivo se modificó después de firmarse, o se firmó con una clave distinta de %1.</translation>
    </message>
    <message>
        <source>Signature NOT valid with any of the %1 keys tried: the file was changed after signing, or it was signed with another key.</source>
        <translation>Firma NO válida con ninguna de las %1 claves probadas: el archivo se modificó después de firmarse, o se firmó con otra clave.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>%1 is not a signature file (too large).</source>
        <translation>%1 no es un archivo de firma (es demasiado grande).</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>archivo de firma</translation>
    </message>
    <message>
        <source>Cannot replace %1; nothing was written.</source>
        <translation>No se puede sustituir %1; no se ha escrito nada.</translation>
    </message>
</context>
<context>
    <name>custos::reports</name>
    <message>
        <source>success</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>DENIED</source>
        <translation>DENEGADO</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>Card number revealed</source>
        <translation>Número de tarjeta revelado</translation>
    </message>
    <message>
        <source>Card number copied</source>
        <translation>Número de tarjeta copiado</translation>
    </message>
    <message>
        <source>Document saved</source>
        <translation>Documento guardado</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Informe exportado</translation>
    </message>
    <message>
        <source>Customer data exported</source>
        <translation>Datos del cliente exportados</translation>
    </message>
    <message>
        <source>Signing key exported</source>
        <translation>Clave de firma exportada</translation>
    </message>
    <message>
        <source>Orders exported</source>
        <translation>Pedidos exportados</translation>
    </message>
    <message>
        <source>Card data (full card numbers)</source>
        <translation>Datos de tarjetas (números de tarjeta completos)</translation>
    </message>
    <message>
        <source>Document signing</source>
        <translation>Firma de documentos</translation>
    </message>
    <message>
        <source>Disclosure and access</source>
        <translation>Divulgación y acceso</translation>
    </message>
    <message>
        <source>Card reveals, copies, exports and denied attempts per employee over the period.</source>
        <translation>Revelaciones, copias y exportaciones de tarjetas e intentos denegados de cada empleado durante el periodo.</translation>
    </message>
    <message>
        <source>Staff screening</source>
        <translation>Verificación del personal</translation>
    </message>
    <message>
        <source>Each employee's background-check status and expiry, key grants and the last access review.</source>
        <translation>Estado y caducidad de la verificación de antecedentes de cada empleado, autorizaciones de claves y la última revisión de accesos.</translation>
    </message>
    <message>
        <source>Passwords and accounts</source>
        <translation>Contraseñas y cuentas</translation>
    </message>
    <message>
        <source>Password ages against the policy, lock-outs in the period, dormant accounts, pending changes.</source>
        <translation>Antigüedad de las contraseñas frente a la política, bloqueos en el periodo, cuentas en desuso y cambios pendientes.</translation>
    </message>
    <message>
        <source>Data inventory and retention</source>
        <translation>Inventario y conservación de datos</translation>
    </message>
    <message>
        <source>What personal data is kept, why and for how long, and card numbers awaiting purge (PCI DSS 3.2.1).</source>
        <translation>Qué datos personales se guardan, por qué y durante cuánto tiempo, y números de tarjeta pendientes de borrado definitivo (PCI DSS 3.2.1).</translation>
    </message>
    <message>
        <source>Records of processing</source>
        <translation>Registro de actividades de tratamiento</translation>
    </message>
    <message>
        <source>GDPR Article 30 record: controller, purposes, data, recipients, retention and security measures.</source>
        <translation>Registro del artículo 30 del RGPD: responsable del tratamiento, fines, datos, destinatarios, conservación y medidas de seguridad.</translation>
    </message>
    <message>
        <source>Privacy and security statement</source>
        <translation>Declaración de privacidad y seguridad</translation>
    </message>
    <message>
        <source>A signed statement for customers: the privacy notice and how Custos protects their data (PDF).</source>
        <translation>Una declaración firmada para los clientes: el aviso de privacidad y cómo protege Custos sus datos (PDF).</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se ha cancelado la exportación; no se ha escrito ningún archivo.</translation>
    </message>
</context>
<context>
    <name>custos::reports::PdfLayout</name>
    <message>
        <source>Period: %1</source>
        <translation>Periodo: %1</translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>Generado el %1 por %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>Unsigned copy</source>
        <translation>Copia sin firmar</translation>
    </message>
    <message>
        <source>Signing key %1 · verify with: custos-cli verify FILE</source>
        <translation>Clave de firma %1 · verifique con: custos-cli verify FILE</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
</context>
<context>
    <name>custos::ui</name>
    <message>
        <source>The printer reported an error; nothing was recorded as printed. Check the printer and try again.</source>
        <translation>La impresora ha notificado un error; no se ha registrado nada como impreso. Compruebe la impresora y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Print blank order form</source>
        <translation>Imprimir formulario de pedido en blanco</translation>
    </message>
    <message>
        <source>Blank order form</source>
        <translation>Formulario de pedido en blanco</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n form(s): %1.</source>
        <translation>
            <numerusform>Se ha impreso %n formulario: %1.</numerusform>
            <numerusform>Se han impreso %n formularios: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved form %1 to %2.</source>
        <translation>Formulario %1 guardado en %2.</translation>
    </message>
    <message>
        <source>Print order confirmation</source>
        <translation>Imprimir confirmación de pedido</translation>
    </message>
    <message>
        <source>Order confirmation %1</source>
        <translation>Confirmación de pedido %1</translation>
    </message>
    <message>
        <source>Printed the confirmation of order %1 (document %2).</source>
        <translation>Se ha impreso la confirmación del pedido %1 (documento %2).</translation>
    </message>
    <message>
        <source>Saved the confirmation of order %1 to %2.</source>
        <translation>Se ha guardado la confirmación del pedido %1 en %2.</translation>
    </message>
</context>
<context>
    <name>custos::ui::AccessReviewPage</name>
    <message>
        <source> (with a cleared check and a grant)</source>
        <translation> (con una verificación superada y una autorización)</translation>
    </message>
    <message>
        <source>A %1 may:</source>
        <translation>Con la función %1 se puede:</translation>
    </message>
    <message>
        <source>1 employee</source>
        <translation>1 empleado</translation>
    </message>
    <message>
        <source>%1 employees</source>
        <translation>%1 empleados</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Revisión de accesos</translation>
    </message>
    <message>
        <source>&amp;Sign off review…</source>
        <translation>Aprobar &amp;revisión…</translation>
    </message>
    <message>
        <source>Every six months, go through who can do what and check it still matches their job: deactivate who has left, revoke card access nobody needs, renew checks that lapse. Then sign the review off (PCI DSS 7.2.4).</source>
        <translation>Cada seis meses, repase quién puede hacer qué y compruebe que sigue correspondiéndose con su trabajo: desactive a quien se haya ido, revoque el acceso a tarjetas que nadie necesite y renueve las verificaciones que caduquen. Después, apruebe la revisión (PCI DSS 7.2.4).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Background check</source>
        <translation>Verificación de antecedentes</translation>
    </message>
    <message>
        <source>Card access</source>
        <translation>Acceso a tarjetas</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Reveals (90 days)</source>
        <translation>Revelaciones (90 días)</translation>
    </message>
    <message>
        <source>Confirm you reviewed everyone's access; recorded in the audit log</source>
        <translation>Confirma que ha revisado el acceso de todos; queda anotado en el registro de auditoría</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 hasta el %2</translation>
    </message>
    <message>
        <source>Lapses soon: record a new check before %1.</source>
        <translation>Caduca pronto: registre una nueva verificación antes del %1.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1 — last %2</source>
        <translation>%1 — última: %2</translation>
    </message>
    <message>
        <source>The access has never been reviewed. A review is due now.</source>
        <translation>Nunca se ha revisado el acceso. Corresponde hacer una revisión ahora.</translation>
    </message>
    <message>
        <source>Last signed off on %1 by %2. The next review was due on %3: it is due now.</source>
        <translation>Última aprobación el %1 por %2. La siguiente revisión vencía el %3: corresponde hacerla ahora.</translation>
    </message>
    <message>
        <source>Last signed off on %1 by %2 (%3 reviewed). Next review due on %4.</source>
        <translation>Última aprobación el %1 por %2 (revisión de %3). Próxima revisión el %4.</translation>
    </message>
    <message>
        <source>Notes of the last review: %1</source>
        <translation>Notas de la última revisión: %1</translation>
    </message>
</context>
<context>
    <name>custos::ui::AddEmployeeDialog</name>
    <message>
        <source>Takes orders and looks after customers. Sees the last 4 digits of a card only.</source>
        <translation>Registra pedidos y atiende a los clientes. Solo ve los 4 últimos dígitos de una tarjeta.</translation>
    </message>
    <message>
        <source>A clerk's work, plus staff, background checks, card access grants and the audit log. Sees full card numbers only when screened and granted.</source>
        <translation>El trabajo de un dependiente, más el personal, las verificaciones de antecedentes, las autorizaciones de acceso a tarjetas y el registro de auditoría. Solo ve números de tarjeta completos si tiene una verificación superada y una autorización.</translation>
    </message>
    <message>
        <source>Everything, including settings and other managers and owners.</source>
        <translation>Todo, incluida la configuración y otros gerentes y propietarios.</translation>
    </message>
    <message>
        <source>Add employee</source>
        <translation>Añadir empleado</translation>
    </message>
    <message>
        <source>e.g. Carla Jones</source>
        <translation>p. ej., Carla Jones</translation>
    </message>
    <message>
        <source>e.g. carla</source>
        <translation>p. ej., carla</translation>
    </message>
    <message>
        <source>Custos makes a one-time password for the new employee. They sign in with it once and then choose their own.</source>
        <translation>Custos genera una contraseña de un solo uso para el nuevo empleado. Este inicia sesión con ella una vez y después elige la suya.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Nombre completo:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Add employee</source>
        <translation>&amp;Añadir empleado</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Only an owner can add a manager or an owner.</source>
        <translation>Solo un propietario puede añadir un gerente o un propietario.</translation>
    </message>
    <message>
        <source>Enter the employee's full name.</source>
        <translation>Introduzca el nombre completo del empleado.</translation>
    </message>
    <message>
        <source>You may not add employees.</source>
        <translation>No tiene permiso para añadir empleados.</translation>
    </message>
    <message>
        <source>Employee added</source>
        <translation>Empleado añadido</translation>
    </message>
</context>
<context>
    <name>custos::ui::AppController</name>
    <message>
        <source>Cannot create the demo vault</source>
        <translation>No se puede crear el almacén cifrado de demostración</translation>
    </message>
    <message>
        <source>Setup did not finish</source>
        <translation>La configuración no ha finalizado</translation>
    </message>
    <message>
        <source>The vault was not created. Start Custos again.</source>
        <translation>No se ha creado el almacén cifrado. Vuelva a iniciar Custos.</translation>
    </message>
    <message>
        <source>The vault is already open</source>
        <translation>El almacén cifrado ya está abierto</translation>
    </message>
    <message>
        <source>The vault is damaged</source>
        <translation>El almacén cifrado está dañado</translation>
    </message>
    <message>
        <source>No vault found</source>
        <translation>No se ha encontrado ningún almacén cifrado</translation>
    </message>
    <message>
        <source>Cannot open the vault</source>
        <translation>No se puede abrir el almacén cifrado</translation>
    </message>
    <message>
        <source>Sign out before restoring a backup.</source>
        <translation>Cierre la sesión antes de restaurar una copia de seguridad.</translation>
    </message>
    <message>
        <source>The restored vault does not open</source>
        <translation>El almacén restaurado no se abre</translation>
    </message>
    <message>
        <source>The backup was restored into %1, but that vault does not open: %2

Custos goes on with the previous vault, in %3.</source>
        <translation>La copia de seguridad se ha restaurado en %1, pero ese almacén no se abre: %2

Custos continúa con el almacén anterior, en %3.</translation>
    </message>
    <message>
        <source>Vault folder not remembered</source>
        <translation>No se recordó la carpeta del almacén</translation>
    </message>
    <message>
        <source>%1

This time Custos works on the vault in %2; to open it next time, start Custos with --vault "%2".</source>
        <translation>%1

Esta vez Custos trabaja con el almacén de %2; para abrirlo la próxima vez, inicie Custos con --vault "%2".</translation>
    </message>
    <message>
        <source>Vault folder not found</source>
        <translation>No se encuentra la carpeta del almacén</translation>
    </message>
    <message>
        <source>Custos last worked on the vault in %1, which is not there now. If it is on a drive or network share, connect it and start Custos again.

Use the default folder %2 instead? Custos then stops looking in %1.</source>
        <translation>Custos trabajó por última vez con el almacén de %1, que ahora no está. Si está en un disco o en una carpeta de red, conéctelo e inicie Custos de nuevo.

¿Usar en su lugar la carpeta predeterminada %2? Custos dejará entonces de buscar en %1.</translation>
    </message>
    <message>
        <source>Use the default folder</source>
        <translation>Usar la carpeta predeterminada</translation>
    </message>
</context>
<context>
    <name>custos::ui::AuditFilterBar</name>
    <message>
        <source>Sign-ins and locks</source>
        <translation>Inicios de sesión y bloqueos</translation>
    </message>
    <message>
        <source>Passwords and recovery</source>
        <translation>Contraseñas y recuperación</translation>
    </message>
    <message>
        <source>Staff changes</source>
        <translation>Cambios de personal</translation>
    </message>
    <message>
        <source>Background checks</source>
        <translation>Verificaciones de antecedentes</translation>
    </message>
    <message>
        <source>Disclosure grants</source>
        <translation>Autorizaciones de divulgación</translation>
    </message>
    <message>
        <source>Card numbers shown or copied</source>
        <translation>Números de tarjeta mostrados o copiados</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Order exports</source>
        <translation>Exportaciones de pedidos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Access reviews</source>
        <translation>Revisiones de accesos</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Almacén</translation>
    </message>
    <message>
        <source>&amp;Employee:</source>
        <translation>&amp;Empleado:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Acc&amp;ión:</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Cualquier resultado</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Re&amp;stablecer</translation>
    </message>
    <message>
        <source>Show every event again</source>
        <translation>Vuelve a mostrar todos los eventos</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>%1 (all)</source>
        <translation>%1 (todas)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>custos::ui::AuditPage</name>
    <message>
        <source>The audit log is for owners and managers. If you need to know who did what, ask one of them.</source>
        <translation>El registro de auditoría es para propietarios y gerentes. Si necesita saber quién hizo qué, pregunte a uno de ellos.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Your own events and those of the clerks.</source>
        <translation>Sus propios eventos y los de los dependientes.</translation>
    </message>
    <message>
        <source>Every event in this vault.</source>
        <translation>Todos los eventos de este almacén.</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Verificar cade&amp;na</translation>
    </message>
    <message>
        <source>Check that no event was changed or removed since it was written</source>
        <translation>Comprueba que ningún evento se ha modificado ni eliminado desde que se escribió</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>The audit log cannot be shown because reading it could not be recorded: %1</source>
        <translation>No se puede mostrar el registro de auditoría porque no se ha podido anotar su lectura: %1</translation>
    </message>
    <message>
        <source>No event matches these filters.</source>
        <translation>Ningún evento coincide con estos filtros.</translation>
    </message>
    <message>
        <source>No events.</source>
        <translation>No hay eventos.</translation>
    </message>
    <message>
        <source>%1 events shown; scroll down for older ones.</source>
        <translation>Se muestran %1 eventos; desplácese hacia abajo para ver los anteriores.</translation>
    </message>
    <message>
        <source>%1 events.</source>
        <translation>%1 eventos.</translation>
    </message>
    <message>
        <source>From event %1: %2 Press Reset to see the newest events again.</source>
        <translation>Desde el evento %1: %2 Pulse Restablecer para volver a ver los eventos más recientes.</translation>
    </message>
    <message>
        <source>The audit log could not be verified: %1</source>
        <translation>No se ha podido verificar el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>1 signed checkpoint</source>
        <translation>1 punto de control firmado</translation>
    </message>
    <message>
        <source>%1 signed checkpoints</source>
        <translation>%1 puntos de control firmados</translation>
    </message>
    <message>
        <source>&lt;b&gt;Audit chain intact:&lt;/b&gt; %1 events checked, %2.</source>
        <translation>&lt;b&gt;Cadena de auditoría intacta:&lt;/b&gt; %1 eventos comprobados, %2.</translation>
    </message>
    <message>
        <source>Your new checkpoint covers event %1.</source>
        <translation>Su nuevo punto de control abarca el evento %1.</translation>
    </message>
    <message>
        <source>The newest checkpoint covers event %1 (%2).</source>
        <translation>El punto de control más reciente abarca el evento %1 (%2).</translation>
    </message>
    <message>
        <source>No checkpoint is signed yet: an owner's verification signs one.</source>
        <translation>Todavía no hay ningún punto de control firmado: la verificación de un propietario firma uno.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Audit chain broken.&lt;/b&gt; %1 The log was altered outside Custos; keep this vault and its backups for investigation.</source>
        <translation>&lt;b&gt;Cadena de auditoría rota.&lt;/b&gt; %1 El registro se ha alterado fuera de Custos; conserve este almacén y sus copias de seguridad para la investigación.</translation>
    </message>
    <message>
        <source>&lt;a href="#bad-event"&gt;Show event %1&lt;/a&gt;</source>
        <translation>&lt;a href="#bad-event"&gt;Mostrar el evento %1&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>custos::ui::AuditTableModel</name>
    <message>
        <source>Vault creation</source>
        <translation>Creación del almacén</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Cierre de sesión</translation>
    </message>
    <message>
        <source>Lock (idle)</source>
        <translation>Bloqueo (inactividad)</translation>
    </message>
    <message>
        <source>Lock (manual)</source>
        <translation>Bloqueo (manual)</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloqueo</translation>
    </message>
    <message>
        <source>Account lock-out</source>
        <translation>Bloqueo de cuenta</translation>
    </message>
    <message>
        <source>Password change</source>
        <translation>Cambio de contraseña</translation>
    </message>
    <message>
        <source>Recovery code use</source>
        <translation>Uso del código de recuperación</translation>
    </message>
    <message>
        <source>New employee</source>
        <translation>Nuevo empleado</translation>
    </message>
    <message>
        <source>Security policy change</source>
        <translation>Cambio de la política de seguridad</translation>
    </message>
    <message>
        <source>Business profile change</source>
        <translation>Cambio del perfil de la empresa</translation>
    </message>
    <message>
        <source>Recovery sheet output</source>
        <translation>Emisión de la hoja de recuperación</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objeto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Role change</source>
        <translation>Cambio de función</translation>
    </message>
    <message>
        <source>Employee deactivation</source>
        <translation>Desactivación de empleado</translation>
    </message>
    <message>
        <source>Employee reactivation</source>
        <translation>Reactivación de empleado</translation>
    </message>
    <message>
        <source>Background check recorded</source>
        <translation>Verificación de antecedentes registrada</translation>
    </message>
    <message>
        <source>Background check update</source>
        <translation>Actualización de verificación de antecedentes</translation>
    </message>
    <message>
        <source>Disclosure grant</source>
        <translation>Concesión de autorización de divulgación</translation>
    </message>
    <message>
        <source>Disclosure revocation</source>
        <translation>Revocación de autorización de divulgación</translation>
    </message>
    <message>
        <source>Disclosure removal</source>
        <translation>Retirada de autorización de divulgación</translation>
    </message>
    <message>
        <source>Card number reveal</source>
        <translation>Revelación de número de tarjeta</translation>
    </message>
    <message>
        <source>Card number copy</source>
        <translation>Copia de número de tarjeta</translation>
    </message>
    <message>
        <source>Access review sign-off</source>
        <translation>Aprobación de la revisión de accesos</translation>
    </message>
    <message>
        <source>Audit log checkpoint</source>
        <translation>Punto de control del registro de auditoría</translation>
    </message>
    <message>
        <source>Audit log reading</source>
        <translation>Lectura del registro de auditoría</translation>
    </message>
    <message>
        <source>Audit log verification</source>
        <translation>Verificación del registro de auditoría</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Customer change</source>
        <translation>Modificación de cliente</translation>
    </message>
    <message>
        <source>Customer archived</source>
        <translation>Cliente archivado</translation>
    </message>
    <message>
        <source>Customer restored</source>
        <translation>Cliente restaurado</translation>
    </message>
    <message>
        <source>Customer import</source>
        <translation>Importación de clientes</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nuevo pedido</translation>
    </message>
    <message>
        <source>Order status change</source>
        <translation>Cambio de estado de pedido</translation>
    </message>
    <message>
        <source>Card number purge</source>
        <translation>Borrado definitivo de número de tarjeta</translation>
    </message>
    <message>
        <source>Order export</source>
        <translation>Exportación de pedidos</translation>
    </message>
    <message>
        <source>Card retention change</source>
        <translation>Cambio del plazo de conservación de tarjetas</translation>
    </message>
    <message>
        <source>Default region change</source>
        <translation>Cambio de la región predeterminada</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>custos::ui::BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>A backup is one encrypted file holding the whole vault, as well protected as the vault itself: it opens only with an owner's password or the recovery code. Keep backups on a USB drive or a network share, not on this computer's own disk.</source>
        <translation>Una copia de seguridad es un único archivo cifrado que contiene todo el almacén y está tan protegido como el propio almacén: solo se abre con la contraseña de un propietario o con el código de recuperación. Guarde las copias de seguridad en una unidad USB o en una carpeta compartida de red, no en el disco de este ordenador.</translation>
    </message>
    <message>
        <source>For example a USB drive: /media/backup</source>
        <translation>Por ejemplo, una unidad USB: /media/backup</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> copias</translation>
    </message>
    <message>
        <source>Only when I click Back up now</source>
        <translation>Solo cuando haga clic en Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>At every sign-out</source>
        <translation>En cada cierre de sesión</translation>
    </message>
    <message>
        <source>Once a day, at sign-out</source>
        <translation>Una vez al día, al cerrar sesión</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Carpeta de copias de seguridad:</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>Conservar las &amp;más recientes:</translation>
    </message>
    <message>
        <source>Back up &amp;automatically:</source>
        <translation>Hacer copias &amp;automáticamente:</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last verified backup&lt;/b&gt;</source>
        <translation>&lt;b&gt;Última copia de seguridad verificada&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups of this vault in the folder&lt;/b&gt;</source>
        <translation>&lt;b&gt;Copias de seguridad de este almacén en la carpeta&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>None yet. Make one now: a vault without a backup is one dead disk away from losing every customer and order.</source>
        <translation>Todavía no hay ninguna. Haga una ahora: un almacén sin copia de seguridad está a un disco averiado de perder todos los clientes y pedidos.</translation>
    </message>
    <message>
        <source>%1 (today)</source>
        <translation>%1 (hoy)</translation>
    </message>
    <message>
        <source>%1 (yesterday)</source>
        <translation>%1 (ayer)</translation>
    </message>
    <message>
        <source>%1 (%2 days ago)</source>
        <translation>%1 (hace %2 días)</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Making the backup…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Error en la copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a backup folder first.</source>
        <translation>Elija primero una carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copia de seguridad realizada</translation>
    </message>
    <message>
        <source>The backup was written and verified:
%1</source>
        <translation>La copia de seguridad se ha escrito y verificado:
%1</translation>
    </message>
    <message>
        <source>Waiting for the security check to finish reading the vault…</source>
        <translation>Esperando a que la comprobación de seguridad termine de leer el almacén…</translation>
    </message>
</context>
<context>
    <name>custos::ui::BusinessPage</name>
    <message>
        <source>Your business</source>
        <translation>Su empresa</translation>
    </message>
    <message>
        <source>Printed on order forms, reports and the recovery sheet. You can change it later in Settings.</source>
        <translation>Se imprime en los formularios de pedido, los informes y la hoja de recuperación. Puede cambiarlo más adelante en Configuración.</translation>
    </message>
</context>
<context>
    <name>custos::ui::BusinessProfileDialog</name>
    <message>
        <source>Business profile</source>
        <translation>Perfil de la empresa</translation>
    </message>
    <message>
        <source>Printed on order forms, reports and the recovery sheet. Changes are recorded in the audit log.</source>
        <translation>Se imprime en los formularios de pedido, los informes y la hoja de recuperación. Los cambios quedan anotados en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Only an owner can change the business profile.</source>
        <translation>Solo un propietario puede cambiar el perfil de la empresa.</translation>
    </message>
</context>
<context>
    <name>custos::ui::BusinessProfileForm</name>
    <message>
        <source>As registered, e.g. Harbor Lane Supplies Ltd.</source>
        <translation>Tal como consta en el registro, p. ej., Harbor Lane Supplies Ltd.</translation>
    </message>
    <message>
        <source>Street and number</source>
        <translation>Calle y número</translation>
    </message>
    <message>
        <source>The number customers call</source>
        <translation>El número al que llaman los clientes</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>&amp;Legal name *</source>
        <translation>&amp;Razón social *</translation>
    </message>
    <message>
        <source>&amp;Street</source>
        <translation>&amp;Calle</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>C&amp;iudad</translation>
    </message>
    <message>
        <source>P&amp;ostal code</source>
        <translation>Código p&amp;ostal</translation>
    </message>
    <message>
        <source>&amp;Region / state</source>
        <translation>Re&amp;gión / provincia</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <source>&amp;Phone *</source>
        <translation>&amp;Teléfono *</translation>
    </message>
    <message>
        <source>&amp;Fax</source>
        <translation>&amp;Fax</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>Correo &amp;electrónico</translation>
    </message>
    <message>
        <source>Pri&amp;vacy contact</source>
        <translation>Contacto de pri&amp;vacidad</translation>
    </message>
    <message>
        <source>Who customers write to about their personal data; printed on order forms. Left empty, the email address is used.</source>
        <translation>A quién escriben los clientes sobre sus datos personales; se imprime en los formularios de pedido. Si se deja vacío, se usa la dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>Name, email or postal address</source>
        <translation>Nombre, correo electrónico o dirección postal</translation>
    </message>
    <message>
        <source>%1 (the email address)</source>
        <translation>%1 (la dirección de correo electrónico)</translation>
    </message>
</context>
<context>
    <name>custos::ui::CardSection</name>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>MM/YY</source>
        <translation>MM/AA</translation>
    </message>
    <message>
        <source>As printed on the card</source>
        <translation>Tal como figura en la tarjeta</translation>
    </message>
    <message>
        <source>Used for this call only — never stored.</source>
        <translation>Solo se usa para esta llamada — nunca se guarda.</translation>
    </message>
    <message>
        <source>Card &amp;number</source>
        <translation>&amp;Número de tarjeta</translation>
    </message>
    <message>
        <source>E&amp;xpiry</source>
        <translation>Ca&amp;ducidad</translation>
    </message>
    <message>
        <source>Name on car&amp;d</source>
        <translation>Nom&amp;bre en la tarjeta</translation>
    </message>
    <message>
        <source>Security &amp;code</source>
        <translation>Código de &amp;seguridad</translation>
    </message>
    <message>
        <source>The number passes the check-digit test.</source>
        <translation>El número supera la comprobación del dígito de control.</translation>
    </message>
    <message>
        <source>Card number valid</source>
        <translation>Número de tarjeta válido</translation>
    </message>
    <message>
        <source>Card number not valid</source>
        <translation>Número de tarjeta no válido</translation>
    </message>
    <message>
        <source>Only the last 4 digits are shown. Type to enter a different card.</source>
        <translation>Solo se muestran los 4 últimos dígitos. Escriba para introducir otra tarjeta.</translation>
    </message>
</context>
<context>
    <name>custos::ui::ChangePasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>Elija una nueva contraseña</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>At least %1 characters and hard to guess; different from your last %2 passwords. A few unrelated words work well.</source>
        <translation>Al menos %1 caracteres y difícil de adivinar; distinta de sus últimas %2 contraseñas. Unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>&amp;One-time password:</source>
        <translation>Contraseña de &amp;un solo uso:</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm new password:</source>
        <translation>&amp;Confirmar nueva contraseña:</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>This is your first sign-in, with a one-time password someone gave you. Choose your own password now: from here on, only you will know it.</source>
        <translation>Este es su primer inicio de sesión, con una contraseña de un solo uso que le ha dado otra persona. Elija ahora su propia contraseña: a partir de este momento, solo usted la conocerá.</translation>
    </message>
    <message>
        <source>Your password is more than %1 days old. The security policy asks for a new one at least that often (PCI DSS 8.3.9).</source>
        <translation>Su contraseña tiene más de %1 días. La política de seguridad exige una nueva al menos con esa frecuencia (PCI DSS 8.3.9).</translation>
    </message>
    <message>
        <source>The vault was opened with the recovery code. Choose a new password to finish.</source>
        <translation>El almacén cifrado se ha abierto con el código de recuperación. Elija una nueva contraseña para terminar.</translation>
    </message>
    <message>
        <source>Type your current password once and the new one twice.</source>
        <translation>Escriba su contraseña actual una vez y la nueva dos veces.</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Introduzca su contraseña actual.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Introduzca una nueva contraseña.</translation>
    </message>
    <message>
        <source>The two new passwords do not match. Type them again.</source>
        <translation>Las dos contraseñas nuevas no coinciden. Vuelva a escribirlas.</translation>
    </message>
</context>
<context>
    <name>custos::ui::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Custos keeps only what an order needs: name, residence address, contact number; email is optional.</source>
        <translation>Custos solo guarda lo que necesita un pedido: nombre, domicilio y número de contacto; el correo electrónico es opcional.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Calle:</translation>
    </message>
    <message>
        <source>&amp;Town or city:</source>
        <translation>&amp;Localidad o ciudad:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Postcode:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>P&amp;aís:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>020 7946 0018 or +44 20 7946 0018</source>
        <translation>912 345 678 o +34 912 345 678</translation>
    </message>
    <message>
        <source>County, state or province — optional</source>
        <translation>Provincia, estado o condado — opcional</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <source>Edit the existing customer instead of adding a new one.</source>
        <translation>Edita el cliente existente en lugar de añadir uno nuevo.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>A different person who shares these details: save as a new customer.</source>
        <translation>Es otra persona con los mismos datos: se guarda como cliente nuevo.</translation>
    </message>
    <message>
        <source>Edit customer — %1</source>
        <translation>Editar cliente — %1</translation>
    </message>
    <message>
        <source>Possible duplicate: %1</source>
        <translation>Posible duplicado: %1</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivado)</translation>
    </message>
    <message>
        <source>— and %1 more with the same details.</source>
        <translation>— y %1 más con los mismos datos.</translation>
    </message>
</context>
<context>
    <name>custos::ui::CustomerImportWizard</name>
    <message>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <source>Choose a CSV file</source>
        <translation>Elija un archivo CSV</translation>
    </message>
    <message>
        <source>One customer per row, with a header row naming the columns.</source>
        <translation>Un cliente por fila, con una fila de encabezado que indique los nombres de las columnas.</translation>
    </message>
    <message>
        <source>Needed columns: %1. Region and email are optional; other columns are ignored, because Custos keeps only what an order needs.</source>
        <translation>Columnas necesarias: %1. La región y el correo electrónico son opcionales; las demás columnas se ignoran, porque Custos solo guarda lo que necesita un pedido.</translation>
    </message>
    <message>
        <source>Path of the file</source>
        <translation>Ruta del archivo</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Compruebe las filas</translation>
    </message>
    <message>
        <source>Nothing is saved until you press Import.</source>
        <translation>No se guarda nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación finalizada</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>There is no file at this path.</source>
        <translation>No hay ningún archivo en esta ruta.</translation>
    </message>
    <message>
        <source>This file is larger than %1 MB: split it into smaller files.</source>
        <translation>Este archivo ocupa más de %1 MB: divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>None of the %1 in this file can be imported: see Status.</source>
        <translation>No se puede importar nada de este archivo (%1): consulte la columna Estado.</translation>
    </message>
    <message>
        <source>%1 in the file: %2 will be imported, %3 skipped.</source>
        <translation>%1 en el archivo. Se importarán: %2; se omitirán: %3.</translation>
    </message>
    <message>
        <source>Ignored columns (not imported): %1</source>
        <translation>Columnas ignoradas (no se importan): %1</translation>
    </message>
    <message>
        <source>Import rows that look like existing customers too (%1)</source>
        <translation>Importar también las filas que parecen clientes existentes (%1)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
    <message>
        <source>Imported %1; %2 skipped.</source>
        <translation>Se han importado: %1; se han omitido: %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
</context>
<context>
    <name>custos::ui::CustomerListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archivado)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>custos::ui::CustomerLookup</name>
    <message>
        <source>Name, phone, postal code or email — ↓ to choose</source>
        <translation>Nombre, teléfono, código postal o correo electrónico — ↓ para elegir</translation>
    </message>
    <message>
        <source>+ New customer “%1”</source>
        <translation>+ Nuevo cliente “%1”</translation>
    </message>
    <message>
        <source>No customer matches “%1”</source>
        <translation>Ningún cliente coincide con “%1”</translation>
    </message>
</context>
<context>
    <name>custos::ui::CustomersPage</name>
    <message>
        <source>Search name, phone, postcode or email — Ctrl+F</source>
        <translation>Buscar por nombre, teléfono, código postal o correo electrónico — Ctrl+F</translation>
    </message>
    <message>
        <source>Show &amp;archived</source>
        <translation>Mostrar &amp;archivados</translation>
    </message>
    <message>
        <source>Name A–Z</source>
        <translation>Nombre A–Z</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguos primero</translation>
    </message>
    <message>
        <source>Order of the list</source>
        <translation>Orden de la lista</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>Add a customer (Ctrl+Shift+N)</source>
        <translation>Añade un cliente (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>See and edit the selected customer (Enter)</source>
        <translation>Muestra y edita el cliente seleccionado (Enter)</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>Nuevo pedido</translation>
    </message>
    <message>
        <source>Take an order for the selected customer (Ctrl+Enter)</source>
        <translation>Registra un pedido del cliente seleccionado (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Add customers from a spreadsheet export</source>
        <translation>Añade clientes exportados desde una hoja de cálculo</translation>
    </message>
    <message>
        <source>Archive or restore</source>
        <translation>Archivar o restaurar</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Bring the customer back to the list (Delete)</source>
        <translation>Devuelve el cliente a la lista (Delete)</translation>
    </message>
    <message>
        <source>Hide the customer from the list; nothing is deleted (Delete)</source>
        <translation>Oculta el cliente de la lista; no se elimina nada (Delete)</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 clientes</translation>
    </message>
    <message>
        <source>No customers yet. Press Ctrl+Shift+N to add the first one, or import a CSV file.</source>
        <translation>Todavía no hay clientes. Pulse Ctrl+Shift+N para añadir el primero o importe un archivo CSV.</translation>
    </message>
    <message>
        <source>No customer matches “%1”. Press Ctrl+Shift+N to add them.</source>
        <translation>Ningún cliente coincide con «%1». Pulse Ctrl+Shift+N para añadirlo.</translation>
    </message>
    <message>
        <source>Archive customer</source>
        <translation>Archivar cliente</translation>
    </message>
    <message>
        <source>Archive %1? They leave the customer list and cannot get new orders. Nothing is deleted: tick “Show archived” to find and restore them.</source>
        <translation>¿Desea archivar a %1? Dejará de aparecer en la lista de clientes y no se le podrán tomar pedidos nuevos. No se elimina nada: marque «Mostrar archivados» para encontrarlo y restaurarlo.</translation>
    </message>
    <message>
        <source>Restore customer</source>
        <translation>Restaurar cliente</translation>
    </message>
    <message>
        <source>Restore %1 to the customer list?</source>
        <translation>¿Desea restaurar a %1 en la lista de clientes?</translation>
    </message>
    <message>
        <source>Customer not changed</source>
        <translation>No se ha modificado el cliente</translation>
    </message>
    <message>
        <source>%1+ customers — scroll for more, or type more to narrow</source>
        <translation>%1+ clientes — desplácese para ver más o siga escribiendo para acotar</translation>
    </message>
    <message>
        <source>No customer is called “%1”. Type a third letter to find names that start with it.</source>
        <translation>Ningún cliente se llama “%1”. Escriba una tercera letra para buscar los nombres que empiezan así.</translation>
    </message>
    <message>
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;xportar datos personales…</translation>
    </message>
    <message>
        <source>E&amp;rase customer…</source>
        <translation>&amp;Suprimir cliente…</translation>
    </message>
    <message>
        <source>Data rights</source>
        <translation>Derechos sobre los datos</translation>
    </message>
    <message>
        <source>Export or erase the selected customer's personal data (GDPR)</source>
        <translation>Exporta o suprime los datos personales del cliente seleccionado (RGPD)</translation>
    </message>
    <message>
        <source>Select a customer first.</source>
        <translation>Seleccione primero un cliente.</translation>
    </message>
    <message>
        <source>Save everything held about the customer as JSON and PDF (Ctrl+Shift+E)</source>
        <translation>Guarda todo lo que se conserva sobre el cliente en JSON y PDF (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Erase the customer's personal data; orders stay for the accounts (Ctrl+Shift+Delete)</source>
        <translation>Suprime los datos personales del cliente; los pedidos se conservan para la contabilidad (Ctrl+Shift+Delete)</translation>
    </message>
    <message>
        <source>customer-%1-personal-data-%2.pdf</source>
        <translation>customer-%1-personal-data-%2.pdf</translation>
    </message>
    <message>
        <source>Export personal data — the JSON file is saved beside the PDF</source>
        <translation>Exportar datos personales — el archivo JSON se guarda junto al PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Personal data not exported</source>
        <translation>No se han exportado los datos personales</translation>
    </message>
    <message>
        <source>Personal data exported</source>
        <translation>Datos personales exportados</translation>
    </message>
    <message>
        <source>Saved, with signatures (.sig) made with the business key %1:
%2</source>
        <translation>Guardado, con firmas (.sig) hechas con la clave de la empresa %1:
%2</translation>
    </message>
    <message>
        <source>Saved (not signed: the signing key is held by the owners):
%1</source>
        <translation>Guardado (sin firmar: la clave de firma la tienen los propietarios):
%1</translation>
    </message>
    <message>
        <source>Customer erased</source>
        <translation>Cliente suprimido</translation>
    </message>
    <message>
        <source>The personal data was erased; the customer's orders (%1) stay for the accounts as “%2”. Give the customer the certificate:
%3</source>
        <translation>Se han suprimido los datos personales; los pedidos del cliente (%1) se conservan para la contabilidad como «%2». Entregue al cliente el certificado:
%3</translation>
    </message>
</context>
<context>
    <name>custos::ui::DocumentPreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print on a printer (Ctrl+P)</source>
        <translation>Imprime en una impresora (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save as a PDF file (Ctrl+S)</source>
        <translation>Guarda como archivo PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Ctrl+P print · Ctrl+S save as PDF · Ctrl+plus / Ctrl+minus zoom · Esc close</source>
        <translation>Ctrl+P imprimir · Ctrl+S guardar como PDF · Ctrl+más / Ctrl+menos zoom · Esc cerrar</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>custos::ui::DocumentSettingsDialog</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Paper size</source>
        <translation>&amp;Tamaño del papel</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Printed at the top of order forms and confirmations. PNG or JPEG, at most 1 MB; large images are scaled down to %1 pixels wide. A simple black logo faxes best.</source>
        <translation>Se imprime en la parte superior de los formularios de pedido y de las confirmaciones. PNG o JPEG, 1 MB como máximo; las imágenes grandes se reducen a %1 píxeles de ancho. Un logotipo sencillo en negro es el que mejor se ve por fax.</translation>
    </message>
    <message>
        <source>Only an owner can change the document settings.</source>
        <translation>Solo un propietario puede cambiar los ajustes de los documentos.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elija un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif)</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Desea descartar los cambios?</translation>
    </message>
    <message>
        <source>The document settings have unsaved changes. Close without saving them?</source>
        <translation>Los ajustes de los documentos tienen cambios sin guardar. ¿Desea cerrar sin guardarlos?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
</context>
<context>
    <name>custos::ui::EraseCustomerDialog</name>
    <message>
        <source>Erase customer</source>
        <translation>Suprimir cliente</translation>
    </message>
    <message>
        <source>e.g. customer's letter of 2 May asking to be forgotten</source>
        <translation>p. ej., carta del cliente del 2 de mayo en la que pide ser olvidado</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>&amp;Type the name or ERASE:</source>
        <translation>Escriba el &amp;nombre o ERASE:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Save the &amp;certificate to:</source>
        <translation>Guardar el &amp;certificado en:</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Suprimir</translation>
    </message>
    <message>
        <source>%1 cannot be erased yet.</source>
        <translation>Todavía no se puede suprimir a %1.</translation>
    </message>
    <message>
        <source>Erase the personal data of %1? This cannot be undone.</source>
        <translation>¿Desea suprimir los datos personales de %1? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Name, address, phone number and email are removed; the record becomes “%1”.</source>
        <translation>Se eliminan el nombre, la dirección, el número de teléfono y el correo electrónico; el registro pasa a ser «%1».</translation>
    </message>
    <message>
        <source>1 order is kept for the accounts, without notes or card holder name.</source>
        <translation>Se conserva 1 pedido para la contabilidad, sin notas ni nombre del titular de la tarjeta.</translation>
    </message>
    <message>
        <source>%1 orders are kept for the accounts, without notes or card holder names.</source>
        <translation>Se conservan %1 pedidos para la contabilidad, sin notas ni nombres de los titulares de las tarjetas.</translation>
    </message>
    <message>
        <source>No stored card number is left to destroy.</source>
        <translation>No queda ningún número de tarjeta guardado que destruir.</translation>
    </message>
    <message>
        <source>1 stored card number will be destroyed.</source>
        <translation>Se destruirá 1 número de tarjeta guardado.</translation>
    </message>
    <message>
        <source>%1 stored card numbers will be destroyed.</source>
        <translation>Se destruirán %1 números de tarjeta guardados.</translation>
    </message>
    <message>
        <source>A signed erasure certificate is saved for the customer; Custos keeps no copy of it.</source>
        <translation>Se guarda un certificado de supresión firmado para el cliente; Custos no conserva ninguna copia.</translation>
    </message>
    <message>
        <source>erasure-certificate-customer-%1-%2.pdf</source>
        <translation>erasure-certificate-customer-%1-%2.pdf</translation>
    </message>
    <message>
        <source>Not possible now: see above.</source>
        <translation>No es posible ahora: consulte lo indicado arriba.</translation>
    </message>
    <message>
        <source>Type the customer's name exactly, or ERASE, to confirm.</source>
        <translation>Escriba exactamente el nombre del cliente, o ERASE, para confirmar.</translation>
    </message>
    <message>
        <source>Say why the customer is erased.</source>
        <translation>Indique por qué se suprime el cliente.</translation>
    </message>
    <message>
        <source>Erase now and save the certificate</source>
        <translation>Suprimir ahora y guardar el certificado</translation>
    </message>
    <message>
        <source>Save the erasure certificate</source>
        <translation>Guardar el certificado de supresión</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>custos::ui::GrantDialog</name>
    <message>
        <source>You hold no card access yourself, so you cannot pass it on.</source>
        <translation>Usted no tiene acceso a tarjetas, así que no puede concederlo a otros.</translation>
    </message>
    <message>
        <source>%1's account is deactivated.</source>
        <translation>La cuenta de %1 está desactivada.</translation>
    </message>
    <message>
        <source>Nobody can give card access to themselves: ask another manager or the owner.</source>
        <translation>Nadie puede concederse acceso a tarjetas a sí mismo: pídaselo a otro gerente o al propietario.</translation>
    </message>
    <message>
        <source>%1's role, %2, never sees full card numbers: only a screened manager or owner can receive card access.</source>
        <translation>La función de %1, %2, nunca ve números de tarjeta completos: solo un gerente o un propietario con verificación de antecedentes puede recibir acceso a tarjetas.</translation>
    </message>
    <message>
        <source>%1 has no background check on record. Card access needs a cleared, unexpired check: record one first.</source>
        <translation>%1 no tiene ninguna verificación de antecedentes registrada. El acceso a tarjetas requiere una verificación superada y no caducada: registre una primero.</translation>
    </message>
    <message>
        <source>%1's background check is still pending. Card access needs a cleared check.</source>
        <translation>La verificación de antecedentes de %1 todavía está pendiente. El acceso a tarjetas requiere una verificación superada.</translation>
    </message>
    <message>
        <source>%1's background check failed. Card access needs a cleared check.</source>
        <translation>La verificación de antecedentes de %1 no se ha superado. El acceso a tarjetas requiere una verificación superada.</translation>
    </message>
    <message>
        <source>%1's background check has expired. Record a new cleared check first.</source>
        <translation>La verificación de antecedentes de %1 ha caducado. Registre primero una nueva verificación superada.</translation>
    </message>
    <message>
        <source>Card access — %1</source>
        <translation>Acceso a tarjetas — %1</translation>
    </message>
    <message>
        <source>Give card access to %1</source>
        <translation>Conceder acceso a tarjetas a %1</translation>
    </message>
    <message>
        <source>Card access lets them open a full card number, one order at a time, each time giving a reason that goes into the audit log. It ends on the date below or when their background check lapses, whichever comes first, and you can revoke it at any time.</source>
        <translation>El acceso a tarjetas permite abrir un número de tarjeta completo, pedido a pedido, indicando cada vez un motivo que queda anotado en el registro de auditoría. Termina en la fecha indicada abajo o cuando caduque su verificación de antecedentes, lo que ocurra primero, y puede revocarlo en cualquier momento.</translation>
    </message>
    <message>
        <source>%1 until %2</source>
        <translation>%1 hasta el %2</translation>
    </message>
    <message>
        <source>Not possible: %1</source>
        <translation>No es posible: %1</translation>
    </message>
    <message>
        <source>The business need, e.g. handles chargebacks and refunds by phone</source>
        <translation>La necesidad del negocio, p. ej., gestiona contracargos y reembolsos por teléfono</translation>
    </message>
    <message>
        <source>The last day of access. It cannot outlast the background check.</source>
        <translation>Último día de acceso. No puede ir más allá de la verificación de antecedentes.</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Función:</translation>
    </message>
    <message>
        <source>Background check:</source>
        <translation>Verificación de antecedentes:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Access &amp;until:</source>
        <translation>Acceso &amp;hasta:</translation>
    </message>
    <message>
        <source>&amp;Grant access</source>
        <translation>&amp;Conceder acceso</translation>
    </message>
</context>
<context>
    <name>custos::ui::HomePage</name>
    <message>
        <source>Recent activity</source>
        <translation>Actividad reciente</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Fax:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Privacy contact:</source>
        <translation>Contacto de privacidad:</translation>
    </message>
    <message>
        <source>Signed in as %1 — %2</source>
        <translation>Sesión iniciada como %1 — %2</translation>
    </message>
    <message>
        <source>Change now</source>
        <translation>Cambiar ahora</translation>
    </message>
    <message>
        <source>Your password expires today — %1</source>
        <translation>Su contraseña caduca hoy — %1</translation>
    </message>
    <message>
        <source>Your password expires tomorrow — %1</source>
        <translation>Su contraseña caduca mañana — %1</translation>
    </message>
    <message>
        <source>Your password expires in %1 days — %2</source>
        <translation>Su contraseña caduca dentro de %1 días — %2</translation>
    </message>
    <message>
        <source>Your last %1 actions.</source>
        <translation>Sus últimas %1 acciones.</translation>
    </message>
    <message>
        <source>The last %1 events in this vault, by everyone.</source>
        <translation>Los últimos %1 eventos de este almacén cifrado, de todos los usuarios.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 días)</translation>
    </message>
    <message>
        <source>Background checks expiring within %1 days: %2 — %3</source>
        <translation>Verificaciones de antecedentes que caducan en los próximos %1 días: %2 — %3</translation>
    </message>
    <message>
        <source>record new checks</source>
        <translation>registrar nuevas verificaciones</translation>
    </message>
    <message>
        <source>Accounts not used for a long time: %1. They are deactivated after %2 days unused — %3</source>
        <translation>Cuentas sin usar desde hace mucho tiempo: %1. Se desactivan tras %2 días sin uso — %3</translation>
    </message>
    <message>
        <source>review them</source>
        <translation>revisarlas</translation>
    </message>
    <message>
        <source>The access review is due — %1</source>
        <translation>Corresponde hacer la revisión de accesos — %1</translation>
    </message>
    <message>
        <source>review and sign it off</source>
        <translation>revisarla y aprobarla</translation>
    </message>
    <message>
        <source>The last %1 events by you and the clerks.</source>
        <translation>Los últimos %1 eventos suyos y de los dependientes.</translation>
    </message>
    <message>
        <source>open Security check</source>
        <translation>abrir Autocomprobación de seguridad</translation>
    </message>
    <message>
        <source>Security check: 1 problem needs attention — %1</source>
        <translation>Autocomprobación de seguridad: 1 problema requiere atención — %1</translation>
    </message>
    <message>
        <source>Security check: %1 problems need attention — %2</source>
        <translation>Autocomprobación de seguridad: %1 problemas requieren atención — %2</translation>
    </message>
    <message>
        <source> (and 1 warning)</source>
        <translation> (y 1 advertencia)</translation>
    </message>
    <message>
        <source> (and %1 warnings)</source>
        <translation> (y %1 advertencias)</translation>
    </message>
    <message>
        <source>Security check: no problems, 1 warning — %1</source>
        <translation>Autocomprobación de seguridad: sin problemas, 1 advertencia — %1</translation>
    </message>
    <message>
        <source>Security check: no problems, %1 warnings — %2</source>
        <translation>Autocomprobación de seguridad: sin problemas, %1 advertencias — %2</translation>
    </message>
</context>
<context>
    <name>custos::ui::ImportPreviewModel</name>
    <message>
        <source>Will import</source>
        <translation>Se importará</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Se omitirá: %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>cliente %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>same customer as line %1</source>
        <translation>mismo cliente que la línea %1</translation>
    </message>
    <message>
        <source>already in the vault as %1</source>
        <translation>ya está en el almacén como %1</translation>
    </message>
    <message>
        <source>Will import (possible duplicate: %1)</source>
        <translation>Se importará (posible duplicado: %1)</translation>
    </message>
</context>
<context>
    <name>custos::ui::KeysDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Key rotation</source>
        <translation>Renovación de claves</translation>
    </message>
    <message>
        <source>Rotate the vault key (the master key) now?

The whole vault file is re-encrypted under a new key. On a large vault this takes a few minutes and cannot be cancelled once it has started; Custos stays unusable meanwhile. If the computer stops in the middle, the vault opens afterwards with either the old or the new key. Every employee signs in with their usual password afterwards.</source>
        <translation>¿Desea renovar ahora la clave del almacén (la clave maestra)?

Todo el archivo del almacén se vuelve a cifrar con una clave nueva. En un almacén grande esto tarda unos minutos y no se puede cancelar una vez iniciado; mientras tanto, Custos no se puede usar. Si el ordenador se detiene a mitad, después el almacén se abre con la clave antigua o con la nueva. Después, todos los empleados inician sesión con su contraseña habitual.</translation>
    </message>
    <message>
        <source>Rotate the card-data key now?

Every stored card number is sealed again to a new key and every card access grant is issued again; the old key is destroyed. You can cancel while it runs: nothing changes until it has finished.</source>
        <translation>¿Desea renovar ahora la clave de datos de tarjeta?

Todos los números de tarjeta guardados se vuelven a sellar con una clave nueva y todas las autorizaciones de acceso a tarjetas se vuelven a emitir; la clave antigua se destruye. Puede cancelar mientras se ejecuta: no cambia nada hasta que termina.</translation>
    </message>
    <message>
        <source>Rotate the signing key now?

Documents, reports and audit checkpoints are signed with a new key from now on. Those signed before stay verifiable with the old public key, which Custos keeps. Give the new public key and its fingerprint (Settings → Signing key…) to whoever checks your documents.</source>
        <translation>¿Desea renovar ahora la clave de firma?

A partir de ahora, los documentos, los informes y los puntos de control de auditoría se firman con una clave nueva. Los firmados antes se siguen pudiendo verificar con la clave pública antigua, que Custos conserva. Entregue la nueva clave pública y su huella digital (Configuración → Clave de firma…) a quien compruebe sus documentos.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Custos protects this vault with three keys. Replace each one at the end of its cryptoperiod (%1 months, PCI DSS 3.6-3.7), and at once if you suspect it was exposed: a stolen computer, a lost backup, an employee who held the card-data key leaving on bad terms. Each rotation is all or nothing: even a power cut in the middle leaves the old key or the new one in use, never a mixture.</source>
        <translation>Custos protege este almacén con tres claves. Sustituya cada una al final de su criptoperiodo (%1 meses, PCI DSS 3.6-3.7), y de inmediato si sospecha que ha quedado expuesta: un ordenador robado, una copia de seguridad perdida, un empleado que tenía la clave de datos de tarjeta y se marcha en malos términos. Cada renovación es todo o nada: incluso un corte de luz a mitad deja en uso la clave antigua o la nueva, nunca una mezcla.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>In use since</source>
        <translation>En uso desde</translation>
    </message>
    <message>
        <source>Cryptoperiod ends</source>
        <translation>Fin del criptoperiodo</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Huella digital (SHA-256)</translation>
    </message>
    <message>
        <source>Retired keys</source>
        <translation>Claves retiradas</translation>
    </message>
    <message>
        <source>Rotate &amp;vault key…</source>
        <translation>Renovar clave del &amp;almacén…</translation>
    </message>
    <message>
        <source>The master key; encrypts the vault file. Rotating it re-encrypts the whole file under a new key and gives every employee's key slot and the recovery sheet the new key. It can take minutes on a large vault and cannot be cancelled once started, but a crash in the middle is safe.</source>
        <translation>La clave maestra; cifra el archivo del almacén. Al renovarla, todo el archivo se vuelve a cifrar con una clave nueva y la ranura de clave de cada empleado y la hoja de recuperación reciben la clave nueva. Puede tardar minutos en un almacén grande y no se puede cancelar una vez iniciada, pero un fallo a mitad no pone nada en riesgo.</translation>
    </message>
    <message>
        <source>Rotate &amp;card-data key…</source>
        <translation>Renovar clave de datos de &amp;tarjeta…</translation>
    </message>
    <message>
        <source>Seals the stored card numbers. Rotating it seals every card number again to a new key and issues every card access grant again; the old key is destroyed. It can be cancelled while it runs.</source>
        <translation>Sella los números de tarjeta guardados. Al renovarla, todos los números de tarjeta se vuelven a sellar con una clave nueva y todas las autorizaciones de acceso a tarjetas se vuelven a emitir; la clave antigua se destruye. Se puede cancelar mientras se ejecuta.</translation>
    </message>
    <message>
        <source>Rotate &amp;signing key…</source>
        <translation>Renovar clave de &amp;firma…</translation>
    </message>
    <message>
        <source>Signs documents, reports and audit checkpoints. Rotating it makes a new key; documents signed before stay verifiable with the old public key, which is kept. Give the new public key and fingerprint to whoever verifies your documents (Settings → Signing key…).</source>
        <translation>Firma documentos, informes y puntos de control de auditoría. Al renovarla se crea una clave nueva; los documentos firmados antes se siguen pudiendo verificar con la clave pública antigua, que se conserva. Entregue la nueva clave pública y la huella digital a quien verifique sus documentos (Configuración → Clave de firma…).</translation>
    </message>
    <message>
        <source>This vault was made before key rotation existed. The first rotation also brings the recovery sheet's key slot up to date, so that the sheet keeps opening the vault: type the recovery code from the sheet once.</source>
        <translation>Este almacén se creó antes de que existiera la renovación de claves. La primera renovación también actualiza la ranura de clave de la hoja de recuperación, para que la hoja siga abriendo el almacén: escriba una vez el código de recuperación de la hoja.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>Recovery co&amp;de:</source>
        <translation>Có&amp;digo de recuperación:</translation>
    </message>
    <message>
        <source>The keys cannot be read: %1</source>
        <translation>No se pueden leer las claves: %1</translation>
    </message>
    <message>
        <source>%1 — due now</source>
        <translation>%1 — renovación pendiente</translation>
    </message>
    <message>
        <source>This key is past its cryptoperiod: rotate it.</source>
        <translation>Esta clave ha superado su criptoperiodo: renuévela.</translation>
    </message>
    <message>
        <source>— (a secret key, no public part)</source>
        <translation>— (clave secreta, sin parte pública)</translation>
    </message>
    <message>
        <source>Type the recovery code from the recovery sheet first: this vault needs it once.</source>
        <translation>Escriba primero el código de recuperación de la hoja de recuperación: este almacén lo necesita una vez.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renovar</translation>
    </message>
    <message>
        <source>%1: cancelled. Nothing was changed; the current key stays in use.</source>
        <translation>%1: renovación cancelada. No se ha cambiado nada; la clave actual sigue en uso.</translation>
    </message>
    <message>
        <source>%1: not rotated. %2</source>
        <translation>%1: no renovada. %2</translation>
    </message>
    <message>
        <source>Key rotation failed</source>
        <translation>La renovación de la clave ha fallado</translation>
    </message>
    <message>
        <source>Sealing the card numbers to the new key…</source>
        <translation>Sellando los números de tarjeta con la clave nueva…</translation>
    </message>
    <message>
        <source>Re-encrypting the vault file under the new vault key. This cannot be cancelled; should the computer stop, the vault opens with the old key or the new one.</source>
        <translation>Volviendo a cifrar el archivo del almacén con la nueva clave del almacén. No se puede cancelar; si el ordenador se detiene, el almacén se abre con la clave antigua o con la nueva.</translation>
    </message>
    <message>
        <source>Elapsed: %1:%2</source>
        <translation>Tiempo transcurrido: %1:%2</translation>
    </message>
    <message>
        <source>The master key rotation stopped without a result.</source>
        <translation>La renovación de la clave maestra se ha detenido sin resultado.</translation>
    </message>
    <message>
        <source>New fingerprint: %1</source>
        <translation>Huella digital nueva: %1</translation>
    </message>
    <message>
        <source>Old fingerprint: %1</source>
        <translation>Huella digital antigua: %1</translation>
    </message>
    <message>
        <source>in under a second</source>
        <translation>en menos de un segundo</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>en %1 s</translation>
    </message>
    <message>
        <source>The vault key was rotated %1: the vault file is encrypted under the new key. Key slots holding it (employees and the recovery sheet): %2.</source>
        <translation>La clave del almacén se ha renovado %1: el archivo del almacén está cifrado con la clave nueva. Ranuras de clave que la tienen (empleados y hoja de recuperación): %2.</translation>
    </message>
    <message>
        <source>The card-data key was rotated %1. Card numbers sealed to the new key: %2. Card access grants issued again: %3. The old key is destroyed.</source>
        <translation>La clave de datos de tarjeta se ha renovado %1. Números de tarjeta sellados con la clave nueva: %2. Autorizaciones de acceso a tarjetas emitidas de nuevo: %3. La clave antigua se ha destruido.</translation>
    </message>
    <message>
        <source>The signing key was rotated %1. Documents signed before keep verifying with the old public key. Give the new public key (Settings → Signing key… → Export) and its fingerprint to whoever checks your documents.</source>
        <translation>La clave de firma se ha renovado %1. Los documentos firmados antes se siguen verificando con la clave pública antigua. Entregue la nueva clave pública (Configuración → Clave de firma… → Exportar) y su huella digital a quien compruebe sus documentos.</translation>
    </message>
</context>
<context>
    <name>custos::ui::MainWindow</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock Custos now; sign in again to continue.</source>
        <translation>Bloquea Custos ahora; para continuar, vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Pedidos</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Nuevo pedido…</translation>
    </message>
    <message>
        <source>Take an order on the phone, by fax, mail or at the counter.</source>
        <translation>Registre un pedido recibido por teléfono, fax, correo postal o en el mostrador.</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Con&amp;figuración</translation>
    </message>
    <message>
        <source>&amp;Business profile…</source>
        <translation>&amp;Perfil de la empresa…</translation>
    </message>
    <message>
        <source>&amp;Security policy…</source>
        <translation>Política de &amp;seguridad…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Privacy &amp;&amp; security</source>
        <translation>&amp;Privacidad &amp;&amp; seguridad</translation>
    </message>
    <message>
        <source>&amp;About Custos</source>
        <translation>&amp;Acerca de Custos</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Almacén cifrado: %1</translation>
    </message>
    <message>
        <source>DEMO VAULT</source>
        <translation>ALMACÉN DE DEMOSTRACIÓN</translation>
    </message>
    <message>
        <source>Sample data with public passwords. Never enter real customer data here.</source>
        <translation>Datos de ejemplo con contraseñas públicas. No introduzca nunca aquí datos reales de clientes.</translation>
    </message>
    <message>
        <source>Custos — %1</source>
        <translation>Custos — %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sesión no iniciada</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>Per&amp;sonal</translation>
    </message>
    <message>
        <source>Access review</source>
        <translation>Revisión de accesos</translation>
    </message>
    <message>
        <source>Access &amp;review</source>
        <translation>&amp;Revisión de accesos</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation>Registro de &amp;auditoría</translation>
    </message>
    <message>
        <source>Card access could not be checked: %1</source>
        <translation>No se ha podido comprobar el acceso a tarjetas: %1</translation>
    </message>
    <message>
        <source>1 card access grant ended: expired, check lapsed or account deactivated.</source>
        <translation>Ha terminado 1 autorización de acceso a tarjetas: caducada, verificación vencida o cuenta desactivada.</translation>
    </message>
    <message>
        <source>%1 card access grants ended: expired, check lapsed or account deactivated.</source>
        <translation>Han terminado %1 autorizaciones de acceso a tarjetas: caducadas, verificación vencida o cuenta desactivada.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>In&amp;formes</translation>
    </message>
    <message>
        <source>Security check</source>
        <translation>Autocomprobación de seguridad</translation>
    </message>
    <message>
        <source>Security chec&amp;k</source>
        <translation>Autocomprobación de se&amp;guridad</translation>
    </message>
    <message>
        <source>&amp;Print blank order form…</source>
        <translation>&amp;Imprimir formulario de pedido en blanco…</translation>
    </message>
    <message>
        <source>Print or fax a blank phone, fax and mail order form with the privacy notice.</source>
        <translation>Imprime o envía por fax un formulario de pedido en blanco para teléfono, fax y correo postal, con el aviso de privacidad.</translation>
    </message>
    <message>
        <source>P&amp;rivacy notice…</source>
        <translation>Aviso de p&amp;rivacidad…</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documentos…</translation>
    </message>
    <message>
        <source>Si&amp;gning key…</source>
        <translation>Clave de &amp;firma…</translation>
    </message>
    <message>
        <source>Bac&amp;kups…</source>
        <translation>C&amp;opias de seguridad…</translation>
    </message>
    <message>
        <source>K&amp;eys…</source>
        <translation>C&amp;laves…</translation>
    </message>
    <message>
        <source>See the vault keys' age and replace the master, card-data or signing key.</source>
        <translation>Muestra la antigüedad de las claves del almacén y sustituye la clave maestra, la de datos de tarjeta o la de firma.</translation>
    </message>
</context>
<context>
    <name>custos::ui::OneTimePasswordView</name>
    <message>
        <source>&amp;Copy password</source>
        <translation>&amp;Copiar contraseña</translation>
    </message>
    <message>
        <source>The clipboard is cleared when you lock or sign out, if it still holds the password.</source>
        <translation>El portapapeles se vacía al bloquear o cerrar sesión, si todavía contiene la contraseña.</translation>
    </message>
    <message>
        <source>Copied. Paste it only where the employee will read it in person.</source>
        <translation>Copiada. Péguela solo donde el empleado vaya a leerla en persona.</translation>
    </message>
    <message>
        <source>Give this password to the employee in person — not by email, chat or phone message. It is shown only now: Custos does not keep it in readable form. At their first sign-in they must choose their own.</source>
        <translation>Entregue esta contraseña al empleado en persona — no por correo electrónico, chat ni mensaje de teléfono. Solo se muestra ahora: Custos no la guarda de forma legible. En su primer inicio de sesión, el empleado deberá elegir la suya.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>One-time password:</source>
        <translation>Contraseña de un solo uso:</translation>
    </message>
    <message>
        <source>%1 can now sign in</source>
        <translation>%1 ya puede iniciar sesión</translation>
    </message>
</context>
<context>
    <name>custos::ui::OrderDetailDialog</name>
    <message>
        <source>Mark &amp;charged</source>
        <translation>Marcar como &amp;cobrado</translation>
    </message>
    <message>
        <source>Mark &amp;shipped</source>
        <translation>Marcar como &amp;enviado</translation>
    </message>
    <message>
        <source>C&amp;lose order</source>
        <translation>Ce&amp;rrar pedido</translation>
    </message>
    <message>
        <source>Cancel &amp;order…</source>
        <translation>Cancelar &amp;pedido…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Note for the history (optional), e.g. the authorisation code</source>
        <translation>Nota para el historial (opcional), p. ej., el código de autorización</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Order not available</source>
        <translation>Pedido no disponible</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Pedido %1</translation>
    </message>
    <message>
        <source>(customer not available)</source>
        <translation>(cliente no disponible)</translation>
    </message>
    <message>
        <source>%1 · %2 · taken %3</source>
        <translation>%1 · %2 · registrado el %3</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>Subtotal %1 &amp;nbsp;·&amp;nbsp; Tax (%2 %) %3 &amp;nbsp;·&amp;nbsp; &lt;b&gt;Total %4&lt;/b&gt;</source>
        <translation>Subtotal %1 &amp;nbsp;·&amp;nbsp; Impuesto (%2 %) %3 &amp;nbsp;·&amp;nbsp; &lt;b&gt;Total %4&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No card was taken for this order.</source>
        <translation>No se ha registrado ninguna tarjeta para este pedido.</translation>
    </message>
    <message>
        <source>%1 · expires %2 · %3</source>
        <translation>%1 · caducidad %2 · %3</translation>
    </message>
    <message>
        <source>The full number is still held, sealed: only staff with a disclosure grant can open it. It is purged once the order is charged and the retention period has passed.</source>
        <translation>El número completo sigue guardado y sellado: solo el personal con permiso de revelación puede abrirlo. Se borra definitivamente cuando el pedido se ha cobrado y ha transcurrido el plazo de conservación.</translation>
    </message>
    <message>
        <source>The full number was purged on %1; only the last 4 digits remain.</source>
        <translation>El número completo se borró definitivamente el %1; solo quedan los 4 últimos dígitos.</translation>
    </message>
    <message>
        <source>The full number is not held; only the last 4 digits remain.</source>
        <translation>El número completo no se conserva; solo quedan los 4 últimos dígitos.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No further steps</source>
        <translation>No hay más pasos</translation>
    </message>
    <message>
        <source>Cancel this order?</source>
        <translation>¿Cancelar este pedido?</translation>
    </message>
    <message>
        <source>A cancelled order cannot be reopened, and its sealed card number is purged now.</source>
        <translation>Un pedido cancelado no se puede reabrir, y su número de tarjeta sellado se borra definitivamente ahora.</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <source>%1 seconds</source>
        <translation>%1 segundos</translation>
    </message>
    <message>
        <source>&amp;Reveal…</source>
        <translation>Re&amp;velar…</translation>
    </message>
    <message>
        <source>&amp;Why do you need the full number?</source>
        <translation>¿Por &amp;qué necesita el número completo?</translation>
    </message>
    <message>
        <source>For example: the customer disputes the charge and the bank asks for the number</source>
        <translation>Por ejemplo: el cliente disputa el cargo y el banco pide el número</translation>
    </message>
    <message>
        <source>&amp;Show number</source>
        <translation>&amp;Mostrar número</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Ocu&amp;ltar</translation>
    </message>
    <message>
        <source>Shows the full number for %1 once you say why. Every reveal is recorded.</source>
        <translation>Muestra el número completo durante %1 cuando indique el motivo. Cada revelación queda anotada.</translation>
    </message>
    <message>
        <source>Hides in 1 second</source>
        <translation>Se oculta en 1 segundo</translation>
    </message>
    <message>
        <source>Hides in %1 seconds</source>
        <translation>Se oculta en %1 segundos</translation>
    </message>
    <message>
        <source>Copied. The clipboard is cleared in %1 unless something else is copied first.</source>
        <translation>Copiado. El portapapeles se vaciará en %1, salvo que antes se copie otra cosa.</translation>
    </message>
    <message>
        <source>&amp;Print confirmation…</source>
        <translation>&amp;Imprimir confirmación…</translation>
    </message>
    <message>
        <source>Preview, print or save the order confirmation (Ctrl+P)</source>
        <translation>Muestra la vista previa, imprime o guarda la confirmación de pedido (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>custos::ui::OrderEditor</name>
    <message>
        <source>New order — %1</source>
        <translation>Nuevo pedido — %1</translation>
    </message>
    <message>
        <source>Read the privacy notice: %1</source>
        <translation>Lea el aviso de privacidad: %1</translation>
    </message>
    <message>
        <source>Delivery instructions, what was agreed on the phone…</source>
        <translation>Instrucciones de entrega, lo acordado por teléfono…</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otas</translation>
    </message>
    <message>
        <source>Save order</source>
        <translation>Guardar pedido</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>C&amp;liente</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Líneas de pedido</translation>
    </message>
    <message>
        <source>Type to fill a cell, Tab to move on · Insert or Ctrl+Enter: new line · Delete: remove line · Ctrl+Z: undo</source>
        <translation>Escriba para rellenar una celda, Tab para pasar a la siguiente · Insert o Ctrl+Enter: nueva línea · Delete: eliminar línea · Ctrl+Z: deshacer</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Save order</source>
        <translation>&amp;Guardar pedido</translation>
    </message>
    <message>
        <source>Enter or Ctrl+S</source>
        <translation>Enter o Ctrl+S</translation>
    </message>
    <message>
        <source>Enter a tax rate from 0 to 100 %.</source>
        <translation>Introduzca un tipo impositivo de 0 a 100 %.</translation>
    </message>
    <message>
        <source>Order %1 saved</source>
        <translation>Pedido %1 guardado</translation>
    </message>
    <message>
        <source>Discard this order?</source>
        <translation>¿Descartar este pedido?</translation>
    </message>
    <message>
        <source>What you typed for this order will be lost, card details included.</source>
        <translation>Se perderá lo que ha escrito para este pedido, incluidos los datos de la tarjeta.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Tax &amp;rate</source>
        <translation>&amp;Tipo impositivo</translation>
    </message>
    <message>
        <source>Tax (%1 %)</source>
        <translation>Impuesto (%1 %)</translation>
    </message>
    <message>
        <source>Privacy notice — read to the caller (F2)</source>
        <translation>Aviso de privacidad — léalo a la persona que llama (F2)</translation>
    </message>
    <message>
        <source>Show or hide the privacy notice</source>
        <translation>Muestra u oculta el aviso de privacidad</translation>
    </message>
</context>
<context>
    <name>custos::ui::OrderLinesModel</name>
    <message>
        <source>Edit line %1</source>
        <translation>Editar línea %1</translation>
    </message>
    <message>
        <source>Add line %1</source>
        <translation>Añadir línea %1</translation>
    </message>
    <message>
        <source>Remove line %1</source>
        <translation>Quitar línea %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Enter the unit price.</source>
        <translation>Introduzca el precio unitario.</translation>
    </message>
</context>
<context>
    <name>custos::ui::OrderLinesView</name>
    <message>
        <source>Add line</source>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Eliminar línea</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
</context>
<context>
    <name>custos::ui::OrderListModel</name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
</context>
<context>
    <name>custos::ui::OrdersPage</name>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>Nuevo pedido…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Writes the orders the filters show to a CSV file (cards as last 4 only).</source>
        <translation>Escribe en un archivo CSV los pedidos que muestran los filtros (de las tarjetas, solo los 4 últimos dígitos).</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Export orders</source>
        <translation>Exportar pedidos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting orders…</source>
        <translation>Exportando pedidos…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export cancelled — no file was written.</source>
        <translation>Exportación cancelada — no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Order number, or customer name, phone, postal code, email</source>
        <translation>Número de pedido, o nombre, teléfono, código postal o correo electrónico del cliente</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Tick the statuses to show; with none ticked, every status is shown.</source>
        <translation>Marque los estados que desea mostrar; si no marca ninguno, se muestran todos.</translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 pedido</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 pedidos</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Exportados a %2: %1.</translation>
    </message>
    <message>
        <source>Writes the orders the filters show to a CSV file (cards as BIN and last 4 only).</source>
        <translation>Escribe en un archivo CSV los pedidos que muestran los filtros (de las tarjetas, solo el BIN y los 4 últimos dígitos).</translation>
    </message>
</context>
<context>
    <name>custos::ui::OwnerPage</name>
    <message>
        <source>Your owner account</source>
        <translation>Su cuenta de propietario</translation>
    </message>
    <message>
        <source>The owner can do everything: add staff, decide who may see card numbers, export reports.</source>
        <translation>El propietario puede hacerlo todo: añadir personal, decidir quién puede ver los números de tarjeta y exportar informes.</translation>
    </message>
    <message>
        <source>e.g. Mary Hollis</source>
        <translation>p. ej., Mary Hollis</translation>
    </message>
    <message>
        <source>For signing in, e.g. mary</source>
        <translation>Para iniciar sesión, p. ej., mary</translation>
    </message>
    <message>
        <source>&amp;Show password</source>
        <translation>&amp;Mostrar contraseña</translation>
    </message>
    <message>
        <source>A good password is long and yours alone: at least %1 characters (PCI DSS 8.3.6). Three or four unrelated words work well; avoid your name and the business's name. Custos asks for a new one every %2 days.</source>
        <translation>Una buena contraseña es larga y solo suya: al menos %1 caracteres (PCI DSS 8.3.6). Tres o cuatro palabras sin relación entre sí funcionan bien; evite su nombre y el de la empresa. Custos le pedirá una nueva cada %2 días.</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>&amp;Nombre completo</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>C&amp;onfirm password</source>
        <translation>Con&amp;firmar contraseña</translation>
    </message>
    <message>
        <source>Enter your full name.</source>
        <translation>Introduzca su nombre completo.</translation>
    </message>
    <message>
        <source>Choose a password for your owner account.</source>
        <translation>Elija una contraseña para su cuenta de propietario.</translation>
    </message>
    <message>
        <source>Type the password a second time under "Confirm password".</source>
        <translation>Vuelva a escribir la contraseña en "Confirmar contraseña".</translation>
    </message>
    <message>
        <source>The two passwords do not match. Type the same password in both fields.</source>
        <translation>Las dos contraseñas no coinciden. Escriba la misma contraseña en ambos campos.</translation>
    </message>
</context>
<context>
    <name>custos::ui::PasswordStrengthMeter</name>
    <message numerus="yes">
        <source>At least %n characters; a few unrelated words work well.</source>
        <translation>
            <numerusform>Al menos %n carácter; unas cuantas palabras sin relación entre sí funcionan bien.</numerusform>
            <numerusform>Al menos %n caracteres; unas cuantas palabras sin relación entre sí funcionan bien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too short: %1 of %2 characters.</source>
        <translation>Demasiado corta: %1 de %2 caracteres.</translation>
    </message>
</context>
<context>
    <name>custos::ui::PrivacyNoticeDialog</name>
    <message>
        <source>Privacy notice</source>
        <translation>Aviso de privacidad</translation>
    </message>
    <message>
        <source>Customers are told how their data is used (GDPR Art. 13): the notice is printed on every order form and in reports; the phone script is what clerks read to callers before taking their details. Placeholders such as {business} are filled in with the business profile.</source>
        <translation>Se informa a los clientes de cómo se usan sus datos (RGPD art. 13): el aviso se imprime en cada formulario de pedido y en los informes; el guion telefónico es lo que los dependientes leen a quienes llaman antes de tomar sus datos. Los marcadores como {business} se rellenan con el perfil de la empresa.</translation>
    </message>
    <message>
        <source>&amp;Full notice (blank line between paragraphs)</source>
        <translation>Aviso &amp;completo (línea en blanco entre párrafos)</translation>
    </message>
    <message>
        <source>P&amp;hone script (3–4 short sentences)</source>
        <translation>&amp;Guion telefónico (3–4 frases cortas)</translation>
    </message>
    <message>
        <source>Place&amp;holders</source>
        <translation>&amp;Marcadores</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>&amp;Insertar</translation>
    </message>
    <message>
        <source>Insert the placeholder into the text you edited last (or double-click it)</source>
        <translation>Inserta el marcador en el último texto que ha editado (o haga doble clic en él)</translation>
    </message>
    <message>
        <source>Pre&amp;view with your business details</source>
        <translation>&amp;Vista previa con los datos de su empresa</translation>
    </message>
    <message>
        <source>&amp;Restore default</source>
        <translation>&amp;Restaurar texto predeterminado</translation>
    </message>
    <message>
        <source>Only an owner can change the privacy notice.</source>
        <translation>Solo un propietario puede cambiar el aviso de privacidad.</translation>
    </message>
    <message>
        <source>Phone script</source>
        <translation>Guion telefónico</translation>
    </message>
    <message>
        <source>Full notice</source>
        <translation>Aviso completo</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Desea descartar los cambios?</translation>
    </message>
    <message>
        <source>The privacy notice has unsaved changes. Close without saving them?</source>
        <translation>El aviso de privacidad tiene cambios sin guardar. ¿Desea cerrar sin guardarlos?</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
</context>
<context>
    <name>custos::ui::ReasonDialog</name>
    <message>
        <source>Recorded in the audit log</source>
        <translation>Queda anotado en el registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>custos::ui::RecoveryDialog</name>
    <message>
        <source>Reset the owner's password</source>
        <translation>Restablecer la contraseña del propietario</translation>
    </message>
    <message>
        <source>An owner who forgot their password can set a new one with the recovery code printed on the recovery sheet at setup. Case, spaces and dashes do not matter.</source>
        <translation>Un propietario que haya olvidado su contraseña puede establecer una nueva con el código de recuperación impreso en la hoja de recuperación durante la configuración. No importan las mayúsculas, los espacios ni los guiones.</translation>
    </message>
    <message>
        <source>Owner's &amp;user name:</source>
        <translation>Nombre de &amp;usuario del propietario:</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>Código de &amp;recuperación:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm password:</source>
        <translation>&amp;Confirmar contraseña:</translation>
    </message>
    <message>
        <source>Reset password and sign in</source>
        <translation>Restablecer contraseña e iniciar sesión</translation>
    </message>
    <message>
        <source>Enter the owner's user name.</source>
        <translation>Introduzca el nombre de usuario del propietario.</translation>
    </message>
    <message>
        <source>A recovery code has 25 letters and digits, as printed on the recovery sheet.</source>
        <translation>Un código de recuperación tiene 25 letras y dígitos, tal como aparece impreso en la hoja de recuperación.</translation>
    </message>
    <message>
        <source>The two new passwords do not match. Type them again.</source>
        <translation>Las dos contraseñas nuevas no coinciden. Vuelva a escribirlas.</translation>
    </message>
</context>
<context>
    <name>custos::ui::RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Su código de recuperación</translation>
    </message>
    <message>
        <source>If you ever forget your password, this code is the only way back into the vault.</source>
        <translation>Si alguna vez olvida su contraseña, este código es la única forma de volver a acceder al almacén cifrado.</translation>
    </message>
    <message>
        <source>Custos shows this code &lt;b&gt;only once&lt;/b&gt; and keeps no copy it could show you again. Anyone holding it together with a copy of the vault can read all customer data, so keep it locked away, not next to this computer.</source>
        <translation>Custos muestra este código &lt;b&gt;solo una vez&lt;/b&gt; y no guarda ninguna copia que pueda volver a mostrarle. Cualquiera que lo tenga junto con una copia del almacén puede leer todos los datos de los clientes, así que guárdelo bajo llave, no junto a este ordenador.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>&amp;Save recovery sheet as PDF…</source>
        <translation>&amp;Guardar hoja de recuperación como PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the sheet, or save it to a USB stick that you keep in a safe place. Do not leave the PDF on this computer.</source>
        <translation>Imprima la hoja o guárdela en una memoria USB que conserve en un lugar seguro. No deje el PDF en este ordenador.</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery code and will keep it somewhere &amp;safe</source>
        <translation>He impreso o guardado el código de recuperación y lo conservaré en un lugar &amp;seguro</translation>
    </message>
    <message>
        <source>The business or owner details changed after the sheet was made. The code is the same, but save or print the sheet again so that it shows the right details.</source>
        <translation>Los datos de la empresa o del propietario han cambiado después de crear la hoja. El código es el mismo, pero vuelva a guardar o imprimir la hoja para que muestre los datos correctos.</translation>
    </message>
    <message>
        <source>Save recovery sheet</source>
        <translation>Guardar hoja de recuperación</translation>
    </message>
    <message>
        <source>Custos recovery sheet.pdf</source>
        <translation>Hoja de recuperación de Custos.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1. Copy it to a USB stick or print it, then delete it from this computer.</source>
        <translation>Guardado en %1. Cópielo a una memoria USB o imprímalo y, después, elimínelo de este ordenador.</translation>
    </message>
    <message>
        <source>Custos recovery sheet</source>
        <translation>Hoja de recuperación de Custos</translation>
    </message>
    <message>
        <source>Print recovery sheet</source>
        <translation>Imprimir hoja de recuperación</translation>
    </message>
    <message>
        <source>The printer reported an error. Check it and print again, or save the sheet as PDF.</source>
        <translation>La impresora ha notificado un error. Compruébela y vuelva a imprimir, o guarde la hoja como PDF.</translation>
    </message>
    <message>
        <source>Sent to %1. Check that the page printed completely and the code is readable.</source>
        <translation>Enviado a %1. Compruebe que la página se ha impreso completa y que el código es legible.</translation>
    </message>
    <message>
        <source>the printer</source>
        <translation>la impresora</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation>Creando el almacén cifrado…</translation>
    </message>
</context>
<context>
    <name>custos::ui::ReportsPage</name>
    <message>
        <source>&lt;h2&gt;Compliance reports&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Informes de cumplimiento&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Each report is saved as PDF or CSV with a signature file next to it (FILE.sig), so an auditor or a bank can check that nobody changed it.</source>
        <translation>Cada informe se guarda en PDF o CSV con un archivo de firma al lado (FILE.sig), para que un auditor o un banco pueda comprobar que nadie lo ha modificado.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Qué muestra</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;Last quarter</source>
        <translation>Último &amp;trimestre</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>This report shows the state today.</source>
        <translation>Este informe muestra el estado actual.</translation>
    </message>
    <message>
        <source>The statement is a PDF only.</source>
        <translation>La declaración solo está disponible en PDF.</translation>
    </message>
    <message>
        <source>The period starts after it ends: correct the dates.</source>
        <translation>El periodo empieza después de terminar: corrija las fechas.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Writing the %1 report…</source>
        <translation>Escribiendo el informe %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>Saved %1 and its signature %2, signed with the key %3.</source>
        <translation>Se han guardado %1 y su firma %2, firmados con la clave %3.</translation>
    </message>
    <message>
        <source>Export cancelled — no file was written.</source>
        <translation>Exportación cancelada — no se ha escrito ningún archivo.</translation>
    </message>
</context>
<context>
    <name>custos::ui::RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar a partir de una copia de seguridad</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Choose the backup file to restore (custos-backup-….cbk), for example on the USB drive or network share the backups are written to. Nothing is changed before the last step.</source>
        <translation>Elija el archivo de copia de seguridad que desea restaurar (custos-backup-….cbk), por ejemplo en la unidad USB o la carpeta compartida de red en la que se escriben las copias de seguridad. No se cambia nada antes del último paso.</translation>
    </message>
    <message>
        <source>For example /media/backup/custos-backup-….cbk</source>
        <translation>Por ejemplo, /media/backup/custos-backup-….cbk</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>Archivo de &amp;copia de seguridad:</translation>
    </message>
    <message>
        <source>A backup is as well protected as the vault: it opens only with the password of an owner who was in the vault when the backup was made, or with the vault's recovery code.</source>
        <translation>Una copia de seguridad está tan protegida como el almacén: solo se abre con la contraseña de un propietario que estaba en el almacén cuando se hizo la copia, o con el código de recuperación del almacén.</translation>
    </message>
    <message>
        <source>With an &amp;owner's user name and password</source>
        <translation>Con el nombre de usuario y la contraseña de un &amp;propietario</translation>
    </message>
    <message>
        <source>With the re&amp;covery code from the recovery sheet</source>
        <translation>Con el &amp;código de recuperación de la hoja de recuperación</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>Recovery co&amp;de:</source>
        <translation>Có&amp;digo de recuperación:</translation>
    </message>
    <message>
        <source>The backup is intact and holds:</source>
        <translation>La copia de seguridad está intacta y contiene:</translation>
    </message>
    <message>
        <source>Business:</source>
        <translation>Empresa:</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Creada:</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>Creada por:</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Contiene:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Restore &amp;into folder:</source>
        <translation>Restaurar en la &amp;carpeta:</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Elija el archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Unlock the backup</source>
        <translation>Desbloquee la copia de seguridad</translation>
    </message>
    <message>
        <source>Check the backup and choose where it goes</source>
        <translation>Compruebe la copia de seguridad y elija dónde restaurarla</translation>
    </message>
    <message>
        <source>Confirm the restore</source>
        <translation>Confirme la restauración</translation>
    </message>
    <message>
        <source>Step %1 of 4: %2</source>
        <translation>Paso %1 de 4: %2</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Elija un archivo de copia de seguridad</translation>
    </message>
    <message>
        <source>Custos backups (*.cbk);;All files (*)</source>
        <translation>Copias de seguridad de Custos (*.cbk);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the backup file first (Browse…).</source>
        <translation>Elija primero el archivo de copia de seguridad (Examinar…).</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose the backup file inside it (custos-backup-….cbk).</source>
        <translation>%1 es una carpeta. Elija el archivo de copia de seguridad que contiene (custos-backup-….cbk).</translation>
    </message>
    <message>
        <source>Choose another backup file (custos-backup-….cbk), for example an older one.</source>
        <translation>Elija otro archivo de copia de seguridad (custos-backup-….cbk), por ejemplo, uno más antiguo.</translation>
    </message>
    <message>
        <source>in the future: check this computer's date and time</source>
        <translation>en el futuro: compruebe la fecha y la hora de este ordenador</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup of %1
Made %2 at %3 (%4)
%5</source>
        <translation>Copia de seguridad de %1
Creada el %2 a las %3 (%4)
%5</translation>
    </message>
    <message>
        <source>(no business name)</source>
        <translation>(sin nombre de empresa)</translation>
    </message>
    <message>
        <source>Enter an owner's user name.</source>
        <translation>Introduzca el nombre de usuario de un propietario.</translation>
    </message>
    <message>
        <source>Enter the owner's password.</source>
        <translation>Introduzca la contraseña del propietario.</translation>
    </message>
    <message>
        <source>Enter the recovery code printed on the recovery sheet.</source>
        <translation>Introduzca el código de recuperación impreso en la hoja de recuperación.</translation>
    </message>
    <message>
        <source>Choose an older backup.</source>
        <translation>Elija una copia de seguridad más antigua.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(no registrado)</translation>
    </message>
    <message>
        <source>Customers: %1, orders: %2, employees: %3, audit events: %4</source>
        <translation>Clientes: %1, pedidos: %2, empleados: %3, eventos de auditoría: %4</translation>
    </message>
    <message>
        <source>Choose a new or empty folder, or the folder of the vault to replace.</source>
        <translation>Elija una carpeta nueva o vacía, o la carpeta del almacén que desea sustituir.</translation>
    </message>
    <message>
        <source>&lt;date-time&gt;</source>
        <translation>&lt;fecha-hora&gt;</translation>
    </message>
    <message>
        <source>This is the folder of the vault open now (%1). It is not overwritten: Custos closes it and moves it aside, untouched, to "%2", where it can still be opened. Everything entered after the backup was made stays in that copy only.</source>
        <translation>Esta es la carpeta del almacén abierto ahora (%1). No se sobrescribe: Custos lo cierra y lo aparta, intacto, a "%2", donde se puede seguir abriendo. Todo lo introducido después de hacer la copia de seguridad queda solo en esa copia.</translation>
    </message>
    <message>
        <source>no business name</source>
        <translation>sin nombre de empresa</translation>
    </message>
    <message>
        <source>This folder holds a vault (%1). It is not overwritten: it is moved aside, untouched, to "%2", where it can still be opened.</source>
        <translation>Esta carpeta contiene un almacén (%1). No se sobrescribe: se aparta, intacto, a "%2", donde se puede seguir abriendo.</translation>
    </message>
    <message>
        <source>The vault is restored into this new folder; nothing else is changed.</source>
        <translation>El almacén se restaura en esta carpeta nueva; no se cambia nada más.</translation>
    </message>
    <message>
        <source>Custos opens the restored vault right away, but at start it looks in %1: to open this vault next time, start Custos with --vault "%2".</source>
        <translation>Custos abre el almacén restaurado de inmediato, pero al iniciarse busca en %1: para abrir este almacén la próxima vez, inicie Custos con --vault "%2".</translation>
    </message>
    <message>
        <source>Restore the vault into</source>
        <translation>Restaurar el almacén en</translation>
    </message>
    <message>
        <source>Custos vault</source>
        <translation>Almacén de Custos</translation>
    </message>
    <message>
        <source>Choose the folder to restore the vault into.</source>
        <translation>Elija la carpeta en la que desea restaurar el almacén.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder for the vault.</source>
        <translation>%1 es un archivo, no una carpeta. Elija una carpeta para el almacén.</translation>
    </message>
    <message>
        <source>%1 is not empty and holds no vault. Choose an empty or new folder: the restored vault needs a folder of its own.</source>
        <translation>%1 no está vacía y no contiene ningún almacén. Elija una carpeta vacía o nueva: el almacén restaurado necesita una carpeta propia.</translation>
    </message>
    <message>
        <source>%1 is inside the vault folder %2. Choose a folder outside it.</source>
        <translation>%1 está dentro de la carpeta del almacén %2. Elija una carpeta fuera de ella.</translation>
    </message>
    <message>
        <source>Restore the backup of &lt;b&gt;%1&lt;/b&gt; made %2 at %3 by %4 (customers: %5, orders: %6, employees: %7)</source>
        <translation>¿Desea restaurar la copia de seguridad de &lt;b&gt;%1&lt;/b&gt; creada el %2 a las %3 por %4 (clientes: %5, pedidos: %6, empleados: %7)</translation>
    </message>
    <message>
        <source>into &lt;b&gt;%1&lt;/b&gt;?</source>
        <translation>en &lt;b&gt;%1&lt;/b&gt;?</translation>
    </message>
    <message>
        <source>The vault now in that folder is moved aside, untouched, to &lt;b&gt;%1&lt;/b&gt;. Nothing is deleted or overwritten; orders and customers entered after %2 are only in that copy.</source>
        <translation>El almacén que está ahora en esa carpeta se aparta, intacto, a &lt;b&gt;%1&lt;/b&gt;. No se elimina ni se sobrescribe nada; los pedidos y clientes introducidos después del %2 solo están en esa copia.</translation>
    </message>
    <message>
        <source>Custos closes the open vault for the restore and then shows the sign-in window of the restored one.</source>
        <translation>Custos cierra el almacén abierto para la restauración y, después, muestra la ventana de inicio de sesión del almacén restaurado.</translation>
    </message>
    <message>
        <source>The folder is new or empty; no other vault is changed.</source>
        <translation>La carpeta es nueva o está vacía; no se cambia ningún otro almacén.</translation>
    </message>
    <message>
        <source>Sign in afterwards with an account of the backup: passwords are those of the day it was made.</source>
        <translation>Después, inicie sesión con una cuenta de la copia de seguridad: las contraseñas son las del día en que se hizo.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>No se ha restaurado la copia de seguridad</translation>
    </message>
    <message>
        <source>The vault in %1 is open in another Custos window or in custos-cli. Close it there and try again. Nothing was changed.</source>
        <translation>El almacén de %1 está abierto en otra ventana de Custos o en custos-cli. Ciérrelo allí y vuelva a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Restoring the vault…</source>
        <translation>Restaurando el almacén…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation>Restauración cancelada</translation>
    </message>
    <message>
        <source>The restore was cancelled. Nothing was changed.</source>
        <translation>Se ha cancelado la restauración. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>%1

Nothing was lost: no vault was replaced, changed or deleted.</source>
        <translation>%1

No se ha perdido nada: no se ha sustituido, cambiado ni eliminado ningún almacén.</translation>
    </message>
    <message>
        <source>The backup of %1 is restored into %2.</source>
        <translation>La copia de seguridad de %1 se ha restaurado en %2.</translation>
    </message>
    <message>
        <source>The vault that was there is kept, untouched, in %1.</source>
        <translation>El almacén que había allí se conserva, intacto, en %1.</translation>
    </message>
    <message>
        <source>Sign in with an account of the backup. An owner who does not know the password of that day can use "Forgot password?" with the recovery code.</source>
        <translation>Inicie sesión con una cuenta de la copia de seguridad. Un propietario que no sepa la contraseña de ese día puede usar "¿Ha olvidado su contraseña?" con el código de recuperación.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>Custos opens the restored vault right away, and from this folder at every start from now on (instead of %1).</source>
        <translation>Custos abre el almacén restaurado enseguida y, a partir de ahora, lo abrirá desde esta carpeta en cada inicio (en lugar de %1).</translation>
    </message>
</context>
<context>
    <name>custos::ui::ScreeningDialog</name>
    <message>
        <source>Background checks — %1</source>
        <translation>Verificaciones de antecedentes — %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrada por</translation>
    </message>
    <message>
        <source>Select a check to decide it or correct it.</source>
        <translation>Seleccione una verificación para resolverla o corregirla.</translation>
    </message>
    <message>
        <source>Who runs the check, e.g. Disclosure and Barring Service</source>
        <translation>Quién realiza la verificación, p. ej., Disclosure and Barring Service</translation>
    </message>
    <message>
        <source>The provider's reference number</source>
        <translation>El número de referencia del proveedor</translation>
    </message>
    <message>
        <source>Optional. Never a national ID number or other sensitive detail.</source>
        <translation>Opcional. Nunca un número de documento nacional de identidad ni otro dato sensible.</translation>
    </message>
    <message>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Caduca el:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>R&amp;esuelta el:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>R&amp;eference:</source>
        <translation>Re&amp;ferencia:</translation>
    </message>
    <message>
        <source>Re&amp;quested on:</source>
        <translation>&amp;Solicitada el:</translation>
    </message>
    <message>
        <source>Re&amp;sult:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Ne&amp;w check</source>
        <translation>Nueva &amp;verificación</translation>
    </message>
    <message>
        <source>Empty the form to record another check</source>
        <translation>Vacía el formulario para registrar otra verificación</translation>
    </message>
    <message>
        <source>Current status: %1</source>
        <translation>Estado actual: %1</translation>
    </message>
    <message>
        <source>Current status: %1 until %2</source>
        <translation>Estado actual: %1 hasta el %2</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (caducada)</translation>
    </message>
    <message>
        <source>Employee %1</source>
        <translation>Empleado %1</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Registrada el %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>Record a new check</source>
        <translation>Registrar una nueva verificación</translation>
    </message>
    <message>
        <source>&amp;Record check</source>
        <translation>&amp;Registrar verificación</translation>
    </message>
    <message>
        <source>Save the check to %1's history (Enter)</source>
        <translation>Guarda la verificación en el historial de %1 (Enter)</translation>
    </message>
    <message>
        <source>Decide the %1 check requested on %2</source>
        <translation>Resolver la verificación (%1) solicitada el %2</translation>
    </message>
    <message>
        <source>Correct the %1 check requested on %2</source>
        <translation>Corregir la verificación (%1) solicitada el %2</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar cambios</translation>
    </message>
    <message>
        <source>Save the changes to the selected check (Enter)</source>
        <translation>Guarda los cambios de la verificación seleccionada (Enter)</translation>
    </message>
    <message>
        <source>A pending check has no decision yet.</source>
        <translation>Una verificación pendiente todavía no tiene resolución.</translation>
    </message>
    <message>
        <source>The last day the clearance is valid.</source>
        <translation>Último día en que la verificación superada es válida.</translation>
    </message>
    <message>
        <source>Only a cleared check has an expiry date.</source>
        <translation>Solo una verificación superada tiene fecha de caducidad.</translation>
    </message>
    <message>
        <source>%1 check recorded.</source>
        <translation>Verificación registrada: %1.</translation>
    </message>
    <message>
        <source>%1 check saved.</source>
        <translation>Verificación guardada: %1.</translation>
    </message>
</context>
<context>
    <name>custos::ui::SecurityPolicyDialog</name>
    <message>
        <source>Security policy</source>
        <translation>Política de seguridad</translation>
    </message>
    <message>
        <source>These limits protect every account in this vault. They can be made stricter than PCI DSS v4.0 requires, never weaker.</source>
        <translation>Estos límites protegen todas las cuentas de este almacén cifrado. Pueden ser más estrictos de lo que exige PCI DSS v4.0, nunca más laxos.</translation>
    </message>
    <message>
        <source>Minimum password &amp;length:</source>
        <translation>&amp;Longitud mínima de la contraseña:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>PCI DSS 8.3.6: at least 12 characters.</source>
        <translation>PCI DSS 8.3.6: al menos 12 caracteres.</translation>
    </message>
    <message>
        <source>Maximum password &amp;age:</source>
        <translation>&amp;Antigüedad máxima de la contraseña:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>PCI DSS 8.3.9: passwords are changed at least every 90 days.</source>
        <translation>PCI DSS 8.3.9: las contraseñas se cambian al menos cada 90 días.</translation>
    </message>
    <message>
        <source>Password &amp;history:</source>
        <translation>&amp;Historial de contraseñas:</translation>
    </message>
    <message>
        <source> passwords</source>
        <translation> contraseñas</translation>
    </message>
    <message>
        <source>PCI DSS 8.3.7: a new password differs from the last four or more.</source>
        <translation>PCI DSS 8.3.7: una contraseña nueva es distinta de las cuatro últimas o más.</translation>
    </message>
    <message>
        <source>&amp;Wrong passwords before lock-out:</source>
        <translation>Contraseñas &amp;erróneas antes del bloqueo:</translation>
    </message>
    <message>
        <source>PCI DSS 8.3.4: lock an account after at most 10 wrong passwords.</source>
        <translation>PCI DSS 8.3.4: bloquear una cuenta tras un máximo de 10 contraseñas erróneas.</translation>
    </message>
    <message>
        <source>Lock-out &amp;duration:</source>
        <translation>&amp;Duración del bloqueo:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>PCI DSS 8.3.4: a locked account stays locked for at least 30 minutes.</source>
        <translation>PCI DSS 8.3.4: una cuenta bloqueada permanece bloqueada al menos 30 minutos.</translation>
    </message>
    <message>
        <source>&amp;Idle lock after:</source>
        <translation>Bloqueo por &amp;inactividad tras:</translation>
    </message>
    <message>
        <source>PCI DSS 8.2.8: sign in again after at most 15 minutes without use.</source>
        <translation>PCI DSS 8.2.8: volver a iniciar sesión tras un máximo de 15 minutos sin uso.</translation>
    </message>
    <message>
        <source>Only an owner can change the security policy.</source>
        <translation>Solo un propietario puede cambiar la política de seguridad.</translation>
    </message>
    <message>
        <source>Allowed: %1–%2.</source>
        <translation>Permitido: %1–%2.</translation>
    </message>
    <message>
        <source>Show a revealed card number &amp;for:</source>
        <translation>&amp;Mostrar un número de tarjeta revelado durante:</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> segundos</translation>
    </message>
    <message>
        <source>PCI DSS 3.4.1: a full card number is masked again after this time, and a copied one is cleared from the clipboard.</source>
        <translation>PCI DSS 3.4.1: un número de tarjeta completo se vuelve a enmascarar tras este tiempo y, si se ha copiado, se borra del portapapeles.</translation>
    </message>
    <message>
        <source>The password and lock-out settings were saved, but the reveal time was not: %1</source>
        <translation>Se han guardado los ajustes de contraseña y de bloqueo, pero no el tiempo de visualización de los números revelados: %1</translation>
    </message>
</context>
<context>
    <name>custos::ui::SelfCheckPage</name>
    <message>
        <source>Open &amp;Staff</source>
        <translation>Abrir &amp;Personal</translation>
    </message>
    <message>
        <source>Open &amp;Access review</source>
        <translation>Abrir &amp;Revisión de accesos</translation>
    </message>
    <message>
        <source>Open &amp;Audit log</source>
        <translation>Abrir Registro de &amp;auditoría</translation>
    </message>
    <message>
        <source>&amp;Purge card numbers now</source>
        <translation>&amp;Borrar números de tarjeta ahora</translation>
    </message>
    <message>
        <source>The security check runs in a moment…</source>
        <translation>La autocomprobación de seguridad se ejecutará en un momento…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Findings of the security check</source>
        <translation>Hallazgos de la autocomprobación de seguridad</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Volver a ejecutar</translation>
    </message>
    <message>
        <source>Run every check again (F5)</source>
        <translation>Vuelve a ejecutar todas las comprobaciones (F5)</translation>
    </message>
    <message>
        <source>&amp;Export signed report…</source>
        <translation>&amp;Exportar informe firmado…</translation>
    </message>
    <message>
        <source>Save the findings as a PDF signed with the business's key (Ctrl+E)</source>
        <translation>Guarda los hallazgos como PDF firmado con la clave de la empresa (Ctrl+E)</translation>
    </message>
    <message>
        <source>Checking the vault and verifying the audit log…</source>
        <translation>Comprobando el almacén y verificando el registro de auditoría…</translation>
    </message>
    <message>
        <source>The security check could not run: %1</source>
        <translation>No se ha podido ejecutar la autocomprobación de seguridad: %1</translation>
    </message>
    <message>
        <source>The security check did not finish.</source>
        <translation>La autocomprobación de seguridad no ha terminado.</translation>
    </message>
    <message>
        <source>%1 — last run %2</source>
        <translation>%1 — última ejecución: %2</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>Purge card numbers</source>
        <translation>Borrar números de tarjeta</translation>
    </message>
    <message>
        <source>Destroy the encrypted full card numbers kept past the retention period? Brand, last 4 digits and expiry stay with the orders.</source>
        <translation>¿Desea destruir los números de tarjeta completos cifrados que se guardan más allá del plazo de conservación? La marca, los 4 últimos dígitos y la caducidad se quedan en los pedidos.</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Card numbers not purged</source>
        <translation>No se han borrado los números de tarjeta</translation>
    </message>
    <message>
        <source>Card numbers purged</source>
        <translation>Números de tarjeta borrados</translation>
    </message>
    <message>
        <source>1 card number destroyed.</source>
        <translation>Se ha destruido 1 número de tarjeta.</translation>
    </message>
    <message>
        <source>%1 card numbers destroyed.</source>
        <translation>Se han destruido %1 números de tarjeta.</translation>
    </message>
    <message>
        <source>security-check-%1.pdf</source>
        <translation>security-check-%1.pdf</translation>
    </message>
    <message>
        <source>Export signed security check report</source>
        <translation>Exportar informe firmado de la autocomprobación de seguridad</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>Informe no guardado</translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <source>The report was saved to %1 (not signed: you hold no signing key).</source>
        <translation>El informe se ha guardado en %1 (sin firmar: usted no tiene clave de firma).</translation>
    </message>
    <message>
        <source>The report was saved to %1 with its signature %2 (key %3).</source>
        <translation>El informe se ha guardado en %1 con su firma %2 (clave %3).</translation>
    </message>
    <message>
        <source>Open &amp;Keys…</source>
        <translation>Abrir &amp;Claves…</translation>
    </message>
    <message>
        <source>Checking the vault file for damage… You can go on working meanwhile.</source>
        <translation>Comprobando si el archivo del almacén está dañado… Mientras tanto puede seguir trabajando.</translation>
    </message>
</context>
<context>
    <name>custos::ui::SetupWizard</name>
    <message>
        <source>Set up Custos</source>
        <translation>Configurar Custos</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Set-up is not finished and nothing has been saved. Stop now?</source>
        <translation>La configuración no ha finalizado y no se ha guardado nada. ¿Desea detenerla ahora?</translation>
    </message>
    <message>
        <source>The recovery sheet you saved or printed belongs to no vault; destroy it.</source>
        <translation>La hoja de recuperación que ha guardado o impreso no pertenece a ningún almacén cifrado; destrúyala.</translation>
    </message>
    <message>
        <source>Stop setting up Custos</source>
        <translation>Detener la configuración de Custos</translation>
    </message>
    <message>
        <source>Stop set-up</source>
        <translation>Detener la configuración</translation>
    </message>
    <message>
        <source>The vault was created, but signing in failed: %1
Sign in with your user name and password.</source>
        <translation>El almacén cifrado se ha creado, pero no se ha podido iniciar sesión: %1
Inicie sesión con su nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>The restored vault does not open</source>
        <translation>El almacén restaurado no se abre</translation>
    </message>
    <message>
        <source>The backup was restored into %1, but that vault does not open: %2</source>
        <translation>La copia de seguridad se ha restaurado en %1, pero ese almacén no se abre: %2</translation>
    </message>
</context>
<context>
    <name>custos::ui::SignInWidget</name>
    <message>
        <source>e.g. clara</source>
        <translation>p. ej., clara</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nombre de usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Forgot password? Use the recovery code…</source>
        <translation>¿Ha olvidado su contraseña? Use el código de recuperación…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demo vault&lt;/b&gt; — sample data only; never enter real customer data here.</source>
        <translation>&lt;b&gt;Almacén de demostración&lt;/b&gt; — solo datos de ejemplo; no introduzca nunca aquí datos reales de clientes.</translation>
    </message>
    <message>
        <source>Sign in with your Custos account.</source>
        <translation>Inicie sesión con su cuenta de Custos.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>%1 was signed in. Sign in to continue — or sign in as someone else.</source>
        <translation>%1 tenía la sesión iniciada. Inicie sesión para continuar — o inicie sesión como otra persona.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar a partir de una copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>custos::ui::SignOffDialog</name>
    <message>
        <source>Sign off the access review</source>
        <translation>Aprobar la revisión de accesos</translation>
    </message>
    <message>
        <source>By signing off you confirm that you went through the access of all %1 listed — role, background check, card access, last sign-in and recent reveals — and that each still matches their job. The sign-off is recorded in the audit log under your name; the next review falls due in %2 months.</source>
        <translation>Al aprobarla, confirma que ha repasado el acceso de todas las personas de la lista (%1) — función, verificación de antecedentes, acceso a tarjetas, último inicio de sesión y revelaciones recientes — y que cada uno sigue correspondiéndose con su trabajo. La aprobación queda anotada en el registro de auditoría a su nombre; la próxima revisión corresponderá dentro de %2 meses.</translation>
    </message>
    <message>
        <source>&amp;Notes (optional): what you changed or found</source>
        <translation>&amp;Notas (opcional): lo que ha cambiado o descubierto</translation>
    </message>
    <message>
        <source>e.g. Removed Tom's card access: he moved to the warehouse.</source>
        <translation>p. ej., Retirado el acceso a tarjetas de Tom: ahora trabaja en logística.</translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The notes are %1 characters too long.</source>
        <translation>Las notas tienen %1 caracteres de más.</translation>
    </message>
</context>
<context>
    <name>custos::ui::SigningKeyDialog</name>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>%1 (made %2, retired %3)</source>
        <translation>%1 (creada el %2, retirada el %3)</translation>
    </message>
    <message>
        <source>This vault has no signing key.</source>
        <translation>Este almacén no tiene clave de firma.</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Huella digital (SHA-256):</translation>
    </message>
    <message>
        <source>Made:</source>
        <translation>Creada:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Retired keys:</source>
        <translation>Claves retiradas:</translation>
    </message>
    <message>
        <source>Anyone can check a signed FILE with its FILE.sig and the exported key, without Custos (OpenSSL 3), or with: custos-cli verify FILE --key signing-key.pem</source>
        <translation>Cualquiera puede comprobar un archivo FILE firmado con su FILE.sig y la clave exportada, sin Custos (OpenSSL 3), o con: custos-cli verify FILE --key signing-key.pem</translation>
    </message>
    <message>
        <source>&amp;Export public key…</source>
        <translation>&amp;Exportar clave pública…</translation>
    </message>
    <message>
        <source>Copy &amp;fingerprint</source>
        <translation>Copiar &amp;huella digital</translation>
    </message>
    <message>
        <source>Verify with OpenSSL:</source>
        <translation>Verificar con OpenSSL:</translation>
    </message>
    <message>
        <source>Export public signing key</source>
        <translation>Exportar clave pública de firma</translation>
    </message>
    <message>
        <source>PEM public keys (*.pem)</source>
        <translation>Claves públicas PEM (*.pem)</translation>
    </message>
    <message>
        <source>Public key saved to %1. Fingerprint: %2</source>
        <translation>Clave pública guardada en %1. Huella digital: %2</translation>
    </message>
    <message>
        <source>Fingerprint copied.</source>
        <translation>Huella digital copiada.</translation>
    </message>
    <message>
        <source>Custos signs the reports and documents it issues with this business's key. The fingerprint is printed on each of them; give the public key (PEM) to auditors, banks or customers so they can check a document has not been altered. To replace the key, use Settings → Keys….</source>
        <translation>Custos firma los informes y documentos que emite con la clave de esta empresa. La huella digital aparece impresa en cada uno de ellos; entregue la clave pública (PEM) a auditores, bancos o clientes para que puedan comprobar que un documento no se ha alterado. Para sustituir la clave, use Configuración → Claves….</translation>
    </message>
</context>
<context>
    <name>custos::ui::StaffListModel</name>
    <message>
        <source>No access</source>
        <translation>Sin acceso</translation>
    </message>
    <message>
        <source>Key custody (owner)</source>
        <translation>Custodia de la clave (propietario)</translation>
    </message>
    <message>
        <source>Granted until %1</source>
        <translation>Concedido hasta el %1</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Deactivated %1</source>
        <translation>Desactivada el %1</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivada</translation>
    </message>
    <message>
        <source>Dormant — unused for %1 days</source>
        <translation>En desuso — sin usar desde hace %1 días</translation>
    </message>
    <message>
        <source>Awaiting first sign-in</source>
        <translation>Pendiente del primer inicio de sesión</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>The background check lapses after %1: record a new check before then.</source>
        <translation>La verificación de antecedentes caduca después del %1: registre una nueva antes de esa fecha.</translation>
    </message>
    <message>
        <source>The last day the background check clears this employee.</source>
        <translation>Último día en que la verificación de antecedentes habilita a este empleado.</translation>
    </message>
    <message>
        <source>Not used for %1 days; accounts unused for %2 days are deactivated (PCI DSS 8.2.6).</source>
        <translation>Sin usar desde hace %1 días; las cuentas sin usar durante %2 días se desactivan (PCI DSS 8.2.6).</translation>
    </message>
    <message>
        <source>Whether this employee can open full card numbers (with a reason, audited).</source>
        <translation>Indica si este empleado puede abrir números de tarjeta completos (indicando un motivo, con auditoría).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Background check</source>
        <translation>Verificación de antecedentes</translation>
    </message>
    <message>
        <source>Cleared until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <source>Card access</source>
        <translation>Acceso a tarjetas</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
</context>
<context>
    <name>custos::ui::StaffPage</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Add employee…</source>
        <translation>Añadir empleado…</translation>
    </message>
    <message>
        <source>&amp;Background checks…</source>
        <translation>V&amp;erificaciones de antecedentes…</translation>
    </message>
    <message>
        <source>&amp;Give card access…</source>
        <translation>C&amp;onceder acceso a tarjetas…</translation>
    </message>
    <message>
        <source>Re&amp;voke card access…</source>
        <translation>&amp;Revocar acceso a tarjetas…</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Cambiar f&amp;unción</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Desactivar…</translation>
    </message>
    <message>
        <source>%1 active · %2 deactivated</source>
        <translation>Activos: %1 · desactivados: %2</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>Activos: %1</translation>
    </message>
    <message>
        <source>%1's background check expires on %2.</source>
        <translation>La verificación de antecedentes de %1 caduca el %2.</translation>
    </message>
    <message>
        <source>%1's background check has expired.</source>
        <translation>La verificación de antecedentes de %1 ha caducado.</translation>
    </message>
    <message>
        <source>%1 has not used their account for %2 days (deactivated at %3).</source>
        <translation>%1 no ha usado su cuenta desde hace %2 días (las cuentas se desactivan a los %3 días).</translation>
    </message>
    <message>
        <source>Your rights could not be read; reopen the page.</source>
        <translation>No se han podido leer sus permisos; vuelva a abrir la página.</translation>
    </message>
    <message>
        <source>Select an employee first.</source>
        <translation>Seleccione primero un empleado.</translation>
    </message>
    <message>
        <source>Add an employee with a one-time password (Ctrl+Shift+N)</source>
        <translation>Añade un empleado con una contraseña de un solo uso (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>See %1's background checks, record a new one or decide a pending one (Enter)</source>
        <translation>Muestra las verificaciones de antecedentes de %1, registra una nueva o resuelve una pendiente (Enter)</translation>
    </message>
    <message>
        <source>You hold no card access yourself, so you cannot pass it on.</source>
        <translation>Usted no tiene acceso a tarjetas, así que no puede concederlo a otros.</translation>
    </message>
    <message>
        <source>Owners keep custody of the card-data key; they need no grant.</source>
        <translation>Los propietarios custodian la clave de los datos de tarjetas; no necesitan autorización.</translation>
    </message>
    <message>
        <source>Nobody can give card access to themselves.</source>
        <translation>Nadie puede concederse acceso a tarjetas a sí mismo.</translation>
    </message>
    <message>
        <source>%1's account is deactivated.</source>
        <translation>La cuenta de %1 está desactivada.</translation>
    </message>
    <message>
        <source>Renew %1's card access with a new end date (Ctrl+G)</source>
        <translation>Renueva el acceso a tarjetas de %1 con una nueva fecha de fin (Ctrl+G)</translation>
    </message>
    <message>
        <source>Let %1 open full card numbers, with a reason each time (Ctrl+G)</source>
        <translation>Permite a %1 abrir números de tarjeta completos, indicando cada vez un motivo (Ctrl+G)</translation>
    </message>
    <message>
        <source>Renew &amp;card access…</source>
        <translation>Re&amp;novar acceso a tarjetas…</translation>
    </message>
    <message>
        <source>An owner's custody of the card-data key cannot be revoked.</source>
        <translation>No se puede revocar la custodia de la clave de los datos de tarjetas de un propietario.</translation>
    </message>
    <message>
        <source>Nobody can revoke their own card access; ask another manager or the owner.</source>
        <translation>Nadie puede revocar su propio acceso a tarjetas; pídaselo a otro gerente o al propietario.</translation>
    </message>
    <message>
        <source>%1 has no card access to revoke.</source>
        <translation>%1 no tiene acceso a tarjetas que revocar.</translation>
    </message>
    <message>
        <source>End %1's card access now</source>
        <translation>Termina ahora el acceso a tarjetas de %1</translation>
    </message>
    <message>
        <source>Reactivate %1 first.</source>
        <translation>Reactive primero a %1.</translation>
    </message>
    <message>
        <source>No other role can be given.</source>
        <translation>No se puede asignar ninguna otra función.</translation>
    </message>
    <message>
        <source>Make %1 a clerk, manager or owner</source>
        <translation>Asigna a %1 la función de dependiente, gerente o propietario</translation>
    </message>
    <message>
        <source>Remove %1's access at once: key slot and card access are deleted, history kept (Delete)</source>
        <translation>Retira de inmediato el acceso de %1: se eliminan la ranura de clave y el acceso a tarjetas, y se conserva el historial (Delete)</translation>
    </message>
    <message>
        <source>Re&amp;activate…</source>
        <translation>Reac&amp;tivar…</translation>
    </message>
    <message>
        <source>Give %1 a new one-time password to sign in again</source>
        <translation>Da a %1 una nueva contraseña de un solo uso para volver a iniciar sesión</translation>
    </message>
    <message>
        <source>Revoke card access</source>
        <translation>Revocar acceso a tarjetas</translation>
    </message>
    <message>
        <source>%1 will no longer be able to open full card numbers. Their grant is deleted now; giving it again needs a new grant.</source>
        <translation>%1 ya no podrá abrir números de tarjeta completos. Su autorización se elimina ahora; para volver a darle acceso hará falta una nueva autorización.</translation>
    </message>
    <message>
        <source>&amp;Revoke access</source>
        <translation>&amp;Revocar acceso</translation>
    </message>
    <message>
        <source>Card access not revoked</source>
        <translation>No se ha revocado el acceso a tarjetas</translation>
    </message>
    <message>
        <source>Reactivate employee</source>
        <translation>Reactivar empleado</translation>
    </message>
    <message>
        <source>Reactivate %1? They get a new one-time password and must choose their own at first sign-in. Card access is not restored: give it again if needed.</source>
        <translation>¿Desea reactivar a %1? Recibirá una nueva contraseña de un solo uso y deberá elegir la suya en el primer inicio de sesión. El acceso a tarjetas no se restablece: vuelva a concederlo si es necesario.</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Employee not reactivated</source>
        <translation>No se ha reactivado el empleado</translation>
    </message>
    <message>
        <source>Say why, for the audit log (e.g. left the company).</source>
        <translation>Indique el motivo para el registro de auditoría (p. ej., ha dejado la empresa).</translation>
    </message>
    <message>
        <source>Deactivate employee</source>
        <translation>Desactivar empleado</translation>
    </message>
    <message>
        <source>%1 loses access at once: their key slot and any card access are deleted and they can no longer sign in. Their history stays in the audit log, and they can be reactivated later.</source>
        <translation>%1 pierde el acceso de inmediato: se eliminan su ranura de clave y cualquier acceso a tarjetas, y ya no podrá iniciar sesión. Su historial se conserva en el registro de auditoría y la cuenta se podrá reactivar más adelante.</translation>
    </message>
    <message>
        <source>Deactivate %1 now? They cannot sign in from this moment.</source>
        <translation>¿Desea desactivar a %1 ahora? No podrá iniciar sesión a partir de este momento.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Employee not deactivated</source>
        <translation>No se ha desactivado el empleado</translation>
    </message>
    <message>
        <source>Employee reactivated</source>
        <translation>Empleado reactivado</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Change %1's role from %2 to %3?</source>
        <translation>¿Desea cambiar la función de %1 de %2 a %3?</translation>
    </message>
    <message>
        <source>Their card access ends: the new role never sees full card numbers.</source>
        <translation>Su acceso a tarjetas termina: la nueva función nunca ve números de tarjeta completos.</translation>
    </message>
    <message>
        <source>Change role</source>
        <translation>Cambiar función</translation>
    </message>
    <message>
        <source>Role not changed</source>
        <translation>No se ha cambiado la función</translation>
    </message>
</context>
<context>
    <name>custos::ui::WelcomePage</name>
    <message>
        <source>Welcome to Custos</source>
        <translation>Le damos la bienvenida a Custos</translation>
    </message>
    <message>
        <source>Set up the encrypted back office for your orders, customers and staff. It takes about five minutes.</source>
        <translation>Configure la gestión interna cifrada de sus pedidos, clientes y personal. Se tarda unos cinco minutos.</translation>
    </message>
    <message>
        <source>Custos keeps the orders you take by phone, fax and mail, and the customers behind them.</source>
        <translation>Custos guarda los pedidos que recibe por teléfono, fax y correo postal, y los clientes que los realizan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything is encrypted on this computer.&lt;/b&gt; Nothing is sent anywhere.</source>
        <translation>&lt;b&gt;Todo se cifra en este ordenador.&lt;/b&gt; No se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Card numbers are masked.&lt;/b&gt; Staff see only what their role needs.</source>
        <translation>&lt;b&gt;Los números de tarjeta aparecen enmascarados.&lt;/b&gt; El personal solo ve lo que su función requiere.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Every access is recorded&lt;/b&gt; in an audit log that cannot be quietly edited.</source>
        <translation>&lt;b&gt;Cada acceso queda anotado&lt;/b&gt; en un registro de auditoría que no se puede modificar sin dejar rastro.</translation>
    </message>
    <message>
        <source>&amp;Vault folder</source>
        <translation>&amp;Carpeta del almacén</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Ca&amp;mbiar…</translation>
    </message>
    <message>
        <source>The folder must be empty or new. Back it up like any other important folder: the backup stays encrypted.</source>
        <translation>La carpeta debe estar vacía o ser nueva. Haga copias de seguridad de ella como de cualquier otra carpeta importante: la copia de seguridad sigue cifrada.</translation>
    </message>
    <message>
        <source>Choose the vault folder</source>
        <translation>Elija la carpeta del almacén</translation>
    </message>
    <message>
        <source>Custos vault</source>
        <translation>Almacén de Custos</translation>
    </message>
    <message>
        <source>%1 already holds a Custos vault. Open it with Custos instead, or choose another folder.</source>
        <translation>%1 ya contiene un almacén cifrado de Custos. Ábralo con Custos o elija otra carpeta.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder for the vault.</source>
        <translation>%1 es un archivo, no una carpeta. Elija una carpeta para el almacén cifrado.</translation>
    </message>
    <message>
        <source>%1 is not empty. Choose an empty or new folder for the vault.</source>
        <translation>%1 no está vacía. Elija una carpeta vacía o nueva para el almacén cifrado.</translation>
    </message>
    <message>
        <source>Already have a backup?</source>
        <translation>¿Ya tiene una copia de seguridad?</translation>
    </message>
    <message>
        <source>On a new computer, or after the old disk failed: restore the vault from its backup file instead of setting up a new one.</source>
        <translation>En un ordenador nuevo, o después de que falle el disco antiguo: restaure el almacén a partir de su archivo de copia de seguridad en lugar de configurar uno nuevo.</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restaurar a partir de una copia de seguridad…</translation>
    </message>
</context>
</TS>