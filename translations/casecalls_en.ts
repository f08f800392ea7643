<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionItemChecklist</name>
    <message>
        <source>Action items are read-only here: the service does not let the app update a call.</source>
        <translation>Action items are read-only here: the service does not let the app update a call.</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Action items</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <source>Copy action items as text</source>
        <translation>Copy action items as text</translation>
    </message>
    <message>
        <source>Copy the action items as a plain-text checklist</source>
        <translation>Copy the action items as a plain-text checklist</translation>
    </message>
    <message>
        <source>No action items were found in this call.</source>
        <translation>No action items were found in this call.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open of %L1</source>
        <translation>
            <numerusform>%Ln open of %L1</numerusform>
            <numerusform>%Ln open of %L1</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
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
        <translation>Action items of the loaded calls</translation>
    </message>
    <message>
        <source>Open items first, newest call first. Enter or double-click jumps to the call.</source>
        <translation>Open items first, newest call first. Enter or double-click jumps to the call.</translation>
    </message>
    <message numerus="yes">
        <source>Action items (%L1 open in %L2 of %Ln calls)</source>
        <translation>
            <numerusform>Action items (%L1 open in %L2 of %Ln call)</numerusform>
            <numerusform>Action items (%L1 open in %L2 of %Ln calls)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Action items (%Ln open)</source>
        <translation>
            <numerusform>Action items (%Ln open)</numerusform>
            <numerusform>Action items (%Ln open)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The API address is not a valid URL.</source>
        <translation>The API address is not a valid URL.</translation>
    </message>
    <message>
        <source>The API address must start with https://.</source>
        <translation>The API address must start with https://.</translation>
    </message>
    <message>
        <source>Plain http would send the access token unencrypted; use https:// (http is only allowed for this computer, such as 127.0.0.1).</source>
        <translation>Plain http would send the access token unencrypted; use https:// (http is only allowed for this computer, such as 127.0.0.1).</translation>
    </message>
    <message>
        <source>The API address must not contain a user name, query or fragment.</source>
        <translation>The API address must not contain a user name, query or fragment.</translation>
    </message>
    <message>
        <source>No API address is set.</source>
        <translation>No API address is set.</translation>
    </message>
    <message>
        <source>The network is not available.</source>
        <translation>The network is not available.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid case id (26 letters and digits).</source>
        <translation>&quot;%1&quot; is not a valid case id (26 letters and digits).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid call id (26 letters and digits).</source>
        <translation>&quot;%1&quot; is not a valid call id (26 letters and digits).</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server rejected the request as malformed (HTTP 400).</source>
        <translation>The server rejected the request as malformed (HTTP 400).</translation>
    </message>
    <message>
        <source>The server did not accept the access token (HTTP 401). Enter a new token.</source>
        <translation>The server did not accept the access token (HTTP 401). Enter a new token.</translation>
    </message>
    <message>
        <source>You do not have access to this case (HTTP 403).</source>
        <translation>You do not have access to this case (HTTP 403).</translation>
    </message>
    <message>
        <source>The case or call was not found (HTTP 404). Check the case id.</source>
        <translation>The case or call was not found (HTTP 404). Check the case id.</translation>
    </message>
    <message>
        <source>The server rejected the request&apos;s parameters (HTTP 422).</source>
        <translation>The server rejected the request&apos;s parameters (HTTP 422).</translation>
    </message>
    <message>
        <source>The server is rate limiting requests (HTTP 429).</source>
        <translation>The server is rate limiting requests (HTTP 429).</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). Try again later.</source>
        <translation>The server had an internal problem (HTTP %1). Try again later.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>The server answered with HTTP %1.</translation>
    </message>
    <message>
        <source>The request was not sent.</source>
        <translation>The request was not sent.</translation>
    </message>
    <message>
        <source>Could not reach the server.</source>
        <translation>Could not reach the server.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>The server is rate limiting requests; try again at %1.</source>
        <translation>The server is rate limiting requests; try again at %1.</translation>
    </message>
    <message>
        <source>The server sent a response this app cannot read.</source>
        <translation>The server sent a response this app cannot read.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>The request was cancelled.</translation>
    </message>
    <message>
        <source>(at %1)</source>
        <translation>(at %1)</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Request id: %1</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>The network access manager is gone.</source>
        <translation>The network access manager is gone.</translation>
    </message>
    <message>
        <source>The response is larger than %L1 MiB; it was not read.</source>
        <translation>The response is larger than %L1 MiB; it was not read.</translation>
    </message>
    <message>
        <source>No complete answer within %L1 ms.</source>
        <translation>No complete answer within %L1 ms.</translation>
    </message>
    <message>
        <source>The server was silent for %L1 ms.</source>
        <translation>The server was silent for %L1 ms.</translation>
    </message>
    <message>
        <source>The response was cut off before it was complete.</source>
        <translation>The response was cut off before it was complete.</translation>
    </message>
    <message>
        <source>The response was cut off before it was complete (%1).</source>
        <translation>The response was cut off before it was complete (%1).</translation>
    </message>
    <message>
        <source>The response had no body.</source>
        <translation>The response had no body.</translation>
    </message>
    <message>
        <source>A web page (%1) came back instead of an API error; a proxy or gateway may have answered.</source>
        <translation>A web page (%1) came back instead of an API error; a proxy or gateway may have answered.</translation>
    </message>
    <message>
        <source>The response was not an API error (%1).</source>
        <translation>The response was not an API error (%1).</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>no content type</translation>
    </message>
    <message>
        <source>The server redirected to another address; the app only follows redirects within the API&apos;s own https origin.</source>
        <translation>The server redirected to another address; the app only follows redirects within the API&apos;s own https origin.</translation>
    </message>
    <message>
        <source>The server redirected more than %L1 times.</source>
        <translation>The server redirected more than %L1 times.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified (%1). Nothing was sent.</source>
        <translation>The server&apos;s identity could not be verified (%1). Nothing was sent.</translation>
    </message>
