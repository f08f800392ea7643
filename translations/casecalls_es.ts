<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>ActionItemChecklist</name>
    <message>
        <source>Action items are read-only here: the service does not let the app update a call.</source>
        <translation>Aquí las tareas pendientes son de solo lectura: el servicio no permite que la aplicación modifique una llamada.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Tareas pendientes</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copiar como texto</translation>
    </message>
    <message>
        <source>Copy action items as text</source>
        <translation>Copiar las tareas pendientes como texto</translation>
    </message>
    <message>
        <source>Copy the action items as a plain-text checklist</source>
        <translation>Copiar las tareas pendientes como lista de comprobación en texto sin formato</translation>
    </message>
    <message>
        <source>No action items were found in this call.</source>
        <translation>No se encontraron tareas pendientes en esta llamada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open of %L1</source>
        <translation>
            <numerusform>%Ln abierta de %L1</numerusform>
            <numerusform>%Ln abiertas de %L1</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
</context>
<context>
    <name>ActionItemsModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ActionItemsPane</name>
    <message>
        <source>Action items of the loaded calls</source>
        <translation>Tareas pendientes de las llamadas cargadas</translation>
    </message>
    <message>
        <source>Open items first, newest call first. Enter or double-click jumps to the call.</source>
        <translation>Primero las tareas abiertas y la llamada más reciente. Intro o doble clic lleva a la llamada.</translation>
    </message>
    <message numerus="yes">
        <source>Action items (%L1 open in %L2 of %Ln calls)</source>
        <translation>
            <numerusform>Tareas pendientes (%L1 abiertas en %L2 de %Ln llamada)</numerusform>
            <numerusform>Tareas pendientes (%L1 abiertas en %L2 de %Ln llamadas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Action items (%Ln open)</source>
        <translation>
            <numerusform>Tareas pendientes (%Ln abierta)</numerusform>
            <numerusform>Tareas pendientes (%Ln abiertas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation>La dirección de la API no es una URL válida.</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>La dirección de la API debe empezar por https://.</translation>
    </message>
    <message>
        <source>Plain http would send the access token unencrypted; use https:// (http is only allowed for this computer, such as 127.0.0.1).</source>
        <translation>Con http simple el token de acceso viajaría sin cifrar; use https:// (http solo se admite para este equipo, como 127.0.0.1).</translation>
    </message>
    <message>
        <source>The API address must not contain a user name, query or fragment.</source>
        <translation>La dirección de la API no debe contener un nombre de usuario, una consulta ni un fragmento.</translation>
    </message>
    <message>
        <source>No API address is set.</source>
        <translation>No se ha indicado la dirección de la API.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>La red no está disponible.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid case id (26 letters and digits).</source>
        <translation>«%1» no es un ID de expediente válido (26 letras y cifras).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid call id (26 letters and digits).</source>
        <translation>«%1» no es un ID de llamada válido (26 letras y cifras).</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server rejected the request as malformed (HTTP 400).</source>
        <translation>El servidor rechazó la solicitud por estar mal formada (HTTP 400).</translation>
    </message>
    <message>
        <source>The server did not accept the access token (HTTP 401). Enter a new token.</source>
        <translation>El servidor no aceptó el token de acceso (HTTP 401). Introduzca un token nuevo.</translation>
    </message>
    <message>
        <source>You do not have access to this case (HTTP 403).</source>
        <translation>No tiene acceso a este expediente (HTTP 403).</translation>
    </message>
    <message>
        <source>The case or call was not found (HTTP 404). Check the case id.</source>
        <translation>No se encontró el expediente o la llamada (HTTP 404). Compruebe el ID del expediente.</translation>
    </message>
    <message>
        <source>The server rejected the request&apos;s parameters (HTTP 422).</source>
        <translation>El servidor rechazó los parámetros de la solicitud (HTTP 422).</translation>
    </message>
    <message>
        <source>The server is rate limiting requests (HTTP 429).</source>
        <translation>El servidor está limitando el número de solicitudes (HTTP 429).</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). Try again later.</source>
        <translation>El servidor tuvo un problema interno (HTTP %1). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>El servidor respondió con HTTP %1.</translation>
    </message>
    <message>
        <source>The request was not sent.</source>
        <translation>La solicitud no se envió.</translation>
    </message>
    <message>
        <source>Could not reach the server.</source>
        <translation>No se pudo conectar con el servidor.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server is rate limiting requests; try again at %1.</source>
        <translation>El servidor está limitando el número de solicitudes; vuelva a intentarlo a las %1.</translation>
    </message>
    <message>
        <source>The server sent a response this app cannot read.</source>
        <translation>El servidor envió una respuesta que esta aplicación no puede leer.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>(at %1)</source>
        <translation>(en %1)</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>ID de solicitud: %1</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>The network access manager is gone.</source>
        <translation>El gestor de acceso a la red ya no existe.</translation>
    </message>
    <message>
        <source>The response is larger than %L1 MiB; it was not read.</source>
        <translation>La respuesta ocupa más de %L1 MiB; no se ha leído.</translation>
    </message>
    <message>
        <source>No complete answer within %L1 ms.</source>
        <translation>No llegó una respuesta completa en %L1 ms.</translation>
    </message>
    <message>
        <source>The server was silent for %L1 ms.</source>
        <translation>El servidor estuvo %L1 ms sin responder.</translation>
    </message>
    <message>
        <source>The response was cut off before it was complete.</source>
        <translation>La respuesta se interrumpió antes de estar completa.</translation>
    </message>
    <message>
        <source>The response was cut off before it was complete (%1).</source>
        <translation>La respuesta se interrumpió antes de estar completa (%1).</translation>
    </message>
    <message>
        <source>The response had no body.</source>
        <translation>La respuesta no tenía cuerpo.</translation>
    </message>
    <message>
        <source>A web page (%1) came back instead of an API error; a proxy or gateway may have answered.</source>
        <translation>Llegó una página web (%1) en lugar de un error de la API; puede que haya respondido un proxy o una pasarela.</translation>
    </message>
    <message>
        <source>The response was not an API error (%1).</source>
        <translation>La respuesta no era un error de la API (%1).</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>sin tipo de contenido</translation>
    </message>
    <message>
        <source>The server redirected to another address; the app only follows redirects within the API&apos;s own https origin.</source>
        <translation>El servidor redirigió a otra dirección; la aplicación solo sigue redirecciones dentro del propio origen https de la API.</translation>
    </message>
    <message>
        <source>The server redirected more than %L1 times.</source>
        <translation>El servidor redirigió más de %L1 veces.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified (%1). Nothing was sent.</source>
        <translation>No se pudo verificar la identidad del servidor (%1). No se envió nada.</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Review the phone calls of an estate case: summaries, transcripts, action items and recordings.</source>
        <translation>Revise las llamadas telefónicas de un expediente sucesorio: resúmenes, transcripciones, tareas pendientes y grabaciones.</translation>
    </message>
    <message>
        <source>Open the built-in sample case (an in-process sample server).</source>
        <translation>Abre el expediente de ejemplo integrado (un servidor de ejemplo dentro del propio proceso).</translation>
    </message>
    <message>
        <source>API base URL, e.g. https://api.example.com/v1.</source>
        <translation>URL base de la API, p. ej. https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>Case id (a ULID). The token is read from CASECALLS_TOKEN.</source>
        <translation>ID del expediente (un ULID). El token de acceso se lee de CASECALLS_TOKEN.</translation>
    </message>
    <message>
        <source>Save a PNG of the window with a call selected once the case has loaded, then quit.</source>
        <translation>Guarda un PNG de la ventana con una llamada seleccionada cuando el expediente se haya cargado y después sale.</translation>
    </message>
    <message>
        <source>Once the case has loaded, play its first recording until 1.5 seconds have played, say whether it did, then quit (exit code 0 when it played).</source>
        <translation>Cuando el expediente se haya cargado, reproduce su primera grabación hasta que hayan sonado 1,5 segundos, indica si lo consiguió y después sale (código de salida 0 si se reprodujo).</translation>
    </message>
    <message>
        <source>Language of the window: %1. The default follows the system.</source>
        <translation>Idioma de la ventana: %1. De forma predeterminada se usa el del sistema.</translation>
    </message>
    <message>
        <source>--lang %1 is not available; choose one of: %2.</source>
        <translation>--lang %1 no está disponible; elija uno de estos: %2.</translation>
    </message>
    <message>
        <source>--base-url needs an absolute URL (or use --demo).</source>
        <translation>--base-url necesita una URL absoluta (o use --demo).</translation>
    </message>
    <message>
        <source>--case needs a case id: 26 characters of Crockford base32.</source>
        <translation>--case necesita un ID de expediente: 26 caracteres en base32 de Crockford.</translation>
    </message>
</context>
<context>
    <name>CallDetailView</name>
    <message>
        <source>Select a call to see its summary, transcript and action items</source>
        <translation>Seleccione una llamada para ver su resumen, su transcripción y sus tareas pendientes</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Detalles de la llamada</translation>
    </message>
    <message>
        <source>Call sections</source>
        <translation>Secciones de la llamada</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcripción</translation>
    </message>
</context>
<context>
    <name>CallFormatter</name>
    <message>
        <source>Today %1</source>
        <translation>Hoy %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Ayer %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short weekday, then time: Mon 14:05</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Sonando</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>None</source>
        <comment>recording</comment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>recording</comment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Processing</source>
        <comment>recording</comment>
        <translation>En proceso</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>recording</comment>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>recording</comment>
        <translation>Completada</translation>
    </message>
</context>
<context>
    <name>CallJsonDecoder</name>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>contains an unpaired UTF-16 surrogate escape</source>
        <translation>contiene un escape de sustituto UTF-16 desparejado</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to %L1</source>
        <translation>se esperaba un número entero de 0 a %L1</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time with a time zone, got &quot;%1&quot;</source>
        <translation>se esperaba una hora ISO 8601 con zona horaria y se recibió «%1»</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>se esperaba una matriz</translation>
    </message>
    <message>
        <source>is not a ULID: &quot;%1&quot;</source>
        <translation>no es un ULID: «%1»</translation>
    </message>
    <message>
        <source>body</source>
        <translation>cuerpo</translation>
    </message>
    <message>
        <source>the response body is empty</source>
        <translation>el cuerpo de la respuesta está vacío</translation>
    </message>
    <message>
        <source>byte %L1</source>
        <translation>byte %L1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>se esperaba un objeto JSON en el nivel superior</translation>
    </message>
</context>
<context>
    <name>CallWalk</name>
    <message>
        <source>The server kept sending pages with no new calls; loading stopped.</source>
        <translation>El servidor siguió enviando páginas sin llamadas nuevas; se detuvo la carga.</translation>
    </message>
    <message>
        <source>The server said there are more calls but sent no cursor; loading stopped.</source>
        <translation>El servidor indicó que hay más llamadas pero no envió ningún cursor; se detuvo la carga.</translation>
    </message>
    <message>
        <source>The server sent the same page cursor twice; loading stopped.</source>
        <translation>El servidor envió dos veces el mismo cursor de página; se detuvo la carga.</translation>
    </message>
</context>
<context>
    <name>CallsTableModel</name>
    <message>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>Sorting by this column asks the server, so it covers every call of the case</source>
        <translation>Ordenar por esta columna se pide al servidor, así que abarca todas las llamadas del expediente</translation>
    </message>
    <message>
        <source>Sorting by this column orders only the calls loaded so far</source>
        <translation>Ordenar por esta columna solo ordena las llamadas cargadas hasta ahora</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Interlocutor</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Called by</source>
        <translation>Realizada por</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>CallsTableView</name>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>Case not opened</source>
        <translation>Expediente no abierto</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Remove the stored access tokens and every cached recording from this computer, and close the case?</source>
        <translation>¿Quitar de este equipo los tokens de acceso guardados y todas las grabaciones en caché, y cerrar el expediente?</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Signed out: tokens and cached recordings removed.</source>
        <translation>Sesión cerrada: se quitaron los tokens y las grabaciones en caché.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Open a Case</source>
        <translation>Abrir un expediente</translation>
    </message>
    <message>
        <source>&amp;Recent cases:</source>
        <translation>Expedientes &amp;recientes:</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Expedientes recientes</translation>
    </message>
    <message>
        <source>Double-click a case or press Enter to open it</source>
        <translation>Haga doble clic en un expediente o pulse Intro para abrirlo</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected recent case</source>
        <translation>Quitar el expediente reciente seleccionado</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>&amp;URL base de la API:</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL base de la API</translation>
    </message>
    <message>
        <source>https://api.example.com/v1</source>
        <translation>https://api.example.com/v1</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de acceso a la API</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Mostrar el token de acceso</translation>
    </message>
    <message>
        <source>&amp;Case id:</source>
        <translation>&amp;ID del expediente:</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>ID del expediente</translation>
    </message>
    <message>
        <source>26 characters: digits and letters without I, L, O and U</source>
        <translation>26 caracteres: cifras y letras, sin I, L, O ni U</translation>
    </message>
    <message>
        <source>&amp;Label (optional):</source>
        <translation>&amp;Etiqueta (opcional):</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>A name of your choice for the recent cases list</source>
        <translation>Un nombre a su elección para la lista de expedientes recientes</translation>
    </message>
    <message>
        <source>Remember the token in the system &amp;keychain</source>
        <translation>Recordar el token en el &amp;llavero del sistema</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>Recordar el token en el llavero del sistema</translation>
    </message>
    <message>
        <source>Token storage</source>
        <translation>Almacenamiento del token</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Qué falta</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Ocultar el token de acceso</translation>
    </message>
    <message>
        <source>Enter the API base URL, for example https://api.example.com/v1.</source>
        <translation>Introduzca la URL base de la API, por ejemplo https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>The API base URL cannot be used.</source>
        <translation>No se puede usar la URL base de la API.</translation>
    </message>
    <message>
        <source>Enter the API token.</source>
        <translation>Introduzca el token de acceso a la API.</translation>
    </message>
    <message>
        <source>Looking for a saved token…</source>
        <translation>Buscando un token guardado…</translation>
    </message>
    <message>
        <source>The token will not be saved: you will enter it again next time.</source>
        <translation>El token no se guardará: tendrá que introducirlo de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>No keychain available: the token is kept for this session only.</source>
        <translation>No hay ningún llavero disponible: el token solo se conserva durante esta sesión.</translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation>Guardado en el llavero.</translation>
    </message>
    <message>
        <source>The token will be saved in the system keychain when you open the case.</source>
        <translation>El token se guardará en el llavero del sistema al abrir el expediente.</translation>
    </message>
</context>
<context>
    <name>DetailCallState</name>
    <message>
        <source>This call is still in progress; its transcript and summary appear when it ends.</source>
        <translation>Esta llamada sigue en curso; su transcripción y su resumen aparecerán cuando termine.</translation>
    </message>
    <message>
        <source>The call did not connect: no answer.</source>
        <translation>La llamada no se conectó: nadie respondió.</translation>
    </message>
    <message>
        <source>The call did not connect: the line was busy.</source>
        <translation>La llamada no se conectó: la línea estaba ocupada.</translation>
    </message>
    <message>
        <source>The call did not connect: it failed.</source>
        <translation>La llamada no se conectó: falló.</translation>
    </message>
    <message>
        <source>The call did not connect: it was cancelled.</source>
        <translation>La llamada no se conectó: se canceló.</translation>
    </message>
    <message>
        <source>The transcript is still being processed.</source>
        <translation>La transcripción todavía se está procesando.</translation>
    </message>
    <message>
        <source>There is no transcript: the recording could not be processed.</source>
        <translation>No hay transcripción: no se pudo procesar la grabación.</translation>
    </message>
    <message>
        <source>This call has no transcript.</source>
        <translation>Esta llamada no tiene transcripción.</translation>
    </message>
    <message>
        <source>The summary is still being processed.</source>
        <translation>El resumen todavía se está procesando.</translation>
    </message>
    <message>
        <source>No summary was produced for this call.</source>
        <translation>No se generó ningún resumen para esta llamada.</translation>
    </message>
    <message>
        <source>Action items appear when the call has been processed.</source>
        <translation>Las tareas pendientes aparecerán cuando se haya procesado la llamada.</translation>
    </message>
</context>
<context>
    <name>DetailFindBar</name>
    <message>
        <source>Find in transcript</source>
        <translation>Buscar en la transcripción</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Coincidencia siguiente (F3)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln coincidencia</numerusform>
            <numerusform>%Ln coincidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 de %L2</translation>
    </message>
</context>
<context>
    <name>DetailHeader</name>
    <message>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Called by</source>
        <translation>Realizada por</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID de llamada</translation>
    </message>
    <message>
        <source>Twilio SID</source>
        <translation>SID de Twilio</translation>
    </message>
    <message>
        <source>call ID</source>
        <translation>el ID de la llamada</translation>
    </message>
    <message>
        <source>Twilio call SID</source>
        <translation>el SID de Twilio de la llamada</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation>Copiar %1 al portapapeles</translation>
    </message>
    <message>
        <source>No institution contact is linked to this call.</source>
        <translation>Esta llamada no tiene ningún contacto de institución vinculado.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>DetailOverview</name>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Sin notas.</translation>
    </message>
</context>
<context>
    <name>DetailReferenceChips</name>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copy reference number %1</source>
        <translation>Copiar el número de referencia %1</translation>
    </message>
    <message>
        <source>Copy reference number %1 to the clipboard</source>
        <translation>Copiar el número de referencia %1 al portapapeles</translation>
    </message>
</context>
<context>
    <name>DiagnosticLog</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>Copiar el ID de solicitud</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Descartar el error</translation>
    </message>
</context>
<context>
    <name>FilterPane</name>
    <message>
        <source>Newest first</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguas</translation>
    </message>
    <message>
        <source>Longest first</source>
        <translation>Más largas</translation>
    </message>
    <message>
        <source>Shortest first</source>
        <translation>Más cortas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Calls per page</source>
        <translation>Llamadas por página</translation>
    </message>
    <message>
        <source>Search loaded calls</source>
        <translation>Buscar en las llamadas cargadas</translation>
    </message>
    <message>
        <source>Matching calls</source>
        <translation>Llamadas que coinciden</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <source>With a &amp;recording</source>
        <translation>Con grabació&amp;n</translation>
    </message>
    <message>
        <source>Only calls with a recording</source>
        <translation>Solo llamadas con grabación</translation>
    </message>
    <message>
        <source>With &amp;open action items</source>
        <translation>Con tareas &amp;abiertas</translation>
    </message>
    <message>
        <source>Only calls with open action items</source>
        <translation>Solo llamadas con tareas pendientes abiertas</translation>
    </message>
    <message>
        <source>&amp;Date range</source>
        <translation>Intervalo de &amp;fechas</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Intervalo de fechas</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fecha inicial</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Fecha final</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Filtros activos</translation>
    </message>
    <message>
        <source>Load &amp;all calls</source>
        <translation>&amp;Cargar todas las llamadas</translation>
    </message>
    <message>
        <source>Load all calls</source>
        <translation>Cargar todas las llamadas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel loading all calls</source>
        <translation>Cancelar la carga de todas las llamadas</translation>
    </message>
    <message>
        <source>Loading all calls</source>
        <translation>Cargando todas las llamadas</translation>
    </message>
    <message>
        <source>C&amp;lear all filters</source>
        <translation>&amp;Quitar todos los filtros</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <source>Ask the server</source>
        <translation>Consultar al servidor</translation>
    </message>
    <message>
        <source>These filters reload the case from the server, so they cover every call.</source>
        <translation>Estos filtros vuelven a cargar el expediente desde el servidor, así que abarcan todas las llamadas.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>How many calls each request fetches (1 to 100).</source>
        <translation>Cuántas llamadas trae cada solicitud (de 1 a 100).</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institución:</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>&amp;Orden:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Por &amp;página:</translation>
    </message>
    <message>
        <source>Narrow the loaded calls</source>
        <translation>Acotar las llamadas cargadas</translation>
    </message>
    <message>
        <source>Instant filters over the calls loaded so far. Use &quot;Load all calls&quot; to cover the whole case.</source>
        <translation>Filtros inmediatos sobre las llamadas cargadas hasta ahora. Use «Cargar todas las llamadas» para abarcar todo el expediente.</translation>
    </message>
    <message>
        <source>Search summaries, transcripts, notes, action items</source>
        <translation>Buscar en resúmenes, transcripciones, notas y tareas pendientes</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Salientes</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Entrantes</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Sen&amp;tido:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Fetch every call of the case, so searches cover all of it.</source>
        <translation>Traer todas las llamadas del expediente para que las búsquedas lo abarquen entero.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %L1 loaded calls match</source>
        <translation>
            <numerusform>Coincide %Ln de %L1 llamadas cargadas</numerusform>
            <numerusform>Coinciden %Ln de %L1 llamadas cargadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls loaded</source>
        <translation>
            <numerusform>%Ln llamada cargada</numerusform>
            <numerusform>%Ln llamadas cargadas</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m calls</source>
        <translation>%v de %m llamadas</translation>
    </message>
    <message>
        <source>%v calls</source>
        <translation>%v llamadas</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation>Institución: %1</translation>
    </message>
    <message>
        <source>No filters: every loaded call is shown.</source>
        <translation>Sin filtros: se muestran todas las llamadas cargadas.</translation>
    </message>
    <message>
        <source>Showing only: %1</source>
        <translation>Solo se muestran: %1</translation>
    </message>
</context>
<context>
    <name>LocalFilter</name>
    <message>
        <source>Inbound only</source>
        <translation>Solo entrantes</translation>
    </message>
    <message>
        <source>Outbound only</source>
        <translation>Solo salientes</translation>
    </message>
    <message>
        <source>Unknown direction only</source>
        <translation>Solo de sentido desconocido</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Texto: «%1»</translation>
    </message>
    <message>
        <source>With recording</source>
        <translation>Con grabación</translation>
    </message>
    <message>
        <source>With open action items</source>
        <translation>Con tareas pendientes abiertas</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Desde el %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Hasta el %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Case Calls</source>
        <translation>Case Calls</translation>
    </message>
    <message>
        <source>Rate limited by the server: waiting until %1</source>
        <translation>El servidor limita las solicitudes: esperando hasta las %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Institution names could not be loaded; calls show numbers instead.</source>
        <translation>No se pudieron cargar los nombres de las instituciones; las llamadas muestran los números en su lugar.</translation>
    </message>
    <message>
        <source>%1 — Case Calls</source>
        <translation>%1 — Case Calls</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>E&amp;xpediente</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>&amp;Abrir expediente…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Load &amp;All Calls</source>
        <translation>Cargar t&amp;odas las llamadas</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>&amp;Cerrar sesión…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Find in Calls</source>
        <translation>&amp;Buscar en las llamadas</translation>
    </message>
    <message>
        <source>Find in &amp;Transcript</source>
        <translation>Buscar en la &amp;transcripción</translation>
    </message>
    <message>
        <source>&amp;Clear All Filters</source>
        <translation>&amp;Quitar todos los filtros</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Go to &amp;Calls</source>
        <translation>Ir a las &amp;llamadas</translation>
    </message>
    <message>
        <source>Go to &amp;Action Items</source>
        <translation>Ir a las &amp;tareas pendientes</translation>
    </message>
    <message>
        <source>&amp;Recording</source>
        <translation>&amp;Grabación</translation>
    </message>
    <message>
        <source>&amp;Play or Pause</source>
        <translation>&amp;Reproducir o pausar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>&amp;Save Recording As…</source>
        <translation>&amp;Guardar grabación como…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Case Calls</source>
        <translation>&amp;Acerca de Case Calls</translation>
    </message>
    <message>
        <source>About Case Calls</source>
        <translation>Acerca de Case Calls</translation>
    </message>
    <message>
        <source>Case Calls %1
Review the phone calls of an estate case.</source>
        <translation>Case Calls %1
Revise las llamadas telefónicas de un expediente sucesorio.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>&amp;Clear Cached Recordings</source>
        <translation>&amp;Borrar las grabaciones en caché</translation>
    </message>
    <message>
        <source>Cached recordings removed.</source>
        <translation>Se borraron las grabaciones en caché.</translation>
    </message>
    <message>
        <source>Some cached recordings could not be removed.</source>
        <translation>Algunas grabaciones en caché no se pudieron borrar.</translation>
    </message>
    <message>
        <source>No case is open. Open one with Case → Open Case… (Ctrl+L).</source>
        <translation>No hay ningún expediente abierto. Abra uno con Expediente → Abrir expediente… (Ctrl+L).</translation>
    </message>
    <message>
        <source>Loading calls…</source>
        <translation>Cargando llamadas…</translation>
    </message>
    <message>
        <source>The calls could not be loaded. The message above says why; Retry tries again.</source>
        <translation>No se pudieron cargar las llamadas. El mensaje de arriba explica por qué; Reintentar lo vuelve a intentar.</translation>
    </message>
    <message>
        <source>This case has no calls yet.</source>
        <translation>Este expediente todavía no tiene llamadas.</translation>
    </message>
    <message>
        <source>No call of this case matches the server filters. Clear all filters to see every call.</source>
        <translation>Ninguna llamada de este expediente coincide con los filtros del servidor. Quite todos los filtros para ver todas las llamadas.</translation>
    </message>
    <message>
        <source>No loaded call matches the filters. Load all calls to search the whole case, or clear the filters.</source>
        <translation>Ninguna llamada cargada coincide con los filtros. Cargue todas las llamadas para buscar en todo el expediente o quite los filtros.</translation>
    </message>
    <message>
        <source>No call matches the filters. Clear the filters to see every call.</source>
        <translation>Ninguna llamada coincide con los filtros. Quite los filtros para ver todas las llamadas.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %L1 of %Ln calls</source>
        <translation>
            <numerusform>Cargadas %L1 de %Ln llamada</numerusform>
            <numerusform>Cargadas %L1 de %Ln llamadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln calls</source>
        <translation>
            <numerusform>Cargada %Ln llamada</numerusform>
            <numerusform>Cargadas %Ln llamadas</numerusform>
        </translation>
    </message>
    <message>
        <source>New access token</source>
        <translation>Nuevo token de acceso</translation>
    </message>
    <message>
        <source>The server no longer accepts the access token (request id %1).
Enter a new token to go on:</source>
        <translation>El servidor ya no acepta el token de acceso (ID de solicitud %1).
Introduzca un token nuevo para continuar:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado a las %1</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir la carpeta del &amp;registro</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Back 15 seconds (Shift+Left)</source>
        <translation>Retroceder 15 segundos (Mayús+Izquierda)</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left)</source>
        <translation>Retroceder 5 segundos (Izquierda)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Reproducir (Espacio)</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right)</source>
        <translation>Avanzar 5 segundos (Derecha)</translation>
    </message>
    <message>
        <source>Forward 15 seconds (Shift+Right)</source>
        <translation>Avanzar 15 segundos (Mayús+Derecha)</translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster, 0 normal)</source>
        <translation>Velocidad de reproducción ([ más lenta, ] más rápida, 0 normal)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Activar el sonido</translation>
    </message>
