<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../src/operations/UndoHistory.cpp" line="+82"/>
        <source>a repository delete cannot be undone</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing was deleted (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>recorded before Berth kept what undo needs</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not recorded for undo</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired on %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/AccountsDialog.ui" line="+6"/>
        <source>Registry accounts</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a saved registry account to edit it</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add account</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start a new registry account</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove account</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected account and its saved secret</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>harbor.example.com</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Account name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A name for this account, shown in the registry tree</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registry &amp;URL:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://harbor.example.com</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Registry URL</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The address of the Harbor registry</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account type</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Robot account, user account or anonymous access</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Username:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>robot$project+name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The robot name, such as robot$project+name, or a user name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secret:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored in the keychain or kept for this session only, never shown</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import robot JSON…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import robot JSON file</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill in the name and secret from the file Harbor exports for a new robot</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the secret:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in the &amp;keychain</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the secret in the keychain</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for this &amp;session only</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the secret for this session only</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The secret is forgotten when Berth quits</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;CA file:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: company CA certificate (PEM)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CA certificate file</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional: a company CA certificate in PEM format</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a CA certificate file</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Pinned certificate:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: the SHA-256 fingerprint of the server&apos;s own certificate (not of the CA that signed it)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional: SHA-256 fingerprint of the server&apos;s own certificate, not its CA</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pinned certificate fingerprint</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow plain &amp;http (the secret travels unencrypted)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allow plain http</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The secret travels unencrypted over http</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robot expires:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Test connection</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test connection</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asks Harbor who it thinks you are and what you may do</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ve</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save account</source>
        <translation></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dialog buttons</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ActionJournalText</name>
    <message>
        <location filename="../../src/operations/ActionJournal.cpp" line="+42"/>
        <source>cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is a symbolic link, which the journal never follows</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it is not a regular file</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AddTagDialog</name>
    <message>
        <location filename="../../ui/AddTagDialog.ui" line="+6"/>
        <source>Add tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New &amp;tag:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. v1.4 or prod</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What will be created</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CleanupDialog</name>
    <message>
        <location filename="../../ui/CleanupDialog.ui" line="+6"/>
        <source>Clean up</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sco&amp;pe:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the plan covers: * for the whole registry, PROJECT, PROJECT/FOLDER/ or PROJECT/REPO; Enter applies it</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>* (the whole registry), PROJECT, PROJECT/FOLDER/ or PROJECT/REPO</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rules (filters must all hold; keep rules always win; immutable tags are always kept)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags &amp;matching:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select tags matching</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A pattern for the tag names to remove; empty selects any tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pattern kind</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Whether the pattern is a glob or a regular expression</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Untagged artifacts only</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untagged artifacts only</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushed more than:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 30d (ago)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pushed more than</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A duration such as 30d: select what was pushed longer ago</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last pulled more than:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 90d ago (never pulled counts)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last pulled more than</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A duration such as 90d: select what was last pulled longer ago, or never</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep the newest:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>off</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> per repository</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the newest tags</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How many of the newest tags to keep in each repository</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep tags matching:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regular expression, e.g. release-.*|latest</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep tags matching</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A regular expression for tags that are always kept</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep if pulled within:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 14d</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep pulled within</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A duration such as 14d: keep anything pulled within it</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;fetch from Harbor</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refetch from Harbor</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Loads the tags again and recomputes the plan</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every tag in the scope, marked remove or keep, with the rule that decided</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export &amp;JSON…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export plan as JSON</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export plan as CSV</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Run plan…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run plan</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deletes what the plan marks for removal, after a confirmation</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialog buttons</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CleanupEvaluator</name>
    <message>
        <location filename="../../src/operations/CleanupEvaluator.cpp" line="+43"/>
        <source>kept: immutable tag (Harbor refuses to delete it)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: tagged, and the rules select untagged artifacts only</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: untagged, and the rules select tags matching %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: the name does not match %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: matches the keep %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: media type %1 is not %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: type %1 is not %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: pushed %1, not more than %2 ago</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: pulled %1, within %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: pulled %1, within the last %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: #%1 of the %2 newest tags by image creation date</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept: #%1 of the %2 newest tags by push time</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pushed %1 (more than %2)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last pulled %1 (more than %2)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never pulled</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not among the %1 newest tags (#%2)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untagged</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no rule keeps it</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name matches %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/operations/CleanupRules.cpp" line="+209"/>
        <source>media type %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/operations/CleanupRules.cpp" line="+2"/>
        <source>type %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1d ago</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1h ago</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1m ago</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/operations/CleanupRules.cpp" line="-124"/>
        <source>glob &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>regex &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/operations/CleanupDuration.cpp" line="+16"/>
        <source>&apos;%1&apos; is not a duration (%2); use e.g. 30d, 12h, 2w</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a number at &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number too large</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a unit is missing: s, m, h, d or w</source>
        <translation></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unknown unit &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>more than 100 years</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/operations/CleanupEvaluator.cpp" line="+1"/>
        <source>in the future</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/operations/CleanupRules.cpp" line="+17"/>
        <source>&apos;%1&apos; is not a scope: use PROJECT, PROJECT/REPO, PROJECT/FOLDER/ or *</source>
        <translation></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>keep-last must not be negative</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>durations must not be negative</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>untagged artifacts</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>tags matching %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>pushed more than %1 ago</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not pulled in %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the %1 newest tags per repository</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>anything pulled within %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>immutable tags</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>everything</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove %1; keep %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/operations/CleanupEvaluator.cpp" line="+204"/>
        <source>%1 now points to %2, the plan had %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the tag %1 is no longer on %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tag %1 is immutable now</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the artifact has tags now: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was pushed again since the plan</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the rule no longer holds: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ConfirmDeleteDialog</name>
    <message>
        <location filename="../../ui/ConfirmDeleteDialog.ui" line="+6"/>
        <source>Confirm delete</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The tags and artifacts that will be deleted</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Harbor frees the storage only when garbage collection runs.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type the requested word to enable the delete button</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dialog buttons</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CopyToDialog</name>
    <message>
        <location filename="../../ui/CopyToDialog.ui" line="+6"/>
        <source>Copy to</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Registry:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target registry</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;epository:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target repository</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which tags</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New tags</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tag1, tag2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;signatures and other referrers</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also copy what refers to this artifact: OCI referrers (SBOMs, attestations, signatures) and cosign&apos;s .sig, .att and .sbom tags.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What will be created</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <location filename="../../ui/DetailsPane.ui" line="+24"/>
        <source>Digest:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Media type:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Manifest type:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Size:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pushed:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pulled:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Platforms:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Labels:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vulnerabilities:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tags on this artifact:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Immutable:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pull commands</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>docker, by tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>Read-only</source>
        <translation></translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>Copy</source>
        <translation></translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+9"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>Copies the command to the clipboard</source>
        <translation></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>podman, by tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>docker, by digest</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>podman, by digest</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DiagnosisDialog</name>
    <message>
        <location filename="../../ui/DiagnosisDialog.ui" line="+6"/>
        <source>Why did this fail?</source>
        <translation></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>What was sent, what came back, and what the probes found</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the request sent and what the follow-up probes found</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The same request with curl</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A curl command that repeats the failed request</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show secret</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shows the secret in the curl command instead of a placeholder</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy curl command</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dialog buttons</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ErrorPresenter</name>
    <message>
        <location filename="../../src/diagnosis/CauseWording.cpp" line="+25"/>
        <location filename="../../src/diagnosis/RegistryCauseWording.cpp" line="+38"/>
        <source>anonymous</source>
        <translation></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Harbor&apos;s REST API ignores registry Bearer tokens</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request carried &quot;Authorization: Bearer …&quot;. Tokens from /service/token are valid only on the registry&apos;s /v2/ endpoints; the REST API under /api/v2.0 does not look at them. </source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A token from docker login or /service/token was sent to /api/v2.0.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the robot&apos;s name and secret as HTTP Basic instead: curl -u &apos;robot$project+name:SECRET&apos; …</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No credentials were sent</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request went out without an Authorization header, so Harbor handled it as anonymous. </source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request carried browser session cookies (%1) instead of credentials; Harbor&apos;s API needs HTTP Basic for scripts.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/diagnosis/RegistryCauseWording.cpp" line="+136"/>
        <source>The profile is anonymous, or no secret has been saved for it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the robot account&apos;s name and secret to the profile (Edit credentials), or pass them with --password-stdin.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The secret could not be read from the keyring</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The profile says a secret was saved, but the keyring did not return it, so the request went out without credentials and Harbor treated it as anonymous. The keyring may be locked, or the secret was removed outside Berth.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The login keyring is locked.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The secret was removed outside Berth.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock the keyring (for example in Seahorse) and retry, or enter the secret again.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret looks like a token, not a robot secret</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secret starts like a JWT (eyJ…). Harbor&apos;s REST API wants the robot&apos;s own secret, the one shown once when the robot was created. A registry token used as a password is rejected, and the request then runs as anonymous. </source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the robot secret from Harbor&apos;s &quot;export to file&quot; or refresh the robot&apos;s secret.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The robot name %1 looks mangled by a shell</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In double quotes a shell expands $name, so &quot;robot$team+ci&quot; becomes &quot;robot+ci&quot;. Harbor does not recognise the result as a robot, tries it as a user login, fails, and carries on anonymously. </source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The name %1 lacks the robot prefix %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Harbor recognises a robot only by its prefix (%1 unless the admin changed it). Without it the name is tried as a user login, which fails, and the request runs as anonymous. </source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The intended name is probably %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shell read the start of the project name as a variable and left only &quot;%1&quot; of it; &lt;project&gt; stands for that start.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the full robot name in single quotes, e.g. -u &apos;%1:SECRET&apos;, or escape the dollar sign.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Harbor did not accept the credentials for %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Harbor does not say why credentials fail; its core log does, under request id %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The robot expired on %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secret is wrong or was refreshed.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The robot account is disabled, expired or was deleted.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name does not match exactly (project part, upper/lower case).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask a project admin to check the robot (Robot Accounts) and refresh its secret, then update the profile.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An OIDC password cannot be used on Harbor&apos;s API</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This Harbor signs users in with OIDC. Its API accepts an OIDC user&apos;s CLI secret on a few paths only, and never the identity provider&apos;s password; everything else runs as anonymous. </source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use a robot account for automation, or the CLI secret from your Harbor user profile.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Berth did not follow a redirect of a %1 request</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server answered %1 %2 with a redirect to %3. Berth follows no redirect for a request that changes data, because the new address may name something else, such as another tag; nothing was sent there. Treat the item as still present until a refresh shows otherwise.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an address it did not name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh, then check the profile&apos;s URL and any proxy in front of Harbor: Harbor&apos;s API does not redirect a %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Berth did not send the credentials to another server</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server redirected the request to %1. Sending the robot&apos;s secret there could leak it, so Berth refused. The profile&apos;s URL is probably not Harbor&apos;s canonical address.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another address</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the profile&apos;s URL to the address the server redirects to (its external URL).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credentials are valid, but this request arrived without them</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor accepts these credentials (users/current says so), yet it treated this request as anonymous. Something between Berth and Harbor removed the Authorization header, such as a proxy.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check proxies and load balancers in front of Harbor for rules that drop Authorization.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Harbor rejected a session cookie (CSRF)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request carried Harbor&apos;s sid session cookie. With that cookie Harbor enforces the web UI&apos;s CSRF protection, and the DELETE fails with 403 even when the credentials are right.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send no cookies to the API: drop -b/--cookie and Cookie headers, and use -u with the robot.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Harbor is in read-only mode</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An administrator has put Harbor into read-only mode; nothing can be deleted until it is switched off.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for the maintenance to end, or ask an administrator.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a robot of another project</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A project robot may act only in its own project (%1); Harbor refuses it in %2 with 403.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a robot of %1, or a system robot with access to it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the permission</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Harbor refused this request, though %1 now holds %2 in %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor accepted the credentials and answered 403 Forbidden, yet it lists %1 among the account&apos;s permissions in %2 now: it was probably granted after the request failed.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry; if Harbor refuses again, give the request id %1 to the Harbor admin.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lacks %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lacks %2 in %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor accepted the credentials but the account is not allowed to do this (403 Forbidden). A 403 for a project that does not exist looks the same.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its permissions in %1: %2.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The proxy %1 refused the proxy credentials</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request to %1 went through the proxy %2, named by the environment (https_proxy, http_proxy or all_proxy). The proxy answered 407 Proxy Authentication Required: it refused the user name and password in that variable, or none were given.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Put the proxy account in the variable (http://USER:PASSWORD@%1), or list %2 in no_proxy if the registry is reachable without the proxy.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The request went through the proxy %1, named by the environment; the proxy may be down, or may not reach %2.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The registry sent content that does not match its digest</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content asked for by digest must hash to that digest; this did not, so Berth refused it and shows nothing of it. %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A proxy or cache between you and the registry changed the content.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s storage is damaged.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry. If it happens again, give the details to the registry&apos;s administrator.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 may not pull from this repository</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor&apos;s registry endpoint (/v2/) answered 401 Unauthorized to credentials its API accepts: the account lacks the pull permission (repository:pull) for %1. Listing and deleting go through the API and still work; reading manifests, configs and layers needs pull.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this project</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cleanup robots are often given list and delete only.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &quot;Pull artifact&quot; (repository:pull) to the account&apos;s permissions in the project, or inspect with an account that has it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Credentials were not sent to the registry&apos;s token service</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the registry over https. A token service on another host is used only over https, where credentials cannot be read on the way.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-207"/>
        <source>Ask a project admin to grant %1 to the robot, or use one that has it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-184"/>
        <source>Harbor treats a request whose credentials fail as anonymous, and anonymous users may read public projects but never delete.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is why listing worked and this request got 401 Unauthorized.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is why this request would get 401 Unauthorized.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That is why this request got 401 Unauthorized.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+191"/>
        <source>The repository name was not encoded the way Harbor needs</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor wants a repository name with &apos;/&apos; encoded twice in the path (a/b becomes a%252Fb). A single %2F is decoded on the way in and the path no longer matches.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace %2F with %252F in the repository part of the URL.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tag now points to another artifact</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag was re-pushed and is now on %1, so it is no longer attached to the artifact this delete named.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh and check the new artifact before deleting again.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/diagnosis/RegistryCauseWording.cpp" line="-16"/>
        <source>It is not there (already deleted?)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor answered 404: the tag or artifact does not exist, most likely because someone or something (retention, another script) already deleted it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh to see the current state.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tag is immutable</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An immutability rule protects it: Harbor refuses to delete it, or any artifact that carries it (412 Precondition Failed).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a project admin can change the project&apos;s immutability rules.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The artifact is part of a multi-arch index</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A manifest list or OCI index references this artifact, so Harbor will not delete it on its own.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the index instead; its children go with it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harbor rejected the request as invalid</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor said: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no message)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is likely a bug in the request; please report it with the details.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harbor is rate limiting requests</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered 429 Too Many Requests, also after retries.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry later, or lower the concurrency or requests per second.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A proxy answered instead of Harbor (HTTP %1)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The response is an HTML page, as a reverse proxy or load balancer sends when Harbor is down or unreachable behind it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry later; if it persists, ask the admin to check Harbor behind the proxy.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Harbor failed with a server error (HTTP %1)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor hides the details of server errors; its core log has them under request id %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry; if it persists, give the request id to the Harbor admin.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s answer could not be used</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected Harbor&apos;s JSON, got %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something else</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the URL points at Harbor itself, then retry.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate is not trusted</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS verification failed: %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate %1, issued by %2, SHA-256 %3.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add the company CA to the profile (CA file), or trust exactly this certificate for this profile after checking its fingerprint with the admin.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server speaks only a TLS version that is no longer accepted</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The TLS handshake failed before any certificate was checked: %1. Berth needs TLS 1.2 or newer; a server that offers only TLS 1.0 or 1.1 is refused.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the admin to enable TLS 1.2 or 1.3 on Harbor, or on the proxy in front of it. Trusting a certificate does not help here.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Harbor did not answer in time</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No data arrived for %1 (%2).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A DELETE that timed out may still have happened on the server; refresh before you try again.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry, or raise the timeout for slow servers.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check the URL, the network and any proxy settings (https_proxy, no_proxy).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credentials were not sent over plain http</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use https, or allow plain http in the profile if you accept the risk.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was sent: the name is not one a registry accepts</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the name. Tags hold letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; and do not start with &apos;.&apos; or &apos;-&apos;; repository paths are lowercase.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was cancelled before it finished.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request failed (HTTP %1)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry; if it persists, report it with the details.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/diagnosis/ErrorPresenter.cpp" line="+279"/>
        <source>Request: %1 %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Authorization: Basic, as %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorization: Bearer token</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authorization: none</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cookies: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cookies: none</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirect followed: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Redirect refused: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-Request-Id sent: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No HTTP response: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Harbor said: %1 %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>X-Request-Id: %1 (search harbor-core&apos;s log for it)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WWW-Authenticate: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body began: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Elapsed: %1 ms, %n attempts</source>
        <translation>
            <numerusform>Elapsed: %1 ms, %n attempt</numerusform>
            <numerusform>Elapsed: %1 ms, %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fix: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Request id: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/diagnosis/RegistryCauseWording.cpp" line="-141"/>
        <source>the access this request needs</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the token service</source>
        <translation></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This registry cannot remove a tag alone: it deletes manifests by digest only</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused to delete the tag (HTTP %1 %2). The distribution API deletes a manifest by its digest, and that takes away every tag on it. Berth did not fall back to a digest delete: nothing was deleted.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tag is on %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other tag is on that manifest.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting the manifest also removes these tags: %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the whole manifest should go, delete it by its digest, as a separate, explicit step.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the whole manifest should go, with every tag on it, delete it by digest: berthctl rm %1@%2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deleting is turned off on this registry</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered 405 Method Not Allowed to a manifest delete: it refuses deletes for everyone, whatever the credentials. This is the registry&apos;s configuration (storage.delete.enabled in distribution&apos;s config.yml), not a missing permission.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the registry&apos;s administrator to enable deletion (storage: delete: enabled: true) and restart it; then delete again.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tag %1 already names another artifact</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the target, %1 in %2 is on %3. Berth never moves a tag silently: nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another digest</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another tag, or remove that tag first if it should move.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The project&apos;s storage quota is full</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor refused the push (HTTP %1): %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free space in the project (delete artifacts, then run garbage collection), or ask a Harbor administrator to raise its quota.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project is a proxy cache: it takes no pushes and no deletes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor refused the request (HTTP %1): %2. A proxy-cache project only mirrors another registry; what it holds comes from there.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy into an ordinary project instead.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This delete can no longer be undone: garbage collection has run</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo needs every blob the deleted manifest names, and the registry no longer has some (HEAD answered 404): %1. Nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Push the image again from a copy (a CI build, another registry, a local image).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry does not list its repositories to %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalog (/v2/_catalog) was refused (HTTP %1). Most hosted registries (Docker Hub, GHCR, ...) deny it to users; others grant it to administrators only. Repositories named by hand still work.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the repository: berthctl ls REPO lists its tags, inspect and rm work as usual. In Berth&apos;s window, add the repositories or namespaces to the profile.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not reach the registry&apos;s token service at %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry sends clients to its token service (%1) for a token; that request failed before any answer: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token service is down, or its address is only reachable from the registry&apos;s own network.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proxy or firewall blocks it (https_proxy, no_proxy).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that %1 is reachable from this machine; the registry&apos;s administrator sets it as auth.token.realm.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The token service granted %1 less than asked</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berth asked the token service %1 for %2; it answered %3 Forbidden and granted nothing.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berth asked the token service %1 for %2; it gave a token, but the registry answered insufficient_scope (HTTP %3): the token does not grant that.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No credentials were sent: the token service grants anonymous users little or nothing.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account may not do this in the repository.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log in (berthctl login) with an account that may do this.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the registry&apos;s administrator to grant %1 to %2.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry did not accept the credentials for %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s token service (%1) answered %2 to these credentials.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry answered 401 Unauthorized to these credentials.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password or token is wrong or was changed.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The user name does not match.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in again with the right credentials (berthctl login).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry answered 404: the repository, tag or manifest does not exist, or no longer does.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered 404 %1: the repository, tag or manifest does not exist, or no longer does.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A typing mistake in the name.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone or something (a cleanup job, another script) deleted it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the name with berthctl ls, or refresh to see the current state.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry wants credentials</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request went out without credentials and the registry answered 401 Unauthorized: it does not allow anonymous access here.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in (berthctl login), or pass the credentials with --user and --password-stdin.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ExplainDialog</name>
    <message>
        <location filename="../../ui/ExplainDialog.ui" line="+6"/>
        <source>Explain a failed request</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paste a curl command that failed against Harbor. Berth reads it as a shell would, without running it, then asks Harbor a few GET questions with the same credentials and tells you why it fails and how to fix it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste a curl command that failed; it is not sent</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>curl -X DELETE https://harbor.example.com/api/v2.0/projects/… -u &quot;robot$team+ci:…&quot;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Explain</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explains why the command fails, using read-only probes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server to ask</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the request failed and how to fix it</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Corrected:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command with the mistakes fixed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy corrected command</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dialog buttons</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../ui/HistoryDialog.ui" line="+6"/>
        <source>History of deletes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every delete Berth and berthctl carried out, newest first</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export CSV…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export journal as CSV</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export JSON Lines…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export journal as JSON Lines</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the selected entry&apos;s batch</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo batch</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the selected entry only</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo entry</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reload journal</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialog buttons</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ImportLoginsDialog</name>
    <message>
        <location filename="../../ui/ImportLoginsDialog.ui" line="+6"/>
        <source>Import logins</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logins found</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logins docker and podman keep; tick those to import</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import result</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Look again</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Look again</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import selected logins</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Import selected</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialog buttons</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.ui" line="+9"/>
        <source>Berth</source>
        <translation></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Why did this happen?</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explains the login problem shown in the banner</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why?</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Continue anonymously</source>
        <translation></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Browse without credentials; deleting is not possible</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close banner</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✕</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shows only the rows that match; Find moves here</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter loaded projects, repositories and tags (Ctrl+F)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter error</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the filter text is matched</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show untagged artifacts</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untagged</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show index children and signatures</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index children &amp;&amp; signatures</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Search server</source>
        <translation></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Asks Harbor for repositories matching the filter, not only the loaded rows</source>
        <translation></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Registry</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;View</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Accounts…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;pull command</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;digest</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;untagged artifacts</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show index &amp;children and accessories</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Expand loaded</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Collapse all</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clean &amp;up…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History of deletes…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove selected tags…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete selected &amp;artifacts…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete &amp;repository…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Explain a failed request…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inspect contents</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the manifest, configuration, layers and referrers of the selected row</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Berth</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RegistryPlanRule</name>
    <message>
        <location filename="../../src/operations/RegistryPlanRule.cpp" line="+24"/>
        <source>kept: its manifest also carries %1, which the plan keeps; this registry deletes whole manifests only (rules alone: %2)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ServerProbe</name>
    <message>
        <location filename="../../src/api/ServerProbe.cpp" line="+131"/>
        <source>the server answers neither as Harbor (GET /api/v2.0/systeminfo: %1) nor as an OCI registry (GET /v2/: %2)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HTTP %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no HTTP answer</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::AccountsDialog</name>
    <message>
        <location filename="../../src/gui/AccountsDialog.cpp" line="+50"/>
        <source>Robot account</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous (public projects only)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved registries</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Robot secret or password</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks of what you typed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection test result</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import robot account</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Robot JSON (*.json);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import failed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import &amp;logins…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import logins from docker and podman</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>CA certificate</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 (this session only)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened for this session and not saved. Save keeps it, with its secret in the keychain or for this session only.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>saved in the keychain; type to replace</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept for this session only; type to replace</source>
        <translation></translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+104"/>
        <source>CA file: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="-93"/>
        <source>URL: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Asking the registry…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Closed %1; nothing had been saved for it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-260"/>
        <source>unknown or never</source>
        <translation></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Imported %1 from %2.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Asking Harbor…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+16"/>
        <location line="+6"/>
        <location line="+29"/>
        <source>Cannot save</source>
        <translation></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Enter the robot&apos;s secret (or the user&apos;s password).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The keychain refused the secret</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep for this session only</source>
        <translation></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Saved %1; its secret is kept for this session only.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1; its secret is in %2.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ActionJournal</name>
    <message>
        <location filename="../../src/operations/ActionJournal.cpp" line="+148"/>
        <source>cannot create %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the journal %1 is locked by another process</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot write %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::AddTagDialog</name>
    <message>
        <location filename="../../src/gui/AddTagDialog.cpp" line="+17"/>
        <source>Add a tag to %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Type the new tag&apos;s name.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The artifact has the tag %1 already.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Creates the tag %1 on %2.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ApiError</name>
    <message>
        <location filename="../../src/api/ApiError.cpp" line="+136"/>
        <source> (redirect to %1 refused)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ApiJob</name>
    <message>
        <location filename="../../src/api/ApiJob.cpp" line="+26"/>
        <source>%1 MiB</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+250"/>
        <source>the response is larger than %1, the most Berth reads for this content; refusing to read it</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a list page larger than %1 MiB, the cap for one page of a list; refusing to read it</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the response is larger than %1 MiB; refusing to read it</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source> to </source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no data for %1 s</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection broke before the whole body arrived (%1)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::AuthChallenge</name>
    <message>
        <location filename="../../src/core/AuthChallenge.cpp" line="+50"/>
        <source>The server&apos;s WWW-Authenticate header is empty, so it names no way to log in.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a comma is missing between two challenges</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it names no authentication scheme</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s WWW-Authenticate header cannot be read: %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (at character %1)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>an authentication scheme such as Bearer or Basic was expected</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it starts with a parameter, not with an authentication scheme</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an unexpected character follows the scheme</source>
        <translation></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a parameter name was expected</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the parameter %1 has no value</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the parameter %1 appears twice</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an unexpected character follows the value of %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+18"/>
        <source>a quoted value is not closed</source>
        <translation></translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+14"/>
        <source>a quoted value contains a control character</source>
        <translation></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The registry names no valid address for its token service.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry&apos;s token service is not an http or https address; Berth does not send credentials there.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry&apos;s token service address carries a user name; Berth does not send credentials there.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry&apos;s token service address has no host.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The registry sends Berth to %1 on this machine for a token; Berth refuses, as a remote server must not direct credentials to a local service.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry sends Berth to %1 over plain http for a token; Berth refuses, as the credentials would travel unencrypted to a host you did not name.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::BlobCopy</name>
    <message>
        <location filename="../../src/api/BlobCopy.cpp" line="+224"/>
        <source>the blob read from the source does not match its digest: expected %1 (%2 bytes), read %3 bytes whose digest is %4</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::CaFile</name>
    <message>
        <location filename="../../src/api/CaFile.cpp" line="+20"/>
        <source>%1 is a relative path, so it would depend on the current directory; give the absolute path</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds no PEM certificate</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ChangesView</name>
    <message>
        <location filename="../../src/gui/ChangesView.cpp" line="+16"/>
        <source>Change</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repository</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Digest</source>
        <translation></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>new</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>removed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>moved</source>
        <translation></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Changes since the snapshot: %1 new, %2 removed, %3 moved</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::CleanupDialog</name>
    <message>
        <location filename="../../src/gui/CleanupDialog.cpp" line="+32"/>
        <source>never</source>
        <translation></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Clean up %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scope: the %1 %2 on %3. The plan is computed from fresh data from Harbor and checked again, item by item, right before anything is deleted.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-54"/>
        <source>regular expression</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>glob</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repository</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Digest</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pushed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pulled</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decided by</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan preview</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan totals</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export plan</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>registry</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>project</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>folder</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repository</source>
        <translation></translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Pushed more than</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last pulled more than</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep if pulled within</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fetching from Harbor…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fetching from Harbor… %1 of %2 repositories</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not compute a plan: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;b&gt;%1 to remove&lt;/b&gt; (%2 tags, %3 untagged artifacts), %4 kept (%5 immutable). %6%7</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Frees %1 once garbage collection runs. </source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n artifacts will be left untagged.</source>
        <translation>
            <numerusform>%n artifact will be left untagged.</numerusform>
            <numerusform>%n artifacts will be left untagged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Data from %1; %n repositories.</source>
        <translation>
            <numerusform>Data from %1; %n repository.</numerusform>
            <numerusform>Data from %1; %n repositories.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Storage freed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analyse storage</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source>Remove %n items as planned? Each is checked again right before it goes; what changed since the plan is left alone.</source>
        <translation>
            <numerusform>Remove %n item as planned? It is checked again right before it goes; if it changed since the plan, it is left alone.</numerusform>
            <numerusform>Remove %n items as planned? Each is checked again right before it goes; what changed since the plan is left alone.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>remove</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>keep</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(untagged)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Showing the first %1 of %2 items; export the plan to see all.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+9"/>
        <source>Run the plan</source>
        <translation></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Type %1 to confirm:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cleaning up…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 removed, %2 changed since the plan and left alone, %3 failed, %4 cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clean-up finished</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor frees the storage only when garbage collection runs.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::CleanupPlanner</name>
    <message>
        <location filename="../../src/operations/CleanupPlanner.cpp" line="+110"/>
        <source>no repository or folder %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ConfirmDeleteDialog</name>
    <message>
        <location filename="../../src/gui/ConfirmDeleteDialog.cpp" line="+29"/>
        <source>Delete repository?</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the repository %1 from %2, with every artifact in it?</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What will be deleted</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>Remove %n tags?</source>
        <translation>
            <numerusform>Remove %n tag?</numerusform>
            <numerusform>Remove %n tags?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Remove %n tags from %1? Only the tags go; the artifacts stay.</source>
        <translation>
            <numerusform>Remove %n tag from %1? Only the tag goes; the artifact stays.</numerusform>
            <numerusform>Remove %n tags from %1? Only the tags go; the artifacts stay.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Delete %n artifacts?</source>
        <translation>
            <numerusform>Delete %n artifact?</numerusform>
            <numerusform>Delete %n artifacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Delete %n artifacts from %1, with all their tags?</source>
        <translation>
            <numerusform>Delete %n artifact from %1, with all its tags?</numerusform>
            <numerusform>Delete %n artifacts from %1, with all their tags?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n artifacts stay: they carry immutable tags, which Harbor refuses to delete (412).</source>
        <translation>
            <numerusform>%n artifact stays: it carries immutable tags, which Harbor refuses to delete (412).</numerusform>
            <numerusform>%n artifacts stay: they carry immutable tags, which Harbor refuses to delete (412).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n immutable tags stay: Harbor refuses to delete them (412).</source>
        <translation>
            <numerusform>%n immutable tag stays: Harbor refuses to delete it (412).</numerusform>
            <numerusform>%n immutable tags stay: Harbor refuses to delete them (412).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This registry deletes a manifest by its digest: every tag on it goes with it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type to confirm</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the repository name to confirm:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the number of items (%1) to confirm:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ConnectionCheck</name>
    <message>
        <location filename="../../src/diagnosis/ConnectionCheck.cpp" line="+33"/>
        <location line="+31"/>
        <source>Fix: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Anonymous access: you will see public projects only, and cannot delete anything.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Harbor did not accept these credentials and treats you as anonymous; you will see public projects only.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not tell whether Harbor accepts the credentials: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>robot %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>user %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Harbor did not report its version.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Harbor %1, authentication mode %2.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authenticated as %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Authenticated as %1, but it cannot see the project %2 (%3).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Authenticated as %1; its permissions in %2 could not be read.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticated as %1; may list and delete tags in %2.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authenticated as %1; may list tags in %2 but not delete them (no tag:delete).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authenticated as %1, with no access to %2.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It may remove tags but not delete whole artifacts (no artifact:delete).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The registry endpoint (/v2/) accepts these credentials.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It may pull in %1 (repository:pull), so images there can be inspected.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It lacks repository:pull in %1: listing and deleting work, inspecting images does not.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry endpoint (/v2/) sends clients to %1 for tokens; Berth will not: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tokens come from the registry&apos;s own host.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens come from %1, another host, over https.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry endpoint (/v2/) refused these credentials (%1).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry endpoint (/v2/) could not be checked: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry endpoint (/v2/) answered %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ConnectionResolver</name>
    <message>
        <location filename="../../src/cli/CliContext.cpp" line="+39"/>
        <source>no profile named &apos;%1&apos; (see &apos;berthctl profiles&apos;)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no registry: give --url, or save a profile with &apos;berthctl login&apos;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 profiles are saved; choose one with --profile</source>
        <translation></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>the CA file of profile &apos;%1&apos; cannot be used: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>--password-stdin: no secret on standard input</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no saved secret for %1 at %2: use --password-stdin, or &apos;berthctl login&apos;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>warning: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ContainerAuthFile</name>
    <message>
        <location filename="../../src/core/ContainerAuthFile.cpp" line="+50"/>
        <location line="+53"/>
        <source>Its “auth” field is not a string.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Its “auth” field is not valid base64.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its “auth” field holds no “:” between user name and password.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Its “auth” field has an empty user name.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source>Its user name holds control characters.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Its “auth” field has an empty password.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+47"/>
        <source>Its password holds a line break or NUL, which no registry login can send.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Its entry is not a JSON object.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The registry name is empty.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry name “%1” holds control characters.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The registry name “%1” has a scheme other than https:// or http://.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry name “%1” has no host.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry name “%1” holds a user name.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry name “%1” is not usable: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file is larger than 1 MiB; a login file holds a few entries.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is not a JSON object.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“credsStore” names “%1”, which is not a credential helper name; it is not run.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“credsStore” is not a string; it is ignored.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“credHelpers” is not an object; it is ignored.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“auths” is not an object; it is ignored.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file lists more than %1 registries; it is not read.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Its credential helper “%1” is not a valid helper name; it is not run.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>It holds no user name and no password.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It holds a user name but no password.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+2"/>
        <source>Its credential helper name is empty.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ContentCache</name>
    <message>
        <location filename="../../src/content/ContentCache.cpp" line="+181"/>
        <location line="+4"/>
        <source>cannot create the cache folder %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+48"/>
        <location line="+153"/>
        <source>not a digest the cache accepts: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="-198"/>
        <location line="+49"/>
        <source>%1 is larger than the cache takes (%2 bytes)</source>
        <translation></translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+51"/>
        <source>the bytes do not match %1; not cached</source>
        <translation></translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+9"/>
        <location line="+41"/>
        <location line="+14"/>
        <location line="+119"/>
        <source>cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="-177"/>
        <location line="+54"/>
        <location line="+44"/>
        <location line="+94"/>
        <source>the cache %1 is locked by another process</source>
        <translation></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>a pin needs a valid time</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::CopyCommand</name>
    <message>
        <location filename="../../src/cli/CopyCommand.cpp" line="+41"/>
        <source>%1: name the registry with --url (or --to-url for the target), not in the reference</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cp takes SRC and DEST: cp REPO:TAG REPO, or cp REPO:TAG REPO:NEWTAG</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to-url and --to-profile exclude each other</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--to-user needs --to-url</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DEST is REPO or REPO:TAG; the copy keeps the digest</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--tags does not go with DEST REPO:TAG, which names exactly that tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>copying: %1 of %2 bytes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 and its tags were copied; what refers to it was not, or not all (run cp again to go on, or give --no-referrers):</source>
        <translation></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the tag %1 is on %2 at the target</source>
        <translation></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>warning: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>copied %1 to %2 as %3
</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags: none
</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags: %1
</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blobs: %1 uploaded (%2 bytes), %3 mounted, %4 already there
</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>referrers: not copied (--no-referrers)
</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>referrers: %1 copied (signatures, attestations, SBOMs and other artifacts)
</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>referrers: %1 copied (signatures, attestations, SBOMs and other artifacts), tags: %2
</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::CopyController</name>
    <message numerus="yes">
        <location filename="../../src/gui/CopyController.cpp" line="+32"/>
        <source>Signatures and other referrers: %n copied.</source>
        <translation>
            <numerusform>%n signature or other referrer copied.</numerusform>
            <numerusform>%n signatures and other referrers copied.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not copied: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Add tag…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a tag or an artifact first.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This row has no digest yet; refresh its repository.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+148"/>
        <source>The registry is not connected.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Anonymous users may not add tags; add credentials to this registry.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Anonymous users may not push; add credentials to %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+57"/>
        <source>Could not copy</source>
        <translation></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Copying %1 to %2…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Adding the tag…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copying %1…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not add the tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied, but not all that refers to it</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>Copy cancelled</source>
        <translation></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>%1 and its tags arrived; the copy stopped while copying its signatures and other referrers. Copying it again continues where it stopped.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The copy of %1 stopped before it was tagged. Copying it again continues where it stopped: blobs that arrived are not sent again.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tagged %1 as %2.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied %1 to %2 by digest, without tags.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copied %1 to %2 with the tags %3.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blobs: %1 sent, %2 mounted, %3 already there.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move tag %1 from %2 to %3?</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In %1 the tag %2 is on another artifact. Moving it leaves that artifact without this tag; nothing else changes.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing changed: the tag %1 stays where it is.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::CopyToDialog</name>
    <message>
        <location filename="../../src/gui/CopyToDialog.cpp" line="+18"/>
        <source>Copy %1 with its blobs (and, for an index, its platform manifests).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>None (by digest only)</source>
        <translation></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The same tag (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New names:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Type the target repository.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>On Harbor the repository is PROJECT/REPOSITORY, e.g. %1/app.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the target registry in this window first (Registry → Accounts…).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the new tags, separated by commas.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Creates %1 by digest in %2 on %3, without tags.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates %1 in %2 on %3 with the tags %4.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::CredentialHelperJob</name>
    <message>
        <location filename="../../src/credentials/CredentialHelper.cpp" line="+65"/>
        <source>“%1” is not a credential helper name (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;); it was not run.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential helper %1 is not installed (not found on PATH).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The credential helper %1 could not be started: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The credential helper %1 did not answer within %2 seconds; it was stopped.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credential helper %1 wrote more than 64 KiB; its answer was not read.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credential helper %1 crashed.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credential helper %1 has no login for this registry.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The credential helper %1 failed (exit %2): %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The credential helper %1 answered something other than its JSON (Username, Secret).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The credential helper %1 has an empty password for this registry.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The credential helper %1 gave a user name with control characters.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The credential helper %1 holds an OAuth refresh token (identity token) for this registry, not a password; Berth cannot log in with it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The credential helper %1 answered something other than its JSON list.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::CredentialHints</name>
    <message>
        <location filename="../../src/core/CredentialHints.cpp" line="+63"/>
        <source>“%1” looks like a robot name whose “$…” part was removed by a shell. Put the name in single quotes on the command line, or type it in the dialog; the name is probably “%2”.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” looks like a robot name cut short by a shell: it read “$” and the start of the project name as a variable and left only “%2” of the project name. Put the name in single quotes on the command line, or type it in the dialog; the name is probably “%3”, where &lt;project&gt; is the start of the project name.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>“%1” looks like a project robot, but Harbor only recognises robot names that start with “%2”; without it the login is tried as a user and fails. Try “%3”.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the user name and the secret</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the user name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the secret</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spaces or line breaks around %1 were removed.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secret is empty. Paste the robot secret or password that belongs to “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secret looks like an Authorization header value (“Bearer …” or “Basic …”). Paste only the robot secret.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The secret looks like a token (a JWT), not a robot secret. Registry tokens expire and Harbor&apos;s API does not accept them; use the secret shown when the robot was created or its exported file.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection to %1 is not encrypted (http://), so the user name and secret would cross the network in clear text. Use https:// unless this is a test registry on a network you trust.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The robot account expired on %1, so Harbor rejects its secret. Ask a Harbor administrator to extend it or create a new one.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The robot account expires on %1 (%2). Ask a Harbor administrator to extend it before then.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>today</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in 1 day</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 days</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::CredentialStore</name>
    <message>
        <location filename="../../src/credentials/CredentialStore.cpp" line="+11"/>
        <source>%1 item %2 (service %3)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::CurlCommand</name>
    <message>
        <location filename="../../src/diagnosis/ShellWords.cpp" line="+112"/>
        <source>a single quote is never closed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>a double quote is never closed</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/diagnosis/CurlCommand.cpp" line="+160"/>
        <source>the command is longer than 64 KiB</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no curl command found</source>
        <translation></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: a shell expands $%2 (unset, so to nothing) before curl sees it</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not an option of curl 7.88 to 8.x; Berth does not probe a command it cannot read completely</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 makes curl connect to or through a host other than the URL&apos;s; Berth does not probe when a command names more than one host</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 reads more options from a file that Berth does not read; it does not probe a command it cannot read completely</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 takes credentials from a .netrc file that Berth does not read; it does not probe without them</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 fills in curl variables that Berth cannot see; it does not probe a command it cannot read completely</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 makes curl prove the credentials without sending the secret, and Berth&apos;s probes would send it; Berth does not probe</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 starts another transfer; Berth explains one request and does not probe a command with several</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 makes curl print something and exit without sending a request; there is nothing to probe</source>
        <translation></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the Authorization header</source>
        <translation></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>-u has no &apos;:secret&apos; part; curl would prompt for the password</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>-b %1 reads cookies from a file, which may hold Harbor&apos;s sid</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(cookie file)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 needs an argument; curl stops with &quot;requires parameter&quot;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>curl before 8.6 reads %1 as --%2 and later versions reject it; Berth does not probe a command that curl versions read differently</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>curl rejects %1: only an on/off option can be turned off with --no-</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1=… works in curl 8.16 and later; older versions stop with &quot;unknown option&quot;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>-G sends the data as a query string; Berth replays the URL without it</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the URL</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>the command names %n URLs (%1); curl sends a request to each, and Berth does not probe</source>
        <translation>
            <numerusform>the command names %n URL (%1); curl sends a request to each, and Berth does not probe</numerusform>
            <numerusform>the command names %n URLs (%1); curl sends a request to each, and Berth does not probe</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 names a server other than %2; Berth does not probe when a command names more than one host</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>curl expands {…} and […] in a URL into several requests (-g turns that off); Berth does not probe</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Berth probes over https and http only, not %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the URL is plain http to %1, which is not this machine; Berth sends credentials over https only</source>
        <translation></translation>
    </message>
    <message>
        <location line="-172"/>
        <source>--insecure turns off TLS verification</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--location follows redirects; curl drops -u credentials on another host</source>
        <translation></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>-k turns off TLS verification</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="-188"/>
        <source>a word of %n characters starting with &quot;-&quot;</source>
        <translation>
            <numerusform>a word of %n character starting with &quot;-&quot;</numerusform>
            <numerusform>a word of %n characters starting with &quot;-&quot;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+193"/>
        <source>-L follows redirects; curl drops -u credentials on another host</source>
        <translation></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>no URL in the command</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;%1&apos; is not a URL</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>credentials in the URL end up in logs and redirects; use -u instead</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::DeleteBatch</name>
    <message>
        <location filename="../../src/operations/DeleteBatch.cpp" line="+275"/>
        <source>%1 names no digest; a registry deletes manifests by digest only</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a registry has no request that deletes a repository; delete its manifests instead</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::DeleteController</name>
    <message>
        <location filename="../../src/gui/DeleteController.cpp" line="+45"/>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A delete is still running.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nothing to delete</source>
        <translation></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Deleting…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting from %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 of %2: %3 %4</source>
        <translation></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Delete finished</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 done: %3 deleted, %4 failed, %5 cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The registry frees the storage only when its garbage collection runs.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor frees the storage only when garbage collection runs.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The action journal could not be written: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy report</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retry failed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete the manifest…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why?</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::DeleteGate</name>
    <message>
        <location filename="../../src/gui/DeleteGate.cpp" line="+66"/>
        <source>Shown from the snapshot of %1; waiting for the registry to confirm.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Harbor rejected the credentials for %1, so it treats each request as anonymous, and anonymous users may never delete. Fix the credentials in Registry → Accounts.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+21"/>
        <source>%1 is not connected.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::DeletePlan</name>
    <message>
        <location filename="../../src/gui/DeletePlan.cpp" line="+30"/>
        <source>Tags to remove (the artifacts stay):</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other tags on the same artifacts stay:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Artifacts to delete, with everything on them:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Going with them:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole repository, with all its artifacts and tags:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept, immutable (Harbor refuses to delete them, 412):</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kept, they carry immutable tags (Harbor refuses to delete them, 412):</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Harbor refuses to delete the repository %1 (412): it holds %n immutable tags (%2).</source>
        <translation>
            <numerusform>Harbor refuses to delete the repository %1 (412): it holds %n immutable tag (%2).</numerusform>
            <numerusform>Harbor refuses to delete the repository %1 (412): it holds %n immutable tags (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is immutable: Harbor refuses to delete it (412).</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Harbor refuses to delete the artifact %1 (412): it carries %n immutable tags (%2).</source>
        <translation>
            <numerusform>Harbor refuses to delete the artifact %1 (412): it carries %n immutable tag (%2).</numerusform>
            <numerusform>Harbor refuses to delete the artifact %1 (412): it carries %n immutable tags (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The selection spans several registries; delete from one registry at a time.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A plain registry cannot delete a repository: delete its artifacts instead.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>tag %1:%2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>platform %1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select one or more tags to remove.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select tags or untagged artifacts whose artifacts to delete.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a repository.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::DetailsPane</name>
    <message>
        <location filename="../../src/gui/DetailsPane.cpp" line="+22"/>
        <source>never</source>
        <translation></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copy %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>docker pull command by tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>podman pull command by tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker pull command by digest</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>podman pull command by digest</source>
        <translation></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Nothing selected</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a tag or an artifact to see its details and pull commands.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1
Signed in as %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 project, %n repositories</source>
        <translation>
            <numerusform>%1 project, %n repository</numerusform>
            <numerusform>%1 project, %n repositories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n artifacts</source>
        <translation>
            <numerusform>%n artifact</numerusform>
            <numerusform>%n artifacts</numerusform>
        </translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Public</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A part of nested repository names.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading failed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An untagged artifact.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform %1 of the index %2.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 attached to %2.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (%1 bytes)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>not kept by this registry</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2 total, %3 fixable (%4)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes: Harbor will refuse to delete this tag</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::DiagnosisDialog</name>
    <message>
        <location filename="../../src/gui/DiagnosisDialog.cpp" line="+35"/>
        <source>Equivalent curl command</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the secret in the curl command</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request facts and probe results</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Running probes with the same credentials…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Why did this fail? — %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Fix:&lt;/b&gt; %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Edit credentials…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue anonymously</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trust this certificate…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy details</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Received:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Probes (GET, same credentials):</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::DuCommand</name>
    <message>
        <location filename="../../src/cli/DuCommand.cpp" line="+43"/>
        <source>du takes at most one SCOPE (PROJECT, PROJECT/REPO, PROJECT/FOLDER/; on a plain registry REPO or FOLDER/)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>berthctl: nothing in %1 is visible to this account</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>... and %n more problems</source>
        <translation>
            <numerusform>... and %n more problem</numerusform>
            <numerusform>... and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>PROJECT</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REPOSITORY</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>STORED</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UNIQUE</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHARED</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MANIFESTS</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BLOBS</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HARBOR QUOTA</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>total</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>problem: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n referenced manifests are missing from the registry (not counted)</source>
        <translation>
            <numerusform>%n referenced manifest is missing from the registry (not counted)</numerusform>
            <numerusform>%n referenced manifests are missing from the registry (not counted)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>harbor: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ElidingLabel</name>
    <message>
        <location filename="../../src/gui/ElidingLabel.cpp" line="+133"/>
        <source>&amp;Copy</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ExplainCommand</name>
    <message>
        <location filename="../../src/cli/ExplainCommand.cpp" line="+31"/>
        <source>berthctl explain: asking %1 (GET only, with the command&apos;s credentials)</source>
        <translation></translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+20"/>
        <source>berthctl explain: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Fix: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
What the command sends:
</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Probes (GET only, same credentials):
</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Probes: none; nothing was sent to any server.
</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Corrected command:
  </source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Note: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ExplainDialog</name>
    <message>
        <location filename="../../src/gui/ExplainDialog.cpp" line="+23"/>
        <source>curl command to explain</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrected command</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Asking %1…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot read the command: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Will ask no server: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Will ask %1 (GET only, with the command&apos;s credentials)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&lt;p&gt;&lt;b&gt;Could not read the command:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;p&gt;&lt;b&gt;Fix:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;What the command sends&lt;/b&gt;&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Probes&lt;/b&gt; (GET only, same credentials)&lt;/p&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;b&gt;Probes:&lt;/b&gt; none; nothing was sent to any server.&lt;/p&gt;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::FilterFeedback</name>
    <message>
        <location filename="../../src/gui/FilterFeedback.cpp" line="+77"/>
        <source>Invalid regular expression: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid regular expression: %1
The rows still show the last valid filter.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No rows match “%1” (substring).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No rows match “%1” (wildcard).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No rows match “%1” (regular expression).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The filter reads the loaded rows only; “Search server” asks Harbor for repositories.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::HarborClient</name>
    <message>
        <location filename="../../src/api/HarborClient.cpp" line="+235"/>
        <source>the server answered the DELETE with %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered the DELETE with %1, not Harbor&apos;s confirmation</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::HarborFigures</name>
    <message>
        <location filename="../../src/diagnosis/HarborFigures.cpp" line="+10"/>
        <source>%1, no limit</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Harbor&apos;s quota for %1 counts %2: the same bytes as its manifests reference, each blob once.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harbor&apos;s quota for %1 counts %2, %3 more than the blobs its manifests reference (%4). Harbor counts a blob against the project as soon as it is uploaded or mounted, before any manifest refers to it, and until an artifact that used it is deleted: pushes that stopped halfway leave such blobs, and only garbage collection removes them from storage.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Harbor&apos;s quota for %1 counts %2, %3 less than the blobs its manifests reference (%4). Harbor leaves foreign layers out, and recounts the quota only when a push or a delete goes through it: blobs that reached the registry another way (storage restored or copied in) are not in it.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n manifests could not be read, so part of the difference may be theirs.</source>
        <translation>
            <numerusform>%n manifest could not be read, so part of the difference may be its.</numerusform>
            <numerusform>%n manifests could not be read, so part of the difference may be theirs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Harbor reports no quota for %1 to this account (it needs quota read permission there, and per-project quotas on).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Harbor reports no project quota to this account (it needs quota read permission in a project).</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Harbor&apos;s quotas of the %n projects that report one add up to %1.</source>
        <translation>
            <numerusform>Harbor&apos;s quota of the %n project that reports one is %1.</numerusform>
            <numerusform>Harbor&apos;s quotas of the %n projects that report one add up to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor&apos;s project quotas add up to %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Harbor counts a blob again in every project that uses it, so the same blobs counted once take %1 on disk; %2 of Berth&apos;s per-project figures are such repeats.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These projects share no blob, so counted once their blobs also take %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harbor&apos;s quotas and Berth&apos;s per-project figures differ by %1; each project&apos;s line says why.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Harbor reports %1, %2 more than the blobs under this index (%3): Harbor adds up each platform&apos;s size, so a layer two platforms share counts twice there, once on disk.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harbor reports %1, %2 more than its blobs (%3): Harbor adds up every layer the manifest lists, so a layer listed twice counts twice there, once on disk.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Harbor reports %1, %2 less than its blobs (%3): its record does not match the manifests (a blob with two sizes in different manifests is counted at the larger).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Harbor&apos;s size counts every platform under this index with its layers (%1, as Berth counts it too); Stored counts the index and its platforms&apos; manifests, whose layers count on their own rows.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Garbage collection with &quot;delete untagged artifacts&quot; frees at least %1 more (the artifacts this plan leaves untagged, and any other untagged artifact).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Harbor&apos;s figures and Berth&apos;s are compressed sizes, as the registry stores them; &apos;docker images&apos; shows images unpacked, which is larger.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::HistoryCommand</name>
    <message>
        <location filename="../../src/cli/HistoryCommand.cpp" line="+31"/>
        <source>history takes no arguments</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>undoable until %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>undone</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no longer undoable: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>tags: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>last undo at %1 %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no journal id)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>warning: %n journal lines could not be read</source>
        <translation>
            <numerusform>warning: %n journal line could not be read</numerusform>
            <numerusform>warning: %n journal lines could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::HistoryDialog</name>
    <message>
        <location filename="../../src/gui/HistoryDialog.cpp" line="+137"/>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Action</source>
        <translation></translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Undoable until %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undone</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No longer undoable: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete artifact</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete repository</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>Undo</source>
        <translation></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Deleted</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already gone</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed since the plan</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not finished</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Repository</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Digest</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cause</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request id</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why a delete did not happen; the tooltip says what to do</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The X-Request-Id to look for in Harbor&apos;s core log</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal of deletes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Export journal</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%1 — %n entries</source>
        <translation>
            <numerusform>%1 — %n entry</numerusform>
            <numerusform>%1 — %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source> (%n unreadable lines skipped)</source>
        <translation>
            <numerusform> (%n unreadable line skipped)</numerusform>
            <numerusform> (%n unreadable lines skipped)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The last undo, %1, was refused: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last undo, %1, did not finish: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select a delete to undo.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Cause id: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::HttpResponseParser</name>
    <message>
        <location filename="../../src/core/HttpResponseParser.cpp" line="+111"/>
        <source>the response&apos;s header block is larger than %1 KiB</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server sent more than %1 interim (1xx) responses</source>
        <translation></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the response has no status line</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the response does not start with an HTTP/1.x status line</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server switched protocols, which Berth never asks for</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the response has more than %1 header fields</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the response&apos;s first header field starts with white space</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the response has a header line without a field name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the response has a header field name that is not a token</source>
        <translation></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the response has two different Content-Length values</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the response uses a transfer coding Berth did not ask for (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+6"/>
        <source>the response&apos;s Content-Length is not a usable number</source>
        <translation></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the response has a chunk line longer than %1 bytes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the response&apos;s trailer is larger than %1 KiB</source>
        <translation></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>the response has a chunk size too large to be real</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the response has a chunk size that is not a hexadecimal number</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the response has a chunk longer than its size says</source>
        <translation></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the connection closed in the middle of the response&apos;s header</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the connection closed before any response</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection closed before the whole body arrived</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ImageInspection</name>
    <message>
        <location filename="../../src/content/ImageInspection.cpp" line="+97"/>
        <source>the connection was closed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a single image for %2, not an index; --platform %3 does not apply</source>
        <translation></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 lists no platforms; there is no entry for %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no entry for %2; it has %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the index nests indexes more than %1 levels deep</source>
        <translation></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>the image configuration %1 cannot be read: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ImageRef</name>
    <message>
        <location filename="../../src/core/ImageRef.cpp" line="+59"/>
        <source>empty reference</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>reference is too long</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a reference has no scheme: write host/project/repo:tag, not a URL</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reference contains white space or control characters</source>
        <translation></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>empty tag after &apos;:&apos;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>empty path segment in &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a repository name: &apos;:&apos; may only separate the tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;%1&apos; has no project: write project/repository</source>
        <translation></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;%1&apos; names no tag or digest: write project/repo:tag or project/repo@sha256:...</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; names no tag or digest: write repo:tag or repo@sha256:...</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ImportLoginsCommand</name>
    <message>
        <location filename="../../src/cli/ImportLoginsCommand.cpp" line="+63"/>
        <source>docker-credential-%1 (named in %2)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot import: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password in the file</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password kept by the helper, read only when imported</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(user from the helper)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>warning: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No docker or podman login file found.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logins found in %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was saved. Name the registries to import (berthctl login --import REGISTRY...), or give --yes to import every one that can be.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2): cannot import: %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No login found for &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved profile &apos;%1&apos; for %2 at %3 (from %4); the secret is in %5. Saved as a plain registry: nothing was sent to check it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not saved: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ImportLoginsDialog</name>
    <message>
        <location filename="../../src/gui/ImportLoginsDialog.cpp" line="+36"/>
        <source>Logins that docker, podman, skopeo and buildah keep on this computer. Tick the ones to save as Berth profiles; nothing is saved otherwise. A password kept by a credential helper is read only when you import its login. Imported logins are saved as plain registries; change that in Accounts if one is Harbor.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Password</source>
        <translation></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(from the helper)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>docker-credential-%1 (named in %2)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot import: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the file</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept by the helper; read when imported</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No docker or podman login file was found.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logins found in %1.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Importing %n logins…</source>
        <translation>
            <numerusform>Importing %n login…</numerusform>
            <numerusform>Importing %n logins…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: saved as profile “%2” (user %3).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not saved: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::InMemoryCredentialStore</name>
    <message>
        <location filename="../../src/credentials/InMemoryCredentialStore.cpp" line="+18"/>
        <source>No secret for this account is kept in this session.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Berth cannot reach a keyring: no Secret Service is running.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyring refused access; it is probably locked.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keyring reported an error.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>memory (this session only)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::InputFile</name>
    <message>
        <location filename="../../src/core/InputFile.cpp" line="+20"/>
        <source>larger than %1 MiB</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::InspectCommand</name>
    <message>
        <location filename="../../src/cli/InspectCommand.cpp" line="+215"/>
        <source>%1 names registry %2, but this profile is %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>warning: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::InspectorController</name>
    <message>
        <location filename="../../src/gui/InspectorController.cpp" line="+90"/>
        <location line="+46"/>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Select a tag, an untagged artifact or a platform to see what is inside it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This registry is not connected.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::InspectorPane</name>
    <message>
        <location filename="../../src/gui/ArtifactTypeName.cpp" line="+21"/>
        <source>Cosign signature</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notation signature</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sigstore bundle</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SPDX SBOM</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CycloneDX SBOM</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syft SBOM</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Harbor SBOM</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in-toto attestation</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helm chart</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebAssembly module</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CNAB bundle</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Container image</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/gui/InspectorPane.cpp" line="+45"/>
        <source>%1 (%2 bytes)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Back</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy digest</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy manifest JSON</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy config JSON</source>
        <translation></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Field</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents of the selected artifact</source>
        <translation></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Shows the manifest this one was opened from</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the digest of the manifest shown</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the manifest exactly as the registry sent it</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the image configuration exactly as the registry sent it</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copied: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied the manifest (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied the configuration (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a tag, an untagged artifact or a platform to see what is inside it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+162"/>
        <source>Contents</source>
        <translation></translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Reading the manifest from the registry…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry did not give the contents.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cause: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>From the cache: no requests were sent.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Read from the registry: %n requests.</source>
        <translation>
            <numerusform>Read from the registry: %n request.</numerusform>
            <numerusform>Read from the registry: %n requests.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+83"/>
        <source>Enter or a double-click on a platform shows it.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n manifests</source>
        <translation>
            <numerusform>%n manifest</numerusform>
            <numerusform>%n manifests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>%n steps</source>
        <translation>
            <numerusform>%n step</numerusform>
            <numerusform>%n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n layers, %1 in total</source>
        <translation>
            <numerusform>%n layer, %1 in total</numerusform>
            <numerusform>%n layers, %1 in total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n referrers</source>
        <translation>
            <numerusform>%n referrer</numerusform>
            <numerusform>%n referrers</numerusform>
        </translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Warning: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Harbor counts this read as a pull: the pull time changes.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Manifest</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+59"/>
        <source>Media type</source>
        <translation></translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Digest</source>
        <translation></translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Size</source>
        <translation></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neither an image nor an index: copy the JSON to read it</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Artifact type</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total size</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The manifest, its configuration and its layers: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This artifact refers to %1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotations</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Platforms</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no platform)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Attestation (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attestation of %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OS version %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A build attestation (provenance or SBOM), not an image to run</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+122"/>
        <location line="+6"/>
        <source>%1 · %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Configuration</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not an image configuration: not read</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (OS version %2)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS/architecture</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entrypoint</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Command</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Environment</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Working directory</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposed ports</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop signal</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels</source>
        <translation></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>History</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>%n without a layer</source>
        <translation>
            <numerusform>%n without a layer</numerusform>
            <numerusform>%n without layers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. empty layer</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1. layer %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Layers</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Layer %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Referrers</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatures, SBOMs and attestations attached to this manifest</source>
        <translation></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Vulnerabilities</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixable</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By severity</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::JsonShape</name>
    <message>
        <location filename="../../src/core/JsonShape.cpp" line="+116"/>
        <source>a body of more than %1 JSON objects and arrays, the cap for one response</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a body of more than %1 JSON values, the cap for one response</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a page of %1 items, more than the page_size=%2 that was asked for</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::KeychainCredentialStore</name>
    <message>
        <location filename="../../src/credentials/KeychainCredentialStore.cpp" line="+17"/>
        <source>reading</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saving</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>removing</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>using</source>
        <translation></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Berth cannot reach a keyring: no Secret Service is running (there is no D-Bus session, or no keyring such as GNOME Keyring, KWallet or KeePassXC answers). Start one and try again, or keep the secret for this session only.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keyring is locked or has no default collection, so the secret cannot be saved. Unlock the keyring (or create a default “Login” keyring) and try again.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No secret for this account is stored in the keyring.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keyring refused access while %1 the secret; it is probably locked. Unlock it (for example in Seahorse or your password manager) and try again.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The keyring reported an error while %1 the secret.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Berth asked the keyring for an entry without a name.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ListCommand</name>
    <message>
        <location filename="../../src/cli/ListCommand.cpp" line="+24"/>
        <source>%1 names registry %2, but this profile is %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ls takes PROJECT or PROJECT/REPO, not a tag or digest</source>
        <translation></translation>
    </message>
    <message>
        <location line="+94"/>
        <source>no repository or folder %1/%2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+148"/>
        <source>%1 rows, %2 of %3 repositories</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/cli/ListProjectStreams.cpp" line="+103"/>
        <source>%1 rows, %2 of %3 projects</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::LoginCommand</name>
    <message>
        <location filename="../../src/cli/ProfileCommands.cpp" line="+53"/>
        <source>Saved profile &apos;%1&apos; for %2 at %3; the secret is in %4.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved profile &apos;%1&apos; for %2 at %3, a plain OCI registry; the secret is in %4.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::LoginImport</name>
    <message>
        <location filename="../../src/credentials/LoginImport.cpp" line="+116"/>
        <source>It holds an OAuth refresh token (identitytoken), not a password; Berth cannot log in with it. Log in with a password or an access token instead.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The credential helper now holds another user than the one listed; look again.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The login is no longer in %1; look again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::LogoutCommand</name>
    <message>
        <location filename="../../src/cli/ProfileCommands.cpp" line="+14"/>
        <source>which profile? Give --profile NAME (see &apos;berthctl profiles&apos;)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no profile named &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removed profile &apos;%1&apos;.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::MainWindow</name>
    <message>
        <location filename="../../src/gui/RegistryTreeView.cpp" line="+46"/>
        <source>Registry tree</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registries, projects, repositories and tags. Enter shows details or retries a failed row; the context menu has copy and refresh actions.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="+88"/>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contents</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Substring</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wildcard</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter mode</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask each registry for repositories whose name contains the filter text, and load the projects that have them</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Loading</source>
        <translation></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Copied: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/gui/RegistryBanners.cpp" line="+30"/>
        <source>%1: %2. Nothing is shown until you fix the credentials or choose to continue anonymously (public projects only).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the server&apos;s certificate is not trusted (%2).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/MainWindow.cpp" line="+366"/>
        <source>Copied %n pull commands</source>
        <translation>
            <numerusform>Copied %n pull command</numerusform>
            <numerusform>Copied %n pull commands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Copied %n digests</source>
        <translation>
            <numerusform>Copied %n digest</numerusform>
            <numerusform>Copied %n digests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Copied %n names</source>
        <translation>
            <numerusform>Copied %n name</numerusform>
            <numerusform>Copied %n names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Searching %n projects on the server…</source>
        <translation>
            <numerusform>Searching %n project on the server…</numerusform>
            <numerusform>Searching %n projects on the server…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%Ln projects</source>
        <translation>
            <numerusform>%Ln project</numerusform>
            <numerusform>%Ln projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln repositories</source>
        <translation>
            <numerusform>%Ln repository</numerusform>
            <numerusform>%Ln repositories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln artifacts</source>
        <translation>
            <numerusform>%Ln artifact</numerusform>
            <numerusform>%Ln artifacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln tags loaded</source>
        <translation>
            <numerusform>%Ln tag loaded</numerusform>
            <numerusform>%Ln tags loaded</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/TreeContextMenu.cpp" line="+35"/>
        <source>Retry</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open in Harbor&apos;s web UI</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/gui/ActionStates.cpp" line="+104"/>
        <source>Remove tag &apos;%1&apos;…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remove %n selected tags…</source>
        <translation>
            <numerusform>Remove %n selected tag…</numerusform>
            <numerusform>Remove %n selected tags…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/gui/TreeContextMenu.cpp" line="+31"/>
        <source>Artifact</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/gui/ActionStates.cpp" line="+8"/>
        <source>Delete artifact %1…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete artifact %1… (and its %n tags: %2)</source>
        <translation>
            <numerusform>Delete artifact %1… (and its %n tag: %2)</numerusform>
            <numerusform>Delete artifact %1… (and its %n tags: %2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Delete %n selected artifacts…</source>
        <translation>
            <numerusform>Delete %n selected artifact…</numerusform>
            <numerusform>Delete %n selected artifacts…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete repository %1…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clean-up needs Harbor: a plain registry keeps no push or pull times to plan by.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a registry first (Registry → Accounts…).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plan what to remove from the selected repository, folder, project or registry</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/gui/TrustCertificateBox.cpp" line="+26"/>
        <source>Trust this certificate?</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only trust the certificate if its fingerprint matches what the Harbor admin gives you. Berth will accept exactly this certificate for %1, and no other.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subject: %1
Issuer: %2
Valid: %3
SHA-256: %4</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust for %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/gui/MainWindow.cpp" line="-149"/>
        <source>Could not save the pinned certificate: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 now trusts the certificate %2.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Type part of a repository name into the filter first.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every project is loaded already; the filter covers them.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>About Berth</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Berth %1&lt;/h3&gt;&lt;p&gt;Browse and clean up Harbor container registries.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br/&gt;QtKeychain %4&lt;/p&gt;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ManifestRefsIndex</name>
    <message>
        <location filename="../../src/content/ManifestRefsIndex.cpp" line="+151"/>
        <source>cannot create the cache folder %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the cache %1 is locked by another process</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <location line="+22"/>
        <location line="+7"/>
        <source>cannot write %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::OciConfig</name>
    <message>
        <location filename="../../src/core/OciConfig.cpp" line="+51"/>
        <source>The image configuration is %1 bytes, more than the %2 bytes Berth reads.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The image configuration was not read: it is %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image configuration is not JSON (%1 at byte %2).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image configuration is JSON but not an object.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::OciManifest</name>
    <message>
        <location filename="../../src/core/OciManifest.cpp" line="+63"/>
        <source>%1 is not a JSON object, so it does not describe any content.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is missing; every descriptor names the type of its content.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>%1 is not a string.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-53"/>
        <source>%1 is not a media type such as application/vnd.oci.image.layer.v1.tar+gzip: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 is missing; without it the content cannot be fetched.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a sha256 or sha512 digest in lower-case hex: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is missing; every descriptor states the size of its content.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a number.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is negative (%2); a size cannot be.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2 bytes, more than 16 TiB; no registry stores such a blob.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a whole number of bytes (%2).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not base64 text.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not match the descriptor&apos;s digest and size.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 is not a list.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>The manifest is %1 bytes, more than the %2 bytes a registry accepts for one manifest.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The manifest was not read: it is %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The manifest is not JSON (%1 at byte %2).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The manifest is JSON but not an object, so it is no manifest.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The image manifest has no config, so it describes no image.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>manifests[%1] is the index itself (%2); it cannot list itself.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>subject is the manifest itself (%1); it cannot refer to itself.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manifest was refused: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::PagedListJob</name>
    <message>
        <location filename="../../src/api/PagedListJob.cpp" line="+103"/>
        <source>a list larger than %1 MiB, the cap for one list</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than %1 MiB of lists in one session, the cap for one session</source>
        <translation></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the server reports %1 items; only the first %2 pages are fetched</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ignored an unreadable X-Total-Count header</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server reported %1 items but page %2 held only %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server reported %1 items but sent more</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a list that did not end after %1 pages, the cap for one list</source>
        <translation></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>a list of more than %1 items, the cap for one list</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than %1 list items in one session, the cap for one session</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::PermissionCache</name>
    <message>
        <location filename="../../src/gui/PermissionCache.cpp" line="+75"/>
        <source>Anonymous users may never delete; add robot credentials to this registry.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lacks %2 in %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::PermissionWords</name>
    <message>
        <location filename="../../src/diagnosis/PermissionWords.cpp" line="+20"/>
        <location line="+17"/>
        <source>project</source>
        <translation></translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+27"/>
        <source>everything</source>
        <translation></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>accessory</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artifact</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artifact addition</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>artifact label</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>configuration</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helm chart</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helm chart version</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helm chart version label</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>immutability rule</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>log</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>member</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>project metadata</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>webhook</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>preheat policy</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quota</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repository</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>robot account</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scan</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scanner</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tag retention</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>create</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>operate</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pull</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>push</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scanner pull</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <extracomment>A permission in Harbor: the resource, then what may be done with it (&quot;repository: pull&quot;).</extracomment>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::PlainHttpConnection</name>
    <message>
        <location filename="../../src/api/PlainHttpPool.cpp" line="+139"/>
        <source>Connection refused</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Host %1 not found</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection closed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Socket operation timed out</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::PlainHttpReply</name>
    <message>
        <location filename="../../src/api/PlainHttpReply.cpp" line="+94"/>
        <source>the request method holds a line break</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the request header %1 holds a line break</source>
        <translation></translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Error transferring %1 - server replied: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Too many redirects</source>
        <translation></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Protocol &quot;%1&quot; is unknown</source>
        <translation></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Operation canceled</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::PlanCommand</name>
    <message>
        <location filename="../../src/cli/PlanCommand.cpp" line="+34"/>
        <source>plan --execute asks before deleting, and there is no terminal to ask on: add --yes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../../src/cli/PlanRegistry.cpp" line="+29"/>
        <source>planning: %1 of %2 repositories</source>
        <translation></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>berthctl: cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>berthctl: %1 is not a usable plan: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>berthctl: %1 was made on a plain OCI registry, but this registry is Harbor</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>berthctl: %1 was made on Harbor, but this is a plain OCI registry</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>berthctl: the plan was computed for %1, but this registry is %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 to remove (%2 tags, %3 untagged artifacts), %4 to keep (%5 immutable) in %6 repositories</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; %1%2 released</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../src/cli/PlanRegistry.cpp" line="+45"/>
        <source>at least </source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 artifacts lose every tag and stay untagged (a --untagged plan deletes them)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>warning: what this plan frees after garbage collection is not known: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+124"/>
        <source>Nothing to remove.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-112"/>
        <source>  ... and %1 more</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carry this out on %1? Type &apos;yes&apos; to go on: </source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was deleted.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>changed_since_plan: %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: the action journal could not be written: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>journal id: %1 (berthctl undo %1 puts it back)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/cli/PlanRegistry.cpp" line="-41"/>
        <source>keep-last orders tags by their images&apos; creation dates: reading %n manifests and their configs (on Docker Hub every manifest GET counts against the pull rate limit; HEAD requests do not)</source>
        <translation>
            <numerusform>keep-last orders tags by their images&apos; creation dates: reading %n manifest and its config (on Docker Hub every manifest GET counts against the pull rate limit; HEAD requests do not)</numerusform>
            <numerusform>keep-last orders tags by their images&apos; creation dates: reading %n manifests and their configs (on Docker Hub every manifest GET counts against the pull rate limit; HEAD requests do not)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>note: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 tags to remove with %2 manifest deletes, %3 to keep in %4 repositories</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; %1%2 of manifests, configs and layers no longer referenced by these tags</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::PlanExecutor</name>
    <message>
        <location filename="../../src/operations/PlanExecutor.cpp" line="+124"/>
        <location filename="../../src/operations/PlanExecutorRegistry.cpp" line="+86"/>
        <source>kept now: %1 (the repository changed since the plan)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 is not a repository name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../src/operations/PlanExecutorRegistry.cpp" line="-6"/>
        <source>the tag %1 is gone</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the artifact %1 is gone</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/operations/PlanExecutorRegistry.cpp" line="+3"/>
        <source>%1 now points to %2, the plan had %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1@%2 now also carries %3, which the plan does not remove</source>
        <translation></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the repository %1 is gone</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ProbeRunner</name>
    <message>
        <location filename="../../src/diagnosis/ProbeRunner.cpp" line="+91"/>
        <source>artifact by tag %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ProfileSecrets</name>
    <message>
        <location filename="../../src/credentials/ProfileSecrets.cpp" line="+176"/>
        <source>Saved “%1”, but its secret could not be moved: it was not found in the %2. The keyring may be locked, or the secret was removed outside Berth. Enter the secret again.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Removed the account “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed the account “%1”. Its secret was the %2. If the keyring was locked it may still be there; remove it by hand if so.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed the account “%1”, but its secret could not be removed: %2 Remove the %3 by hand.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>No secret was found for “%1” in the %2, although Berth saved one there. The keyring may be locked, or the secret was removed outside Berth. Unlock the keyring and retry, or enter the secret again.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No secret is saved for “%1”. Enter it to connect.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ProfileStore</name>
    <message>
        <location filename="../../src/credentials/ProfileStore.cpp" line="+134"/>
        <source>Give the account a name.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account name must not start or end with spaces or contain control characters.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The user name must not start or end with spaces or line breaks.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An anonymous account has no user name.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the robot account name, for example robot$project+name.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the user name.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pinned certificate fingerprint must be a SHA-256 hash: 64 hexadecimal digits, with or without colons.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The account “%1” already uses %2 at %3.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An account named “%1” already exists.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The account list could not be written to %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ProfilesCommand</name>
    <message>
        <location filename="../../src/cli/ProfileCommands.cpp" line="+26"/>
        <source>(anonymous)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>secret saved</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no secret</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ProjectSummaries</name>
    <message>
        <location filename="../../src/content/ProjectSummaries.cpp" line="+75"/>
        <source>%1: Harbor&apos;s project summary could not be read: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ReferenceGrammar</name>
    <message>
        <location filename="../../src/core/ReferenceGrammar.cpp" line="+25"/>
        <source>the tag is empty</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tag is longer than 128 characters</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a tag: a tag starts with a letter, digit or &apos;_&apos; and holds only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the project name is empty</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the project name is longer than %1 characters</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a project name: lowercase letters and digits, separated by single &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the repository name is empty</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the repository name is longer than %1 characters with its project</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; has an empty path component</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos; is not a repository path component: lowercase letters and digits, separated by &apos;.&apos;, &apos;_&apos;, &apos;__&apos; or dashes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not a digest: sha256: and 64, or sha512: and 128, lowercase hex digits</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the URL is not valid</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+5"/>
        <source>the path %1 changes under dot-segment normalisation</source>
        <translation></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the path segment &apos;%1&apos; reads as &apos;%2&apos;, which would name another resource</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ReferrerCopy</name>
    <message>
        <location filename="../../src/operations/ReferrerCopy.cpp" line="+99"/>
        <source>%1 was listed as a referrer of %2 but names another subject; copied, not listed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 was not copied: at the target the tag is on %2, which was kept</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::RegistryAuth</name>
    <message>
        <location filename="../../src/api/RegistryAuth.cpp" line="+149"/>
        <source>the registry&apos;s Bearer challenge names no usable token service (realm &quot;%1&quot;)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>refusing the token service at %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the token service at %1 answered without a usable token: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::RegistryCleanupPlanner</name>
    <message>
        <location filename="../../src/operations/RegistryCleanupPlanner.cpp" line="+88"/>
        <source>no repository or folder %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1:%2: the registry sent no Docker-Content-Digest for the tag</source>
        <translation></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the manifest %1 cannot be read: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+140"/>
        <source>a plain OCI registry does not list untagged manifests: this plan covers tags only</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n tags have no creation date (an artifact, or an image without `created`): they rank after every dated tag</source>
        <translation>
            <numerusform>%n tag has no creation date (an artifact, or an image without `created`): it ranks after every dated tag</numerusform>
            <numerusform>%n tags have no creation date (an artifact, or an image without `created`): they rank after every dated tag</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n referrers tags (sha256-...) were left out: they list the signatures and SBOMs of their subject</source>
        <translation>
            <numerusform>%n referrers tag (sha256-...) was left out: it lists the signatures and SBOMs of its subject</numerusform>
            <numerusform>%n referrers tags (sha256-...) were left out: they list the signatures and SBOMs of their subject</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n tags the rules select are kept: their manifest also carries a kept tag, and this registry deletes whole manifests only</source>
        <translation>
            <numerusform>%n tag the rules select is kept: its manifest also carries a kept tag, and this registry deletes whole manifests only</numerusform>
            <numerusform>%n tags the rules select are kept: their manifest also carries a kept tag, and this registry deletes whole manifests only</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>berth::RegistryClient</name>
    <message>
        <location filename="../../src/api/RegistryClient.cpp" line="+92"/>
        <source>the repository name is empty</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the repository name is longer than 255 characters</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a repository name a registry accepts (lower-case letters, digits and . _ - between them, components separated by /)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+173"/>
        <source>the manifest received does not match its digest: expected %1, received %2 bytes whose digest is %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the registry&apos;s Docker-Content-Digest (%1) differs from the digest of the bytes received (%2); Berth uses the latter</source>
        <translation></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the registry describes %1 as %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>the blob received does not match its digest: expected %1, received %2 bytes whose digest is %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the registry&apos;s list of referrers is not JSON (%1 at byte %2)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/api/RegistryWrites.cpp" line="+69"/>
        <source>the manifest&apos;s bytes do not hash to %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the registry stored the manifest as %1, but its bytes are %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the registry opened an upload without a Location on its own address</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/api/RegistryReferrerIndex.cpp" line="+106"/>
        <source>the tag %1 holds no index, so it cannot list the referrers of %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::RegistryJob</name>
    <message>
        <location filename="../../src/api/RegistryJob.cpp" line="+131"/>
        <source>the registry&apos;s WWW-Authenticate header could not be read: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::RegistryListCommand</name>
    <message>
        <location filename="../../src/cli/RegistryListCommand.cpp" line="+23"/>
        <source>%1 names registry %2, but this profile is %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ls takes REPO or a folder of repositories, not a tag or digest</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+61"/>
        <location line="+34"/>
        <source>warning: %n repository names outside the grammar were left out</source>
        <translation>
            <numerusform>warning: %n repository name outside the grammar was left out</numerusform>
            <numerusform>warning: %n repository names outside the grammar were left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>warning: %1: %n tags outside the grammar were left out</source>
        <translation>
            <numerusform>warning: %1: %n tag outside the grammar was left out</numerusform>
            <numerusform>warning: %1: %n tags outside the grammar were left out</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 rows, %2 of %3 repositories</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::RegistryListJob</name>
    <message>
        <location filename="../../src/api/RegistryListJob.cpp" line="+118"/>
        <source>a list larger than %1 MiB, the cap for one list</source>
        <translation></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the registry&apos;s Link header (its link to the next page) could not be read</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the registry&apos;s link to the next page leads to another server; Berth does not send the profile&apos;s credentials there</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the registry&apos;s link to the next page leads to another path (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the registry&apos;s link to the next page repeats an earlier page (last=%1)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list that did not end after %1 pages, the cap for one list</source>
        <translation></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The registry&apos;s list of repositories</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s list of tags of %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not JSON (%2 at byte %3)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a JSON object</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 names another repository</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no &quot;%2&quot; array</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a list of more than %1 items, the cap for one list</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds an entry that is not a name</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::RegistrySessions</name>
    <message>
        <location filename="../../src/gui/RegistrySessions.cpp" line="+57"/>
        <source>The secret could not be read from the keyring.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 answers neither as Harbor nor as an OCI registry: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The CA file cannot be used: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>anonymous</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::RegistryToken</name>
    <message>
        <location filename="../../src/core/RegistryToken.cpp" line="+39"/>
        <source>The token service&apos;s answer is %1 bytes, too large to be a token.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token service did not answer with a JSON object, so it gave no token.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token service answered without a token.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The token service sent a token with spaces or control characters, which cannot be sent back in a header.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::RegistryTreeLoader</name>
    <message>
        <location filename="../../src/models/RegistryTreeLoader.cpp" line="+81"/>
        <source>referrers (tag %1)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>this registry does not list its repositories to this account: add the repositories to the account by hand</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::RegistryTreeModel</name>
    <message>
        <location filename="../../src/models/NodeText.cpp" line="+22"/>
        <source>never</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>image</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>index</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chart</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not kept by this registry</source>
        <translation></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digest</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pushed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulled</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platforms</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labels</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vulnerabilities</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Immutable</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags on digest</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source> — credentials rejected</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading… %1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1 (Enter or double-click to retry)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>public project</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>private project</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>repository</source>
        <translation></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Immutable: Harbor refuses to delete this tag (412)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n artifacts)</source>
        <translation>
            <numerusform>%1 (%n artifact)</numerusform>
            <numerusform>%1 (%n artifacts)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-141"/>
        <source>%1 · %2 (%3 fixable)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>immutable</source>
        <translation></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>platform</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accessory</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/models/RegistryTreeModel.cpp" line="+185"/>
        <source>%1 — as of %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/models/RegistryTreeModelRegistries.cpp" line="+140"/>
        <source>anonymous (public projects only)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/models/StoredSizes.cpp" line="+71"/>
        <source>Stores %1: %2 its own, %3 shared with other repositories (storage analysis of %4)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::RegistryUrl</name>
    <message>
        <location filename="../../src/core/RegistryUrl.cpp" line="+110"/>
        <source>Enter the registry address, for example harbor.example.com.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address contains spaces. Enter only the registry address, for example harbor.example.com.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address contains control characters. Enter only the registry address, for example harbor.example.com.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Berth talks to Harbor over https:// (or http:// for a local test registry); “%1://” is not supported.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+23"/>
        <source>The port in “%1” must be a number between 1 and 65535.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+32"/>
        <source>“%1” is not a valid registry address.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The address has no host name. Enter it like harbor.example.com.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Link-local IPv6 addresses with a zone (%…) are not supported; use a host name or a global address.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a valid host name.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The user name or password in the address was removed. Berth keeps credentials in the account fields, never in the address.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::RegistryWhoamiCommand</name>
    <message>
        <location filename="../../src/cli/RegistryWhoamiCommand.cpp" line="+92"/>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2: plain OCI registry (%3)
</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>anonymous</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  catalog: %1
</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  in %1: pull %2, delete %3, push not probed
</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::RemoveCommand</name>
    <message>
        <location filename="../../src/cli/RemoveCommand.cpp" line="+26"/>
        <source>cannot read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+97"/>
        <source>not sent: another reference in this command is invalid</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid reference %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+51"/>
        <location filename="../../src/cli/RemoveRegistry.cpp" line="+104"/>
        <source>%1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/cli/RemoveRegistry.cpp" line="+5"/>
        <source>warning: the action journal could not be written: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+139"/>
        <source>warning: what this frees after garbage collection is not known: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+77"/>
        <source>tags: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>journal id: %1 (berthctl undo %1 puts it back)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/cli/RemoveRegistry.cpp" line="-58"/>
        <source>warning: %1: which tags are on %2 is not known: %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>this registry deletes manifests only; to delete the manifest and every tag on it: berthctl rm %1@%2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the registry refuses every delete (405): deletion is turned off</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the tag is on %1; a registry that deletes manifests only will refuse to remove it alone (other tags on it: %2)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+90"/>
        <source>no tag %1 in %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::RequestExplainer</name>
    <message>
        <location filename="../../src/diagnosis/RequestExplainer.cpp" line="+90"/>
        <source>The path is not under /api/: Harbor&apos;s REST API lives at /api/v2.0.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>GET /users/current as %1 (the name as typed) -&gt; %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>GET (your request) -&gt; %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Could not reach %1 to run the probes.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/diagnosis/CauseWording.cpp" line="+6"/>
        <source>Harbor accepts these credentials for this request</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The probes found nothing that would make this request fail now: the credentials are accepted%1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> and include %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If it still fails, run it again and paste the response; an immutable tag gives 412, an artifact in an index 412 too.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Berth sent nothing: this command is not safe to probe</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The probes carry the command&apos;s credentials, so Berth sends them only to the one host the command names as its URL (%1), over https or to this machine. Here it asked no server at all:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove or change what stops the probes (listed above) and explain the command again; Berth then asks %1 only, with GET requests.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::RequestPolicy</name>
    <message>
        <location filename="../../src/api/RequestPolicy.cpp" line="+127"/>
        <source>refusing to send credentials over plain http to %1; use https, or allow plain http in the profile if you accept that the secret travels unencrypted</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>redirect from https to http (a downgrade)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>redirect to another origin (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a redirect</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server answered %1 with %2 and no usable Location; Berth follows no redirect for a request that changes data</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server answered %1 with %2 to %3; Berth follows no redirect for a request that changes data, so nothing was sent there</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::RobotExport</name>
    <message>
        <location filename="../../src/core/RobotExport.cpp" line="+86"/>
        <source>The file is empty.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is larger than 1 MiB, so it is not a Harbor robot export.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not valid JSON (%1 at byte %2), so it is not a Harbor robot export.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file does not contain a robot name and secret. Export the robot again from Harbor right after creating it, or paste the secret by hand.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::ServerKindField</name>
    <message>
        <location filename="../../src/gui/ServerKindField.cpp" line="+23"/>
        <location line="+15"/>
        <source>Harbor</source>
        <translation></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Harbor %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>OCI registry</source>
        <translation></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Server kind</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harbor or a plain OCI registry; Detect asks the server</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ser&amp;ver:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repositories</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a registry that does not list its repositories to you: the ones to show, separated by spaces</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only if the registry does not list them: team/app library/nginx</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;positories:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Repository %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>asking the server…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not asked: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>could not tell: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>found %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The registry accepts %1.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The registry answers anonymous requests.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Distribution API: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::SnapshotController</name>
    <message>
        <location filename="../../src/gui/SnapshotController.cpp" line="+269"/>
        <source>%1 cannot be reached (%2). Showing the snapshot of %3, read-only; trying again in the background.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::StorageController</name>
    <message numerus="yes">
        <location filename="../../src/gui/StorageController.cpp" line="+66"/>
        <source>(%n tags)</source>
        <translation>
            <numerusform>(%n tag)</numerusform>
            <numerusform>(%n tags)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(untagged)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <source>Storage</source>
        <translation></translation>
    </message>
    <message>
        <location line="+207"/>
        <source>Select a registry, project, folder or repository to see where its storage goes.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+20"/>
        <source>&amp;Analyse</source>
        <translation></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This registry is not connected.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Analysing the storage of %1…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Analyse again</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The analysis of %1 was cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The analysis of %1 failed: %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Stored: %1 in %n manifests.</source>
        <translation>
            <numerusform>Stored: %1 in %n manifest.</numerusform>
            <numerusform>Stored: %1 in %n manifests.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unique to it: %1; shared with the rest of the registry: %2.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analysed at %1.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n referenced manifests are missing from the registry.</source>
        <translation>
            <numerusform>%n referenced manifest is missing from the registry.</numerusform>
            <numerusform>%n referenced manifests are missing from the registry.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Since %1, rows were deleted or have gone from the registry: these figures are from before. Analyse again to update them.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Images</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repositories and folders</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Harbor&apos;s size</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Harbor&apos;s quota</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Storage of %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exact, as far as the registry&apos;s API shows: this account sees every repository. Untagged manifests that no tag reaches are not listed by the API and not counted.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exact: this account sees the whole registry, so nothing it cannot see shares these blobs.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most: this account does not see the whole registry; what it cannot see may share these blobs, and then deleting frees less.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n problems in what the registry returned; the first: %1</source>
        <translation>
            <numerusform>%n problem in what the registry returned: %1</numerusform>
            <numerusform>%n problems in what the registry returned; the first: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Analyse the registry to see what deleting the selected images frees.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Deleting the %n selected images (with every tag on them) frees %1 after garbage collection; %2 stays, shared with images you keep.</source>
        <translation>
            <numerusform>Deleting the %n selected image (with every tag on it) frees %1 after garbage collection; %2 stays, shared with images you keep.</numerusform>
            <numerusform>Deleting the %n selected images (with every tag on them) frees %1 after garbage collection; %2 stays, shared with images you keep.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+37"/>
        <source>At most: this account does not see the whole registry.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Storage analysis of %1 under way…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The storage of %1 is not analysed yet.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Frees %1 after garbage collection; %2 stays, shared with images you keep.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/gui/StorageHarborFigures.cpp" line="+57"/>
        <source>Asking Harbor for its project quotas…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::StorageEstimate</name>
    <message>
        <location filename="../../src/cli/StorageEstimate.cpp" line="+35"/>
        <source>reading manifests: %1 of %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>what this frees after garbage collection is not known: %n of the manifests it deletes could not be read</source>
        <translation>
            <numerusform>what this frees after garbage collection is not known: %n manifest it deletes could not be read</numerusform>
            <numerusform>what this frees after garbage collection is not known: %n of the manifests it deletes could not be read</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>frees %1 after garbage collection (%2 stays, shared with images you keep)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frees at most %1 after garbage collection (%2 stays, shared with images you keep)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exact as far as the registry&apos;s API shows: untagged manifests it does not list are not counted.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most: the scan did not see every repository (see the problems above), so a blob may be shared with one it did not see; untagged manifests the registry does not list are not counted either.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exact: this account sees the whole registry.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most: this account does not see the whole registry (only a system administrator does), so a blob counted as unique here may be shared with a project it cannot see.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry frees the storage only when its garbage collection runs (distribution: &apos;registry garbage-collect&apos;).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Harbor frees the storage only when garbage collection runs, and its garbage collection skips blobs deleted in the last two hours: space deleted now comes back with a run at least two hours later.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::StoragePane</name>
    <message>
        <location filename="../../src/gui/StoragePane.cpp" line="+91"/>
        <location line="+25"/>
        <source>Largest images</source>
        <translation></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&amp;Analyse</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Reads every manifest of this registry to account for its storage</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Storage by part</source>
        <translation></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Reading manifests: %1 of %2 so far</source>
        <translation></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the registry itself reports; where it differs from Stored, the cell&apos;s tooltip says why</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of the stored bytes: unique dark, shared light</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes nothing else references: what deleting it all frees</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes also referenced elsewhere: they stay</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::TagCommand</name>
    <message>
        <location filename="../../src/cli/TagCommand.cpp" line="+18"/>
        <source>tag takes SRC and at least one NEWTAG: tag REPO:TAG NEWTAG...</source>
        <translation></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>tagged %1 (%2): %3
</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::UndoCommand</name>
    <message>
        <location filename="../../src/cli/UndoCommand.cpp" line="+35"/>
        <source>undo takes one JOURNAL-ID (see berthctl history), or --last</source>
        <translation></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>nothing to undo: no batch in the journal can be undone (berthctl history)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no journal id %1 in the journal (berthctl history)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is undone already</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 can no longer be undone: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 was made on %2, but these credentials are for %3: give that registry&apos;s --url or --profile</source>
        <translation></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>warning: the action journal could not be written: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot undo %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>nothing was changed; berthctl undo --force moves the tag back</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>undo needs %1; nothing more was sent after the first refusal</source>
        <translation></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>tags: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accessory tags: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::UndoController</name>
    <message>
        <location filename="../../src/gui/UndoController.cpp" line="+46"/>
        <location line="+99"/>
        <location line="+111"/>
        <source>Undo</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="-158"/>
        <source>Undo delete of %n tags</source>
        <translation>
            <numerusform>Undo delete of %n tag</numerusform>
            <numerusform>Undo delete of %n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Undo delete of %n artifacts</source>
        <translation>
            <numerusform>Undo delete of %n artifact</numerusform>
            <numerusform>Undo delete of %n artifacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Undo delete of %n items</source>
        <translation>
            <numerusform>Undo delete of %n item</numerusform>
            <numerusform>Undo delete of %n items</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing here can be undone.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>An undo is still running.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 is not open in this window: open it to undo its deletes.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing to undo: no delete on a registry open in this window can be undone.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Undoing: %1…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Undo failed</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Undo finished: %n deletes put back.</source>
        <translation>
            <numerusform>Undo finished: %n delete put back.</numerusform>
            <numerusform>Undo finished: %n deletes put back.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <location line="+13"/>
        <source>Undo refused</source>
        <translation></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This can no longer be undone: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Undo needs %1; nothing more was sent after the first refusal.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The action journal could not be written: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The tag %1 now names %2. Move it back to %3?</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing has been changed yet.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo cancelled; nothing was changed.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::UndoRecorder</name>
    <message>
        <location filename="../../src/operations/UndoRecorder.cpp" line="+72"/>
        <source>a repository delete cannot be undone: Berth does not keep every manifest of a repository before it goes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>its digest is not known</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its manifest could not be kept: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the artifact could not be read before the delete: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+50"/>
        <location line="+56"/>
        <source>the connection was closed</source>
        <translation></translation>
    </message>
    <message>
        <location line="-95"/>
        <source>the tag could not be read before the delete: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the registry did not name the tag&apos;s digest</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>indexes nested deeper than %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>child %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>it has more than %1 accessories</source>
        <translation></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>its accessory %1 could not be read before the delete: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>its accessory %1 could not be kept: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::UndoRun</name>
    <message>
        <location filename="../../src/operations/UndoRun.cpp" line="+104"/>
        <source>indexes nested deeper than %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the manifest %1 is no longer in Berth&apos;s cache</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the cached manifest %1 cannot be read: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the journal does not name its digest</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an accessory deleted with it: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>another entry of the batch cannot be undone</source>
        <translation></translation>
    </message>
    <message>
        <location line="+201"/>
        <source>a check before the undo failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>garbage collection removed blobs it needs: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the tag %1 in %2 now names %3</source>
        <translation></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>not sent: the registry refused the first write</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berth::WhoamiCommand</name>
    <message>
        <location filename="../../src/cli/WhoamiCommand.cpp" line="+68"/>
        <source>anonymous</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Harbor %1, auth mode %2
</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>public</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>private</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no permissions</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>read (anonymous)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>berthctl</name>
    <message>
        <location filename="../../src/cli/CliOptions.cpp" line="+99"/>
        <source>--server takes harbor or registry</source>
        <translation></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--limit takes a number of at least 1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--keep-last takes a number of at least 1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--now takes an RFC 3339 time, e.g. 2026-11-01T00:00:00Z</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--concurrency takes a number from 1 to 64</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--timeout takes a number of seconds from 1 to 3600</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no command given</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--password-stdin and --from-file - both want standard input</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--password-stdin needs --user</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--user needs --url (or a --profile)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliCommands.cpp" line="+61"/>
        <source>rm --plan FILE takes no REF and no --from-file</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rm needs at least one REF, or --from-file, or --plan</source>
        <translation></translation>
    </message>
    <message>
        <location line="+126"/>
        <source>--plan FILE belongs to rm</source>
        <translation></translation>
    </message>
    <message>
        <location line="-95"/>
        <source>plan takes one SCOPE (PROJECT, PROJECT/REPO, PROJECT/FOLDER/), or --all</source>
        <translation></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>a plain OCI registry records no push or pull times: --older-than, --pulled-before and --keep-pulled-within need Harbor</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a plain OCI registry does not list untagged manifests: --untagged needs Harbor</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--json and --csv exclude each other</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--execute reports as text or --json, not --csv</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>plan needs at least one rule (--match, --older-than, --pulled-before, --untagged, --keep-last, ...)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>login --import takes REGISTRY names, not --url, --user or --password-stdin</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>REGISTRY names and --yes belong to login --import</source>
        <translation></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>--execute belongs to plan</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--tags belongs to cp</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--to-url belongs to cp</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--to-user belongs to cp</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--to-profile belongs to cp</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--no-referrers belongs to cp</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--last belongs to undo</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--force belongs to undo</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--limit belongs to history</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Usage: berthctl [OPTIONS] COMMAND [ARGS]

  -u, --url URL           registry URL; without a scheme, https://
  --user NAME             username (robot$project+name, robot$name, or a user)
  --password-stdin        read the secret from the first line of stdin
  -p, --profile NAME      use a saved profile (with one profile saved, it is the default)
  --server harbor|registry   what --url is: Harbor, or a plain OCI registry (/v2/ only);
                          without it berthctl asks the server (login saves the answer)
  --ca-file FILE          extra CA certificate(s), PEM
  --json                  machine-readable output
  --concurrency N         parallel requests (default 6 for listing, 4 for deleting)
  --timeout SECONDS       per request (default 30)
  -v, --verbose           what is sent and received (never the secret)

  whoami                  who Harbor thinks you are, and what you may do in each project;
                          on a plain registry: the user, and whether catalog, pull and delete are granted
  ls                      projects
  ls PROJECT              repositories of a project
  ls PROJECT/REPO         one row per tag; untagged artifacts as @sha256:... rows
  ls --all [PROJECT]      every tag of every repository visible to you
      --children, --accessories   also list index children and accessories
  On a plain OCI registry (no projects): ls lists repositories (/v2/_catalog), ls REPO its
  tags, ls --all [PREFIX] every tag; --json rows have project, push_time and pull_time null
      --digests           also each tag&apos;s digest and size (one HEAD request per tag)
  rm REF...               PROJECT/REPO:TAG removes one tag; PROJECT/REPO@sha256:... deletes the artifact
                          plain registry: REPO:TAG tries a tag delete, never falls back to the
                          digest; REPO@sha256:... deletes the manifest and every tag on it
  rm --from-file FILE     one REF per line (&apos;-&apos; reads stdin)
  rm --dry-run REF...     what would go, checked against the server, and what it frees after
                          garbage collection, each blob on the first REF that frees it (reads
                          every manifest the account can see, cached); changes nothing
  rm --plan FILE          run a saved plan (plan --json): each item is checked again first
  inspect REF             what REF (PROJECT/REPO:TAG or PROJECT/REPO@sha256:...) is: its manifest,
                          platforms, config, layers and referrers, read from the registry (/v2/)
      --platform OS/ARCH[/VARIANT]   of an index, inspect the image for this platform
      --raw               print the manifest exactly as the registry sent it
  plan [RULES] SCOPE      a cleanup plan: every tag (and untagged artifact) in SCOPE, marked
                          remove or keep with the rule that decided; changes nothing
      SCOPE               PROJECT, PROJECT/REPO, PROJECT/FOLDER/, or --all (or &apos;*&apos;)
      --match REGEX       select tags whose whole name matches (--match-glob GLOB: a glob)
      --older-than 30d    select what was pushed more than 30 days ago (s, m, h, d, w)
      --pulled-before 90d select what was last pulled more than 90 days ago, or never
      --untagged          select untagged artifacts only
      --media-type T, --artifact-type T   select by media type / artifact type (IMAGE, CHART)
      --keep-last N       keep the N newest tags per repository (by push time; ties: name)
      --keep REGEX        keep tags whose whole name matches
      --keep-pulled-within 7d   keep anything pulled within 7 days
      --json | --csv      the plan as one JSON object / as CSV
                          (text and --json also say what the plan frees after garbage collection:
                          freed_after_gc, shared_kept, freed_exact)
      --now TIME          evaluate ages as of an RFC 3339 time instead of the clock
      --execute [--yes]   carry the plan out; asks first unless --yes (no terminal: needs --yes)
                          Immutable tags are always kept. Removing every tag of an artifact
                          leaves it untagged (listed); --untagged plans delete such artifacts.
      On a plain OCI registry: SCOPE is REPO or a folder of repositories; --keep-last orders by
      the image config&apos;s created (manifest GETs: on Docker Hub they count as pulls); a tag goes
      only with its manifest, when every tag on it goes; --older-than, --pulled-before,
      --keep-pulled-within and --untagged need Harbor
  du [SCOPE]              where the space goes: stored, unique and shared bytes of distinct blobs
                          (layers, configs, manifests) per project, or per repository in SCOPE
                          (PROJECT, PROJECT/REPO, PROJECT/FOLDER/; plain registry: REPO, FOLDER/),
                          sorted by unique bytes; reads every manifest the account can see
                          (cached: a second run reads only what changed); exact only when the
                          account sees the whole registry, else &quot;at most&quot;
  tag SRC NEWTAG...       add tags to the artifact SRC names (REPO:TAG or REPO@sha256:..., with
                          PROJECT/ on Harbor): Harbor&apos;s tags API (tag:create); a plain registry
                          gets the manifest&apos;s exact bytes under each new tag;
                          a tag on another digest is never moved (tag_exists, exit 6)
  cp SRC DEST             copy an artifact (an index with its children) to DEST: REPO, or
                          REPO:TAG for exactly that tag; blobs the target has are skipped, so
                          running it again resumes; nothing is written when a chosen tag is on
                          another digest at the target (tag_exists, exit 6); then what refers
                          to it: OCI referrers (and the target&apos;s sha256-&lt;hex&gt; index where it
                          has no referrers API) and cosign&apos;s sha256-&lt;hex&gt;.sig/.att/.sbom tags
                          (one on another digest at the target is kept: a warning)
      --tags same|none|NAME,...   the tags DEST REPO gets (default same: SRC&apos;s tag)
      --to-url URL | --to-profile NAME   DEST is on another registry (streamed through berthctl)
      --to-user NAME      the target&apos;s user; with --password-stdin its secret is the next line
                          of stdin (the second when --user also reads one)
      --no-referrers      not the signatures, SBOMs and other artifacts that refer to SRC
  undo JOURNAL-ID | --last [--force]
                          put back what one rm or plan --execute deleted (its journal id; --last:
                          the newest batch not yet undone, on any registry): the same digests,
                          then their tags; with the journal&apos;s profile, or --url/--profile of the
                          same registry. Refused, with nothing changed, once garbage collection
                          took a blob (undo_blobs_collected, exit 6) or a tag names another
                          digest now (tag_exists, exit 6; --force moves it)
  history [--limit N]     the journal&apos;s deletes by journal id, newest first: undoable (until
                          when), undone, or no longer undoable and why
  login --url URL --user NAME --password-stdin [--profile NAME]
                          save a profile and its secret in the keychain
  login --import [--yes] [REGISTRY...]
                          list the logins docker and podman keep (never secrets); save those
                          named (host[:port]), or every one with --yes, as plain-registry profiles
  logout [--profile NAME] remove a profile and its secret
  profiles                list saved profiles (never secrets)
  explain -               explain why a curl command (read from stdin) failed, without
                          sending it; explain -- &apos;curl ...&apos; also works, but puts the secret
                          in argv, where other local users can read it

Exit codes: 0 ok, 1 other failure, 2 usage, 3 not authenticated, 4 forbidden, 5 not found,
6 precondition failed (also: an item changed since the plan), 7 network/timeout/TLS,
8 credentials unavailable.
</source>
        <translation></translation>
    </message>
    <message>
        <location line="-151"/>
        <source>ls takes at most one PROJECT or PROJECT/REPO</source>
        <translation></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>login needs --url, --user and --password-stdin</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/cli/CliOptions.cpp" line="+22"/>
        <source>--match and --match-glob exclude each other</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../src/cli/InspectCommand.cpp" line="-162"/>
        <source>%1 bytes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 bytes)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Referrers (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reference</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Digest</source>
        <translation></translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Media type</source>
        <translation></translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+15"/>
        <source>Size</source>
        <translation></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Artifact type</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total size</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Created</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS/architecture</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entrypoint</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cmd</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Env</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working dir</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exposed ports</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Labels</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Config</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers (%1, %2)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Manifests (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>inspect takes one REF (PROJECT/REPO:TAG or PROJECT/REPO@sha256:...)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--raw and --json exclude each other</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--platform takes OS/ARCH[/VARIANT], e.g. linux/arm64/v8</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>invalid reference %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Image for %1</source>
        <translation></translation>
    </message>
</context>
</TS>