</context>
<context>
    <name>AppOptions</name>
    <message>
        <source>Review the phone calls of an estate case: summaries, transcripts, action items and recordings.</source>
        <translation>Review the phone calls of an estate case: summaries, transcripts, action items and recordings.</translation>
    </message>
    <message>
        <source>Open the built-in sample case (an in-process sample server).</source>
        <translation>Open the built-in sample case (an in-process sample server).</translation>
    </message>
    <message>
        <source>API base URL, e.g. https://api.example.com/v1.</source>
        <translation>API base URL, e.g. https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>Case id (a ULID). The token is read from CASECALLS_TOKEN.</source>
        <translation>Case id (a ULID). The token is read from CASECALLS_TOKEN.</translation>
    </message>
    <message>
        <source>Save a PNG of the window with a call selected once the case has loaded, then quit.</source>
        <translation>Save a PNG of the window with a call selected once the case has loaded, then quit.</translation>
    </message>
    <message>
        <source>Once the case has loaded, play its first recording until 1.5 seconds have played, say whether it did, then quit (exit code 0 when it played).</source>
        <translation>Once the case has loaded, play its first recording until 1.5 seconds have played, say whether it did, then quit (exit code 0 when it played).</translation>
    </message>
    <message>
        <source>Language of the window: %1. The default follows the system.</source>
        <translation>Language of the window: %1. The default follows the system.</translation>
    </message>
    <message>
        <source>--lang %1 is not available; choose one of: %2.</source>
        <translation>--lang %1 is not available; choose one of: %2.</translation>
    </message>
    <message>
        <source>--base-url needs an absolute URL (or use --demo).</source>
        <translation>--base-url needs an absolute URL (or use --demo).</translation>
    </message>
    <message>
        <source>--case needs a case id: 26 characters of Crockford base32.</source>
        <translation>--case needs a case id: 26 characters of Crockford base32.</translation>
    </message>
</context>
<context>
    <name>CallDetailView</name>
    <message>
        <source>Select a call to see its summary, transcript and action items</source>
        <translation>Select a call to see its summary, transcript and action items</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Call details</translation>
    </message>
    <message>
        <source>Call sections</source>
        <translation>Call sections</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Summary</translation>
    </message>
    <message>
        <source>&amp;Transcript</source>
        <translation>&amp;Transcript</translation>
    </message>
</context>
<context>
    <name>CallFormatter</name>
    <message>
        <source>Today %1</source>
        <translation>Today %1</translation>
    </message>
    <message>
        <source>Yesterday %1</source>
        <translation>Yesterday %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>short weekday, then time: Mon 14:05</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Initiated</source>
        <translation>Initiated</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Ringing</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>None</source>
        <comment>recording</comment>
        <translation>None</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>recording</comment>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Processing</source>
        <comment>recording</comment>
        <translation>Processing</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>recording</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>recording</comment>
        <translation>Completed</translation>
    </message>