</context>
<context>
    <name>PlayerPane</name>
    <message>
        <source>Recording player</source>
        <translation>Reproductor de la grabación</translation>
    </message>
    <message>
        <source>No waveform: %1</source>
        <translation>Sin forma de onda: %1</translation>
    </message>
    <message>
        <source>No audio output device was found: playback is silent. Duration and waveform are still shown.</source>
        <translation>No se encontró ningún dispositivo de salida de audio: la reproducción será muda. La duración y la forma de onda se siguen mostrando.</translation>
    </message>
    <message>
        <source>Recordings cannot be fetched in this window.</source>
        <translation>En esta ventana no se pueden descargar grabaciones.</translation>
    </message>
    <message>
        <source>Loading the recording…</source>
        <translation>Cargando la grabación…</translation>
    </message>
    <message>
        <source>Drawing the waveform…</source>
        <translation>Dibujando la forma de onda…</translation>
    </message>
</context>
<context>
    <name>PlayerProblemBar</name>
    <message>
        <source>Try Again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Save Recording As…</source>
        <translation>Guardar grabación como…</translation>
    </message>
    <message>
        <source>Open in Another Player</source>
        <translation>Abrir en otro reproductor</translation>
    </message>
    <message>
        <source>(Request id %1)</source>
        <translation>(ID de solicitud %1)</translation>
    </message>
    <message>
        <source>This recording cannot be played: the file is damaged or in a format this computer cannot play. Save it, or open it in another player.</source>
        <translation>Esta grabación no se puede reproducir: el archivo está dañado o tiene un formato que este equipo no puede reproducir. Guárdela o ábrala en otro reproductor.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The recording did not load; the audio system did not answer. Try again, or open the file in another player.</source>
        <translation>La grabación no se cargó; el sistema de audio no respondió. Vuelva a intentarlo o abra el archivo en otro reproductor.</translation>
    </message>
    <message>
        <source>Playback stalled. Press Play to try again.</source>
        <translation>La reproducción se detuvo. Pulse Reproducir para volver a intentarlo.</translation>
    </message>
    <message>
        <source>The recording stops at %1, before the end of the call: the file may be incomplete. Try Again downloads it once more.</source>
        <translation>La grabación se detiene en %1, antes del final de la llamada: puede que el archivo esté incompleto. Reintentar la vuelve a descargar.</translation>
    </message>
    <message>
        <source>This recording lasts %1, but the call&apos;s recording should last %2: the file may be incomplete. Try Again downloads it once more.</source>
        <translation>Esta grabación dura %1, pero la grabación de la llamada debería durar %2: puede que el archivo esté incompleto. Reintentar la vuelve a descargar.</translation>
    </message>