</context>
<context>
    <name>CallJsonDecoder</name>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>contains an unpaired UTF-16 surrogate escape</source>
        <translation>contains an unpaired UTF-16 surrogate escape</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to %L1</source>
        <translation>expected a whole number from 0 to %L1</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected an ISO 8601 time with a time zone, got &quot;%1&quot;</source>
        <translation>expected an ISO 8601 time with a time zone, got &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>expected an array</translation>
    </message>
    <message>
        <source>is not a ULID: &quot;%1&quot;</source>
        <translation>is not a ULID: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>body</source>
        <translation>body</translation>
    </message>
    <message>
        <source>the response body is empty</source>
        <translation>the response body is empty</translation>
    </message>
    <message>
        <source>byte %L1</source>
        <translation>byte %L1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>not valid JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>expected a JSON object at the top level</translation>
    </message>
</context>
<context>
    <name>CallWalk</name>
    <message>
        <source>The server kept sending pages with no new calls; loading stopped.</source>
        <translation>The server kept sending pages with no new calls; loading stopped.</translation>
    </message>
    <message>
        <source>The server said there are more calls but sent no cursor; loading stopped.</source>
        <translation>The server said there are more calls but sent no cursor; loading stopped.</translation>
    </message>
    <message>
        <source>The server sent the same page cursor twice; loading stopped.</source>
        <translation>The server sent the same page cursor twice; loading stopped.</translation>
    </message>
</context>
<context>
    <name>CallsTableModel</name>
    <message>
        <source>Inbound</source>
        <translation>Inbound</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>Sorting by this column asks the server, so it covers every call of the case</source>
        <translation>Sorting by this column asks the server, so it covers every call of the case</translation>
    </message>
    <message>
        <source>Sorting by this column orders only the calls loaded so far</source>
        <translation>Sorting by this column orders only the calls loaded so far</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>Open items</translation>
    </message>
    <message>
        <source>Called by</source>
        <translation>Called by</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>CallsTableView</name>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
</context>
<context>
    <name>CaseSession</name>
    <message>
        <source>Case not opened</source>
        <translation>Case not opened</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Remove the stored access tokens and every cached recording from this computer, and close the case?</source>
        <translation>Remove the stored access tokens and every cached recording from this computer, and close the case?</translation>
    </message>
    <message>
        <source>Sign Out</source>
        <translation>Sign Out</translation>
    </message>
    <message>
        <source>Signed out: tokens and cached recordings removed.</source>
        <translation>Signed out: tokens and cached recordings removed.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Open a Case</source>
        <translation>Open a Case</translation>
    </message>
    <message>
        <source>&amp;Recent cases:</source>
        <translation>&amp;Recent cases:</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Recent cases</translation>
    </message>
    <message>
        <source>Double-click a case or press Enter to open it</source>
        <translation>Double-click a case or press Enter to open it</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Remove the selected recent case</source>
        <translation>Remove the selected recent case</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API &amp;base URL:</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API base URL</translation>
    </message>
    <message>
        <source>https://api.example.com/v1</source>
        <translation>https://api.example.com/v1</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API token</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Show the token</translation>
    </message>
    <message>
        <source>&amp;Case id:</source>
        <translation>&amp;Case id:</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>Case id</translation>
    </message>
    <message>
        <source>26 characters: digits and letters without I, L, O and U</source>
        <translation>26 characters: digits and letters without I, L, O and U</translation>
    </message>
    <message>
        <source>&amp;Label (optional):</source>
        <translation>&amp;Label (optional):</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>A name of your choice for the recent cases list</source>
        <translation>A name of your choice for the recent cases list</translation>
    </message>
    <message>
        <source>Remember the token in the system &amp;keychain</source>
        <translation>Remember the token in the system &amp;keychain</translation>
    </message>
    <message>
        <source>Remember the token in the system keychain</source>
        <translation>Remember the token in the system keychain</translation>
    </message>
    <message>
        <source>Token storage</source>
        <translation>Token storage</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Hide the token</source>
        <translation>Hide the token</translation>
    </message>
    <message>
        <source>Enter the API base URL, for example https://api.example.com/v1.</source>
        <translation>Enter the API base URL, for example https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>The API base URL cannot be used.</source>
        <translation>The API base URL cannot be used.</translation>
    </message>
    <message>
        <source>Enter the API token.</source>
        <translation>Enter the API token.</translation>
    </message>
    <message>
        <source>Looking for a saved token…</source>
        <translation>Looking for a saved token…</translation>
    </message>
    <message>
        <source>The token will not be saved: you will enter it again next time.</source>
        <translation>The token will not be saved: you will enter it again next time.</translation>
    </message>
    <message>
        <source>No keychain available: the token is kept for this session only.</source>
        <translation>No keychain available: the token is kept for this session only.</translation>
    </message>
    <message>
        <source>Saved in the keychain.</source>
        <translation>Saved in the keychain.</translation>
    </message>
    <message>
        <source>The token will be saved in the system keychain when you open the case.</source>
        <translation>The token will be saved in the system keychain when you open the case.</translation>
    </message>
</context>
<context>
    <name>DetailCallState</name>
    <message>
        <source>This call is still in progress; its transcript and summary appear when it ends.</source>
        <translation>This call is still in progress; its transcript and summary appear when it ends.</translation>
    </message>
    <message>
        <source>The call did not connect: no answer.</source>
        <translation>The call did not connect: no answer.</translation>
    </message>
    <message>
        <source>The call did not connect: the line was busy.</source>
        <translation>The call did not connect: the line was busy.</translation>
    </message>
    <message>
        <source>The call did not connect: it failed.</source>
        <translation>The call did not connect: it failed.</translation>
    </message>
    <message>
        <source>The call did not connect: it was cancelled.</source>
        <translation>The call did not connect: it was cancelled.</translation>
    </message>
    <message>
        <source>The transcript is still being processed.</source>
        <translation>The transcript is still being processed.</translation>
    </message>
    <message>
        <source>There is no transcript: the recording could not be processed.</source>
        <translation>There is no transcript: the recording could not be processed.</translation>
    </message>
    <message>
        <source>This call has no transcript.</source>
        <translation>This call has no transcript.</translation>
    </message>
    <message>
        <source>The summary is still being processed.</source>
        <translation>The summary is still being processed.</translation>
    </message>
    <message>
        <source>No summary was produced for this call.</source>
        <translation>No summary was produced for this call.</translation>
    </message>
    <message>
        <source>Action items appear when the call has been processed.</source>
        <translation>Action items appear when the call has been processed.</translation>
    </message>
</context>
<context>
    <name>DetailFindBar</name>
    <message>
        <source>Find in transcript</source>
        <translation>Find in transcript</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Matches</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matches</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 of %L2</translation>
    </message>
</context>
<context>
    <name>DetailHeader</name>
    <message>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Inbound</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Called by</source>
        <translation>Called by</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>Call ID</translation>
    </message>
    <message>
        <source>Twilio SID</source>
        <translation>Twilio SID</translation>
    </message>
    <message>
        <source>call ID</source>
        <translation>call ID</translation>
    </message>
    <message>
        <source>Twilio call SID</source>
        <translation>Twilio call SID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copy %1</translation>
    </message>
    <message>
        <source>Copy the %1 to the clipboard</source>
        <translation>Copy the %1 to the clipboard</translation>
    </message>
    <message>
        <source>No institution contact is linked to this call.</source>
        <translation>No institution contact is linked to this call.</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
</context>
<context>
    <name>DetailOverview</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>No notes.</translation>
    </message>
</context>
<context>
    <name>DetailReferenceChips</name>
    <message>
        <source>Copy %1</source>
        <translation>Copy %1</translation>
    </message>
    <message>
        <source>Copy reference number %1</source>
        <translation>Copy reference number %1</translation>
    </message>
    <message>
        <source>Copy reference number %1 to the clipboard</source>
        <translation>Copy reference number %1 to the clipboard</translation>
    </message>
</context>
<context>
    <name>DiagnosticLog</name>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Copy request id</source>
        <translation>Copy request id</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss the error</source>
        <translation>Dismiss the error</translation>
    </message>