</context>
<context>
    <name>PlayerSaveAs</name>
    <message>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <source>The recording has not been downloaded yet.</source>
        <translation>La grabación todavía no se ha descargado.</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation>%1 ya existe y no se puede reemplazar.</translation>
    </message>
    <message>
        <source>The recording could not be saved: %1</source>
        <translation>No se pudo guardar la grabación: %1</translation>
    </message>
    <message>
        <source>Save Recording As</source>
        <translation>Guardar grabación como</translation>
    </message>
    <message>
        <source>%1 audio (*.%2)</source>
        <translation>Audio %1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>PlayerTime</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>RecentCasesModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 (%2 on %3)</source>
        <translation>%1 (%2 en %3)</translation>
    </message>
    <message>
        <source>Case %1 at %2, last opened %3</source>
        <translation>Expediente %1 en %2, abierto por última vez el %3</translation>
    </message>
</context>
<context>
    <name>RecordingDownload</name>
    <message>
        <source>Downloading the recording took too long.</source>
        <translation>La descarga de la grabación tardó demasiado.</translation>
    </message>
    <message>
        <source>The recording cache folder %1 cannot be written.</source>
        <translation>No se puede escribir en la carpeta de caché de grabaciones %1.</translation>
    </message>
    <message>
        <source>The recording address is not valid.</source>
        <translation>La dirección de la grabación no es válida.</translation>
    </message>
    <message>
        <source>The recording cannot be saved in the cache: %1</source>
        <translation>La grabación no se puede guardar en la caché: %1</translation>
    </message>
    <message>
        <source>The recording is larger than the cache allows (%L1 MB).</source>
        <translation>La grabación ocupa más de lo que permite la caché (%L1 MB).</translation>
    </message>
    <message>
        <source>The recording server redirected too often or to an unsafe address.</source>
        <translation>El servidor de grabaciones redirigió demasiadas veces o a una dirección no segura.</translation>
    </message>
    <message>
        <source>The recording&apos;s link has expired and a fresh link did not work either (HTTP %1). Try again later.</source>
        <translation>El enlace de la grabación ha caducado y un enlace nuevo tampoco funcionó (HTTP %1). Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server has no recording for this call (HTTP 404).</source>
        <translation>El servidor no tiene ninguna grabación de esta llamada (HTTP 404).</translation>
    </message>
    <message>
        <source>The recording could not be downloaded: the server answered HTTP %1.</source>
        <translation>No se pudo descargar la grabación: el servidor respondió HTTP %1.</translation>
    </message>
    <message>
        <source>The recording could not be downloaded: %1</source>
        <translation>No se pudo descargar la grabación: %1</translation>
    </message>
    <message>
        <source>The recording&apos;s link has expired.</source>
        <translation>El enlace de la grabación ha caducado.</translation>
    </message>
    <message>
        <source>The recording&apos;s link has expired and a fresh one could not be fetched: %1</source>
        <translation>El enlace de la grabación ha caducado y no se pudo obtener uno nuevo: %1</translation>
    </message>
    <message>
        <source>This call no longer has a recording.</source>
        <translation>Esta llamada ya no tiene grabación.</translation>
    </message>
    <message>
        <source>The server sent an empty recording.</source>
        <translation>El servidor envió una grabación vacía.</translation>
    </message>
    <message>
        <source>The recording could not be stored in the cache.</source>
        <translation>No se pudo almacenar la grabación en la caché.</translation>
    </message>