</context>
<context>
    <name>FilterPane</name>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>Longest first</source>
        <translation>Longest first</translation>
    </message>
    <message>
        <source>Shortest first</source>
        <translation>Shortest first</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>Calls per page</source>
        <translation>Calls per page</translation>
    </message>
    <message>
        <source>Search loaded calls</source>
        <translation>Search loaded calls</translation>
    </message>
    <message>
        <source>Matching calls</source>
        <translation>Matching calls</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>With a &amp;recording</source>
        <translation>With a &amp;recording</translation>
    </message>
    <message>
        <source>Only calls with a recording</source>
        <translation>Only calls with a recording</translation>
    </message>
    <message>
        <source>With &amp;open action items</source>
        <translation>With &amp;open action items</translation>
    </message>
    <message>
        <source>Only calls with open action items</source>
        <translation>Only calls with open action items</translation>
    </message>
    <message>
        <source>&amp;Date range</source>
        <translation>&amp;Date range</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Date range</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Active filters</translation>
    </message>
    <message>
        <source>Load &amp;all calls</source>
        <translation>Load &amp;all calls</translation>
    </message>
    <message>
        <source>Load all calls</source>
        <translation>Load all calls</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel loading all calls</source>
        <translation>Cancel loading all calls</translation>
    </message>
    <message>
        <source>Loading all calls</source>
        <translation>Loading all calls</translation>
    </message>
    <message>
        <source>C&amp;lear all filters</source>
        <translation>C&amp;lear all filters</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>Ask the server</source>
        <translation>Ask the server</translation>
    </message>
    <message>
        <source>These filters reload the case from the server, so they cover every call.</source>
        <translation>These filters reload the case from the server, so they cover every call.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>All institutions</translation>
    </message>
    <message>
        <source>How many calls each request fetches (1 to 100).</source>
        <translation>How many calls each request fetches (1 to 100).</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>S&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>&amp;Page size:</translation>
    </message>
    <message>
        <source>Narrow the loaded calls</source>
        <translation>Narrow the loaded calls</translation>
    </message>
    <message>
        <source>Instant filters over the calls loaded so far. Use &quot;Load all calls&quot; to cover the whole case.</source>
        <translation>Instant filters over the calls loaded so far. Use &quot;Load all calls&quot; to cover the whole case.</translation>
    </message>
    <message>
        <source>Search summaries, transcripts, notes, action items</source>
        <translation>Search summaries, transcripts, notes, action items</translation>
    </message>
    <message>
        <source>Any direction</source>
        <translation>Any direction</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Outbound</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Inbound</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Di&amp;rection:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Fetch every call of the case, so searches cover all of it.</source>
        <translation>Fetch every call of the case, so searches cover all of it.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %L1 loaded calls match</source>
        <translation>
            <numerusform>%Ln of %L1 loaded calls matches</numerusform>
            <numerusform>%Ln of %L1 loaded calls match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls loaded</source>
        <translation>
            <numerusform>%Ln call loaded</numerusform>
            <numerusform>%Ln calls loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>%v of %m calls</source>
        <translation>%v of %m calls</translation>
    </message>
    <message>
        <source>%v calls</source>
        <translation>%v calls</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Institution: %1</source>
        <translation>Institution: %1</translation>
    </message>
    <message>
        <source>No filters: every loaded call is shown.</source>
        <translation>No filters: every loaded call is shown.</translation>
    </message>
    <message>
        <source>Showing only: %1</source>
        <translation>Showing only: %1</translation>
    </message>
</context>
<context>
    <name>LocalFilter</name>
    <message>
        <source>Inbound only</source>
        <translation>Inbound only</translation>
    </message>
    <message>
        <source>Outbound only</source>
        <translation>Outbound only</translation>
    </message>
    <message>
        <source>Unknown direction only</source>
        <translation>Unknown direction only</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Text: “%1”</translation>
    </message>
    <message>
        <source>With recording</source>
        <translation>With recording</translation>
    </message>
    <message>
        <source>With open action items</source>
        <translation>With open action items</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>From %1</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>To %1</translation>
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
        <translation>Rate limited by the server: waiting until %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Institution names could not be loaded; calls show numbers instead.</source>
        <translation>Institution names could not be loaded; calls show numbers instead.</translation>
    </message>
    <message>
        <source>%1 — Case Calls</source>
        <translation>%1 — Case Calls</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>&amp;Open Case…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Load &amp;All Calls</source>
        <translation>Load &amp;All Calls</translation>
    </message>
    <message>
        <source>Sign &amp;Out…</source>
        <translation>Sign &amp;Out…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Find in Calls</source>
        <translation>&amp;Find in Calls</translation>
    </message>
    <message>
        <source>Find in &amp;Transcript</source>
        <translation>Find in &amp;Transcript</translation>
    </message>
    <message>
        <source>&amp;Clear All Filters</source>
        <translation>&amp;Clear All Filters</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Go to &amp;Calls</source>
        <translation>Go to &amp;Calls</translation>
    </message>
    <message>
        <source>Go to &amp;Action Items</source>
        <translation>Go to &amp;Action Items</translation>
    </message>
    <message>
        <source>&amp;Recording</source>
        <translation>&amp;Recording</translation>
    </message>
    <message>
        <source>&amp;Play or Pause</source>
        <translation>&amp;Play or Pause</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>&amp;Save Recording As…</source>
        <translation>&amp;Save Recording As…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Case Calls</source>
        <translation>&amp;About Case Calls</translation>
    </message>
    <message>
        <source>About Case Calls</source>
        <translation>About Case Calls</translation>
    </message>
    <message>
        <source>Case Calls %1
Review the phone calls of an estate case.</source>
        <translation>Case Calls %1
Review the phone calls of an estate case.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>&amp;Clear Cached Recordings</source>
        <translation>&amp;Clear Cached Recordings</translation>
    </message>
    <message>
        <source>Cached recordings removed.</source>
        <translation>Cached recordings removed.</translation>
    </message>
    <message>
        <source>Some cached recordings could not be removed.</source>
        <translation>Some cached recordings could not be removed.</translation>
    </message>
    <message>
        <source>No case is open. Open one with Case → Open Case… (Ctrl+L).</source>
        <translation>No case is open. Open one with Case → Open Case… (Ctrl+L).</translation>
    </message>
    <message>
        <source>Loading calls…</source>
        <translation>Loading calls…</translation>
    </message>
    <message>
        <source>The calls could not be loaded. The message above says why; Retry tries again.</source>
        <translation>The calls could not be loaded. The message above says why; Retry tries again.</translation>
    </message>
    <message>
        <source>This case has no calls yet.</source>
        <translation>This case has no calls yet.</translation>
    </message>
    <message>
        <source>No call of this case matches the server filters. Clear all filters to see every call.</source>
        <translation>No call of this case matches the server filters. Clear all filters to see every call.</translation>
    </message>
    <message>
        <source>No loaded call matches the filters. Load all calls to search the whole case, or clear the filters.</source>
        <translation>No loaded call matches the filters. Load all calls to search the whole case, or clear the filters.</translation>
    </message>
    <message>
        <source>No call matches the filters. Clear the filters to see every call.</source>
        <translation>No call matches the filters. Clear the filters to see every call.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %L1 of %Ln calls</source>
        <translation>
            <numerusform>Loaded %L1 of %Ln call</numerusform>
            <numerusform>Loaded %L1 of %Ln calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Loaded %Ln calls</source>
        <translation>
            <numerusform>Loaded %Ln call</numerusform>
            <numerusform>Loaded %Ln calls</numerusform>
        </translation>
    </message>
    <message>
        <source>New access token</source>
        <translation>New access token</translation>
    </message>
    <message>
        <source>The server no longer accepts the access token (request id %1).
Enter a new token to go on:</source>
        <translation>The server no longer accepts the access token (request id %1).
Enter a new token to go on:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Open &amp;Log Folder</translation>
    </message>
</context>
<context>
    <name>PlayerControls</name>
    <message>
        <source>Back 15 seconds (Shift+Left)</source>
        <translation>Back 15 seconds (Shift+Left)</translation>
    </message>
    <message>
        <source>Back 5 seconds (Left)</source>
        <translation>Back 5 seconds (Left)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Play (Space)</translation>
    </message>
    <message>
        <source>Forward 5 seconds (Right)</source>
        <translation>Forward 5 seconds (Right)</translation>
    </message>
    <message>
        <source>Forward 15 seconds (Shift+Right)</source>
        <translation>Forward 15 seconds (Shift+Right)</translation>
    </message>
    <message>
        <source>Playback speed ([ slower, ] faster, 0 normal)</source>
        <translation>Playback speed ([ slower, ] faster, 0 normal)</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Space)</translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation>Unmute</translation>
    </message>