</context>
<context>
    <name>RecordingFetcher</name>
    <message>
        <source>The recording is still being processed. It can be played once processing has finished.</source>
        <translation>La grabación todavía se está procesando. Podrá reproducirse cuando termine el procesamiento.</translation>
    </message>
    <message>
        <source>The service could not process this call&apos;s recording.</source>
        <translation>El servicio no pudo procesar la grabación de esta llamada.</translation>
    </message>
    <message>
        <source>This call has no recording.</source>
        <translation>Esta llamada no tiene grabación.</translation>
    </message>
</context>
<context>
    <name>SignOutJob</name>
    <message>
        <source>The system keychain did not answer: the token may still be stored there.</source>
        <translation>El llavero del sistema no respondió: puede que el token siga guardado en él.</translation>
    </message>
    <message>
        <source>Some cached recordings could not be removed from %1.</source>
        <translation>Algunas grabaciones en caché no se pudieron quitar de %1.</translation>
    </message>
    <message>
        <source>The system keychain could not be reached, so a token stored there (service &quot;casecalls&quot;) may remain.</source>
        <translation>No se pudo acceder al llavero del sistema, así que puede quedar un token guardado en él (servicio «casecalls»).</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>Access to the system keychain was declined.</source>
        <translation>Se denegó el acceso al llavero del sistema.</translation>
    </message>
    <message>
        <source>The system keychain refused access (it may be locked).</source>
        <translation>El llavero del sistema rechazó el acceso (puede que esté bloqueado).</translation>
    </message>
    <message>
        <source>No system keychain was found (such as GNOME Keyring or KWallet).</source>
        <translation>No se encontró ningún llavero del sistema (como GNOME Keyring o KWallet).</translation>
    </message>
    <message>
        <source>The system keychain could not be reached.</source>
        <translation>No se pudo acceder al llavero del sistema.</translation>
    </message>
    <message>
        <source>The token is kept for this session only.</source>
        <translation>El token solo se conserva durante esta sesión.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Detalles: %1)</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