</context>
<context>
    <name>PlayerPane</name>
    <message>
        <source>Recording player</source>
        <translation>Recording player</translation>
    </message>
    <message>
        <source>No waveform: %1</source>
        <translation>No waveform: %1</translation>
    </message>
    <message>
        <source>No audio output device was found: playback is silent. Duration and waveform are still shown.</source>
        <translation>No audio output device was found: playback is silent. Duration and waveform are still shown.</translation>
    </message>
    <message>
        <source>Recordings cannot be fetched in this window.</source>
        <translation>Recordings cannot be fetched in this window.</translation>
    </message>
    <message>
        <source>Loading the recording…</source>
        <translation>Loading the recording…</translation>
    </message>
    <message>
        <source>Drawing the waveform…</source>
        <translation>Drawing the waveform…</translation>
    </message>
</context>
<context>
    <name>PlayerProblemBar</name>
    <message>
        <source>Try Again</source>
        <translation>Try Again</translation>
    </message>
    <message>
        <source>Save Recording As…</source>
        <translation>Save Recording As…</translation>
    </message>
    <message>
        <source>Open in Another Player</source>
        <translation>Open in Another Player</translation>
    </message>
    <message>
        <source>(Request id %1)</source>
        <translation>(Request id %1)</translation>
    </message>
    <message>
        <source>This recording cannot be played: the file is damaged or in a format this computer cannot play. Save it, or open it in another player.</source>
        <translation>This recording cannot be played: the file is damaged or in a format this computer cannot play. Save it, or open it in another player.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The recording did not load; the audio system did not answer. Try again, or open the file in another player.</source>
        <translation>The recording did not load; the audio system did not answer. Try again, or open the file in another player.</translation>
    </message>
    <message>
        <source>Playback stalled. Press Play to try again.</source>
        <translation>Playback stalled. Press Play to try again.</translation>
    </message>
    <message>
        <source>The recording stops at %1, before the end of the call: the file may be incomplete. Try Again downloads it once more.</source>
        <translation>The recording stops at %1, before the end of the call: the file may be incomplete. Try Again downloads it once more.</translation>
    </message>
    <message>
        <source>This recording lasts %1, but the call&apos;s recording should last %2: the file may be incomplete. Try Again downloads it once more.</source>
        <translation>This recording lasts %1, but the call&apos;s recording should last %2: the file may be incomplete. Try Again downloads it once more.</translation>
    </message>
</context>
<context>
    <name>PlayerSaveAs</name>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
    </message>
    <message>
        <source>The recording has not been downloaded yet.</source>
        <translation>The recording has not been downloaded yet.</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced.</source>
        <translation>%1 exists and cannot be replaced.</translation>
    </message>
    <message>
        <source>The recording could not be saved: %1</source>
        <translation>The recording could not be saved: %1</translation>
    </message>
    <message>
        <source>Save Recording As</source>
        <translation>Save Recording As</translation>
    </message>
    <message>
        <source>%1 audio (*.%2)</source>
        <translation>%1 audio (*.%2)</translation>
    </message>
</context>
<context>
    <name>PlayerTime</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>RecentCasesModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 (%2 on %3)</source>
        <translation>%1 (%2 on %3)</translation>
    </message>
    <message>
        <source>Case %1 at %2, last opened %3</source>
        <translation>Case %1 at %2, last opened %3</translation>
    </message>