</context>
<context>
    <name>UlidValidator</name>
    <message>
        <source>Enter the case id: 26 characters, digits and letters.</source>
        <translation>Introduzca el ID del expediente: 26 caracteres, cifras y letras.</translation>
    </message>
    <message>
        <source>The case id is too long: it has 26 characters.</source>
        <translation>El ID del expediente es demasiado largo: tiene 26 caracteres.</translation>
    </message>
    <message>
        <source>A case id has only digits and the letters A to Z without I, L, O and U.</source>
        <translation>Un ID de expediente solo tiene cifras y las letras de la A a la Z, sin I, L, O ni U.</translation>
    </message>
    <message>
        <source>The case id has %1 of its 26 characters.</source>
        <translation>El ID del expediente tiene %1 de sus 26 caracteres.</translation>
    </message>
</context>
<context>
    <name>WaveformDecoder</name>
    <message>
        <source>The recording contains no audio.</source>
        <translation>La grabación no contiene audio.</translation>
    </message>
    <message>
        <source>The recording could not be decoded.</source>
        <translation>No se pudo descodificar la grabación.</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation>Forma de onda</translation>
    </message>
    <message>
        <source>Click or use the arrow keys to move through the recording</source>
        <translation>Haga clic o use las teclas de flecha para moverse por la grabación</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The sample server did not start: %1</source>
        <translation>El servidor de ejemplo no se inició: %1</translation>
    </message>
    <message>
        <source>Sample case</source>
        <translation>Expediente de ejemplo</translation>
    </message>
</context>
</TS>