</context>
<context>
    <name>RecordingDownload</name>
    <message>
        <source>Downloading the recording took too long.</source>
        <translation>Downloading the recording took too long.</translation>
    </message>
    <message>
        <source>The recording cache folder %1 cannot be written.</source>
        <translation>The recording cache folder %1 cannot be written.</translation>
    </message>
    <message>
        <source>The recording address is not valid.</source>
        <translation>The recording address is not valid.</translation>
    </message>
    <message>
        <source>The recording cannot be saved in the cache: %1</source>
        <translation>The recording cannot be saved in the cache: %1</translation>
    </message>
    <message>
        <source>The recording is larger than the cache allows (%L1 MB).</source>
        <translation>The recording is larger than the cache allows (%L1 MB).</translation>
    </message>
    <message>
        <source>The recording server redirected too often or to an unsafe address.</source>
        <translation>The recording server redirected too often or to an unsafe address.</translation>
    </message>
    <message>
        <source>The recording&apos;s link has expired and a fresh link did not work either (HTTP %1). Try again later.</source>
        <translation>The recording&apos;s link has expired and a fresh link did not work either (HTTP %1). Try again later.</translation>
    </message>
    <message>
        <source>The server has no recording for this call (HTTP 404).</source>
        <translation>The server has no recording for this call (HTTP 404).</translation>
    </message>
    <message>
        <source>The recording could not be downloaded: the server answered HTTP %1.</source>
        <translation>The recording could not be downloaded: the server answered HTTP %1.</translation>
    </message>
    <message>
        <source>The recording could not be downloaded: %1</source>
        <translation>The recording could not be downloaded: %1</translation>
    </message>
    <message>
        <source>The recording&apos;s link has expired.</source>
        <translation>The recording&apos;s link has expired.</translation>
    </message>
    <message>
        <source>The recording&apos;s link has expired and a fresh one could not be fetched: %1</source>
        <translation>The recording&apos;s link has expired and a fresh one could not be fetched: %1</translation>
    </message>
    <message>
        <source>This call no longer has a recording.</source>
        <translation>This call no longer has a recording.</translation>
    </message>
    <message>
        <source>The server sent an empty recording.</source>
        <translation>The server sent an empty recording.</translation>
    </message>
    <message>
        <source>The recording could not be stored in the cache.</source>
        <translation>The recording could not be stored in the cache.</translation>
    </message>
</context>
<context>
    <name>RecordingFetcher</name>
    <message>
        <source>The recording is still being processed. It can be played once processing has finished.</source>
        <translation>The recording is still being processed. It can be played once processing has finished.</translation>
    </message>
    <message>
        <source>The service could not process this call&apos;s recording.</source>
        <translation>The service could not process this call&apos;s recording.</translation>
    </message>
    <message>
        <source>This call has no recording.</source>
        <translation>This call has no recording.</translation>
    </message>
</context>
<context>
    <name>SignOutJob</name>
    <message>
        <source>The system keychain did not answer: the token may still be stored there.</source>
        <translation>The system keychain did not answer: the token may still be stored there.</translation>
    </message>
    <message>
        <source>Some cached recordings could not be removed from %1.</source>
        <translation>Some cached recordings could not be removed from %1.</translation>
    </message>
    <message>
        <source>The system keychain could not be reached, so a token stored there (service &quot;casecalls&quot;) may remain.</source>
        <translation>The system keychain could not be reached, so a token stored there (service &quot;casecalls&quot;) may remain.</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>Access to the system keychain was declined.</source>
        <translation>Access to the system keychain was declined.</translation>
    </message>
    <message>
        <source>The system keychain refused access (it may be locked).</source>
        <translation>The system keychain refused access (it may be locked).</translation>
    </message>
    <message>
        <source>No system keychain was found (such as GNOME Keyring or KWallet).</source>
        <translation>No system keychain was found (such as GNOME Keyring or KWallet).</translation>
    </message>
    <message>
        <source>The system keychain could not be reached.</source>
        <translation>The system keychain could not be reached.</translation>
    </message>
    <message>
        <source>The token is kept for this session only.</source>
        <translation>The token is kept for this session only.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Details: %1)</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
</context>
<context>
    <name>UlidValidator</name>
    <message>
        <source>Enter the case id: 26 characters, digits and letters.</source>
        <translation>Enter the case id: 26 characters, digits and letters.</translation>
    </message>
    <message>
        <source>The case id is too long: it has 26 characters.</source>
        <translation>The case id is too long: it has 26 characters.</translation>
    </message>
    <message>
        <source>A case id has only digits and the letters A to Z without I, L, O and U.</source>
        <translation>A case id has only digits and the letters A to Z without I, L, O and U.</translation>
    </message>
    <message>
        <source>The case id has %1 of its 26 characters.</source>
        <translation>The case id has %1 of its 26 characters.</translation>
    </message>
</context>
<context>
    <name>WaveformDecoder</name>
    <message>
        <source>The recording contains no audio.</source>
        <translation>The recording contains no audio.</translation>
    </message>
    <message>
        <source>The recording could not be decoded.</source>
        <translation>The recording could not be decoded.</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation>Waveform</translation>
    </message>
    <message>
        <source>Click or use the arrow keys to move through the recording</source>
        <translation>Click or use the arrow keys to move through the recording</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The sample server did not start: %1</source>
        <translation>The sample server did not start: %1</translation>
    </message>
    <message>
        <source>Sample case</source>
        <translation>Sample case</translation>
    </message>
</context>
</TS>
