// Signed documents: the detached Ed25519 signature (FILE.sig), issuing files atomically with
// their audit event and issued_documents row, verification with every vault key (retired ones
// too) and with plain OpenSSL, and the refusals.
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "documents/Signing.h"
#include "storage/DocumentRepository.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

documents::IssueRequest reportRequest()
{
    documents::IssueRequest r;
    r.kind = documents::kind::kReport;
    r.reference = u"access 2026-01-01..2026-03-31"_s;
    r.auditAction = audit::kReportExported;
    r.auditTarget = u"report:access"_s;
    r.auditDetails = u"format=csv"_s;
    return r;
}

Result<qint64> countRows(storage::Database& db, const QString& sql)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return st->int64(0);
}

} // namespace

class TestSigning : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_out;
    ManualClock m_clock{QDateTime(QDate(2026, 5, 4), QTime(9, 30), Qt::UTC)};
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Session> m_owner;
    qint64 m_managerId = 0;
    qint64 m_clerkId = 0;

    QString outPath(const QString& name) const { return m_out.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_out.isValid());
        auto vault = createVault(m_dir.path(), m_clock);
        QVERIFY2(vault, qPrintable(vault.errorMessage()));
        m_vault = std::move(vault.value());
        auto owner = signIn(*m_vault, kOwnerUser, kOwnerPassword);
        QVERIFY2(owner, qPrintable(owner.errorMessage()));
        m_owner = std::move(owner.value());
        auto manager =
            addEmployee(*m_vault, *m_owner, u"mark"_s, u"Mark Manager"_s, Role::Manager, u"copper-Lantern-meadow-41"_s);
        QVERIFY2(manager, qPrintable(manager.errorMessage()));
        m_managerId = manager.value();
        auto clerk =
            addEmployee(*m_vault, *m_owner, u"carla"_s, u"Carla Clerk"_s, Role::Clerk, u"velvet-Harbour-quartz-73"_s);
        QVERIFY2(clerk, qPrintable(clerk.errorMessage()));
        m_clerkId = clerk.value();
    }

    void currentKeyAndPem()
    {
        auto key = documents::currentSigningKey(m_owner->database());
        QVERIFY2(key, qPrintable(key.errorMessage()));
        QCOMPARE(key->publicKey.size(), 32);
        QVERIFY(key->isCurrent());
        QCOMPARE(key->fingerprint, crypto::fingerprint(key->publicKey));
        auto pem = documents::signingKeyPem(key.value(), m_owner->businessProfile());
        QVERIFY2(pem, qPrintable(pem.errorMessage()));
        QVERIFY(pem->contains("-----BEGIN PUBLIC KEY-----"));
        QVERIFY(pem->contains(key->fingerprint.toLatin1()));
        QVERIFY(pem->contains("Quayside Stationers Ltd."));
        // The PEM reads back as the same key despite the comment lines before it.
        auto back = crypto::ed25519PublicKeyFromPem(pem.value());
        QVERIFY2(back, qPrintable(back.errorMessage()));
        QCOMPARE(back.value(), key->publicKey);
    }

    void signAndVerifyRoundTrip()
    {
        const QByteArray data = "Quarterly access report\r\nrow 1\r\n";
        documents::SigningKeyInfo used;
        auto signature = documents::signData(*m_owner, data, &used);
        QVERIFY2(signature, qPrintable(signature.errorMessage()));
        QCOMPARE(signature->size(), 64);
        auto key = documents::currentSigningKey(m_owner->database());
        QVERIFY(key);
        QCOMPARE(used.vaultKeyId, key->vaultKeyId);
        const auto ok = documents::verifyDetached(data, signature.value(), {key->publicKey});
        QVERIFY2(ok.valid, qPrintable(ok.message));
        QCOMPARE(ok.fingerprint, key->fingerprint);

        QByteArray changed = data;
        changed[5] = char(changed[5] ^ 0x01);
        QVERIFY(!documents::verifyDetached(changed, signature.value(), {key->publicKey}).valid);
        QByteArray badSig = signature.value();
        badSig[10] = char(badSig[10] ^ 0x80);
        QVERIFY(!documents::verifyDetached(data, badSig, {key->publicKey}).valid);
    }

    void wrongKeyAndShortSignature()
    {
        const QByteArray data = "statement";
        auto signature = documents::signData(*m_owner, data);
        QVERIFY(signature);
        auto other = crypto::generateEd25519();
        QVERIFY(other);
        const auto wrong = documents::verifyDetached(data, signature.value(), {other->publicKey});
        QVERIFY(!wrong.valid);
        QCOMPARE(wrong.fingerprint, crypto::fingerprint(other->publicKey));
        QVERIFY(wrong.message.contains(u"NOT valid"_s));

        auto key = documents::currentSigningKey(m_owner->database());
        QVERIFY(key);
        const auto shortSig = documents::verifyDetached(data, signature->left(63), {key->publicKey});
        QVERIFY(!shortSig.valid);
        QVERIFY2(shortSig.message.contains(u"63"_s), qPrintable(shortSig.message));
        QVERIFY(!documents::verifyDetached(data, signature.value(), {}).valid);
    }

    void issueFileWritesFileSignatureAuditAndRow()
    {
        const QString path = outPath(u"access.csv"_s);
        const QByteArray data = "\xEF\xBB\xBFReport,Disclosure and access\r\n";
        auto issued = documents::issueFile(*m_owner, path, data, reportRequest());
        QVERIFY2(issued, qPrintable(issued.errorMessage()));
        QCOMPARE(readAll(path), data);
        QCOMPARE(issued->signaturePath, path + u".sig"_s);
        QCOMPARE(readAll(issued->signaturePath).size(), 64);
        QCOMPARE(issued->sha256, crypto::sha256(data));

        auto keys = documents::signingKeys(m_owner->database());
        QVERIFY(keys);
        QList<QByteArray> publicKeys;
        for (const auto& k : keys.value())
            publicKeys << k.publicKey;
        auto verified = documents::verifyFile(path, issued->signaturePath, publicKeys);
        QVERIFY2(verified, qPrintable(verified.errorMessage()));
        QVERIFY2(verified->valid, qPrintable(verified->message));
        QCOMPARE(verified->fingerprint, issued->fingerprint);

        auto row = storage::DocumentRepository(m_owner->database()).byId(issued->documentId);
        QVERIFY(row && row.value());
        QCOMPARE(row.value()->kind, documents::kind::kReport);
        QCOMPARE(row.value()->sha256, crypto::sha256(data));
        QVERIFY(row.value()->vaultKeyId.has_value());

        AuditQuery q;
        q.action = audit::kReportExported;
        q.limit = 1;
        auto events = m_owner->auditLog().recent(q);
        QVERIFY(events && events->size() == 1);
        QCOMPARE(events->first().target, u"report:access"_s);
        QCOMPARE(events->first().outcome, audit::kSuccess);
        QVERIFY(events->first().details.contains(u"document=%1"_s.arg(issued->documentId)));

        // Tampering with one byte of the file, or of the signature, is detected.
        QByteArray tampered = data;
        tampered[tampered.size() - 3] = 'X';
        QVERIFY(writeAll(path, tampered));
        auto afterFile = documents::verifyFile(path, issued->signaturePath, publicKeys);
        QVERIFY(afterFile);
        QVERIFY(!afterFile->valid);
        QVERIFY(writeAll(path, data));
        QByteArray sig = readAll(issued->signaturePath);
        sig[0] = char(sig[0] ^ 0x01);
        QVERIFY(writeAll(issued->signaturePath, sig));
        auto afterSig = documents::verifyFile(path, issued->signaturePath, publicKeys);
        QVERIFY(afterSig);
        QVERIFY(!afterSig->valid);
        // Missing signature file: an error (unreadable), not "invalid".
        auto missing = documents::verifyFile(path, path + u".nosig"_s, publicKeys);
        QVERIFY(!missing);
    }

    void opensslAcceptsOurSignature()
    {
        if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
            QSKIP("openssl is not installed");
        const QString path = outPath(u"statement.pdf"_s);
        const QByteArray data = QByteArray("%PDF-1.4 statement body ") + QByteArray(5000, 'x');
        auto issued = documents::issueFile(*m_owner, path, data, reportRequest());
        QVERIFY2(issued, qPrintable(issued.errorMessage()));
        const QString pem = outPath(u"signing-key.pem"_s);
        auto exported = documents::exportSigningKey(*m_owner, pem);
        QVERIFY2(exported, qPrintable(exported.errorMessage()));

        const QStringList args{u"pkeyutl"_s, u"-verify"_s, u"-pubin"_s, u"-inkey"_s,   pem,
                               u"-rawin"_s,  u"-in"_s,     path,        u"-sigfile"_s, issued->signaturePath};
        const CliRun good = runProcess(u"openssl"_s, args);
        QVERIFY2(good.code == 0, qPrintable(good.describe()));
        QVERIFY(good.out.contains(u"Signature Verified Successfully"_s));

        QByteArray tampered = data;
        tampered[20] = 'Y';
        QVERIFY(writeAll(path, tampered));
        const CliRun bad = runProcess(u"openssl"_s, args);
        QVERIFY2(bad.code != 0, qPrintable(bad.describe()));

        AuditQuery q;
        q.action = audit::kSigningKeyExported;
        q.limit = 5;
        auto events = m_owner->auditLog().recent(q);
        QVERIFY(events && !events->isEmpty());
        QCOMPARE(events->first().outcome, audit::kSuccess);
    }

    void retiredKeyStillVerifies()
    {
        const QByteArray data = "signed before the key was rotated";
        auto signature = documents::signData(*m_owner, data);
        QVERIFY(signature);
        auto oldKey = documents::currentSigningKey(m_owner->database());
        QVERIFY(oldKey);

        // Rotate by hand: retire the current key and add a new current one.
        auto fresh = crypto::generateEd25519();
        QVERIFY(fresh);
        storage::Database& db = m_owner->database();
        auto retire = db.prepare(u"UPDATE vault_keys SET retired_at = ? WHERE id = ?"_s);
        QVERIFY(retire);
        retire->bind(1, toStorageTime(m_clock.nowUtc())).bind(2, oldKey->vaultKeyId);
        QVERIFY(retire->exec());
        auto add = db.prepare(u"INSERT INTO vault_keys (kind, public_key, created_at) VALUES ('signing', ?, ?)"_s);
        QVERIFY(add);
        add->bind(1, fresh->publicKey).bind(2, toStorageTime(m_clock.nowUtc()));
        QVERIFY(add->exec());

        auto keys = documents::signingKeys(db);
        QVERIFY(keys);
        QCOMPARE(keys->size(), 2);
        QVERIFY(keys->at(0).isCurrent());
        QCOMPARE(keys->at(0).publicKey, fresh->publicKey);
        QVERIFY(!keys->at(1).isCurrent());
        QList<QByteArray> publicKeys{keys->at(0).publicKey, keys->at(1).publicKey};
        const auto v = documents::verifyDetached(data, signature.value(), publicKeys);
        QVERIFY2(v.valid, qPrintable(v.message));
        QCOMPARE(v.fingerprint, oldKey->fingerprint);
        // The new key alone does not verify it.
        QVERIFY(!documents::verifyDetached(data, signature.value(), {fresh->publicKey}).valid);
        // The retired key's PEM says so.
        auto pem = documents::signingKeyPem(keys->at(1), m_owner->businessProfile());
        QVERIFY(pem && pem->contains("Retired:"));

        // Put the original key back for the remaining tests (the owner's grant is for it).
        auto del = db.prepare(u"DELETE FROM vault_keys WHERE public_key = ?"_s);
        QVERIFY(del);
        del->bind(1, fresh->publicKey);
        QVERIFY(del->exec());
        auto unretire = db.prepare(u"UPDATE vault_keys SET retired_at = NULL WHERE id = ?"_s);
        QVERIFY(unretire);
        unretire->bind(1, oldKey->vaultKeyId);
        QVERIFY(unretire->exec());
    }

    void withoutSigningGrantDeniedAndAudited_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("manager") << u"mark"_s << u"copper-Lantern-meadow-41"_s;
        QTest::newRow("clerk") << u"carla"_s << u"velvet-Harbour-quartz-73"_s;
    }
    void withoutSigningGrantDeniedAndAudited()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        auto session = signIn(*m_vault, user, password);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        auto before = countRows(session.value()->database(), u"SELECT COUNT(*) FROM issued_documents"_s);
        QVERIFY(before);
        const QString path = outPath(u"denied-%1.csv"_s.arg(user));
        auto issued = documents::issueFile(*session.value(), path, "data", reportRequest());
        QVERIFY(!issued);
        QCOMPARE(issued.errorCode(), Errc::Denied);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + u".sig"_s));
        auto after = countRows(session.value()->database(), u"SELECT COUNT(*) FROM issued_documents"_s);
        QVERIFY(after);
        QCOMPARE(after.value(), before.value());

        AuditQuery q;
        q.action = audit::kReportExported;
        q.outcome = audit::kDenied;
        q.limit = 1;
        auto events = session.value()->auditLog().recent(q);
        QVERIFY(events && events->size() == 1);
        QCOMPARE(events->first().actorName, user);

        // Exporting the public key needs ManageSettings (owners): refused and audited too.
        auto pem = documents::exportSigningKey(*session.value(), outPath(u"key-%1.pem"_s.arg(user)));
        QVERIFY(!pem);
        QCOMPARE(pem.errorCode(), Errc::Denied);
        QVERIFY(!QFile::exists(outPath(u"key-%1.pem"_s.arg(user))));
        q.action = audit::kSigningKeyExported;
        events = session.value()->auditLog().recent(q);
        QVERIFY(events && events->size() == 1);
        QCOMPARE(events->first().actorName, user);
    }

    void readOnlyTargetLeavesNothing()
    {
        // Root ignores folder permissions, so a folder nobody may create files in stands in.
        QString dir;
        QTemporaryDir readOnly;
        if (::geteuid() == 0) {
            dir = u"/proc"_s;
        } else {
            QVERIFY(readOnly.isValid());
            QVERIFY(QFile::setPermissions(readOnly.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            dir = readOnly.path();
        }
        const QString path = dir + u"/report.csv"_s;
        auto before = countRows(m_owner->database(), u"SELECT COUNT(*) FROM issued_documents"_s);
        auto eventsBefore = countRows(m_owner->database(), u"SELECT COUNT(*) FROM audit_events"_s);
        QVERIFY(before && eventsBefore);
        auto issued = documents::issueFile(*m_owner, path, "a,b\r\n", reportRequest());
        QVERIFY(!issued);
        QCOMPARE(issued.errorCode(), Errc::Io);
        QVERIFY(!issued.errorMessage().isEmpty());
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + u".sig"_s));
        auto after = countRows(m_owner->database(), u"SELECT COUNT(*) FROM issued_documents"_s);
        auto eventsAfter = countRows(m_owner->database(), u"SELECT COUNT(*) FROM audit_events"_s);
        QVERIFY(after && eventsAfter);
        QCOMPARE(after.value(), before.value());
        QCOMPARE(eventsAfter.value(), eventsBefore.value());
        if (::geteuid() != 0)
            QFile::setPermissions(readOnly.path(),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void verifyFileRefusesHugeSignatureFile()
    {
        const QString path = outPath(u"plain.txt"_s);
        QVERIFY(writeAll(path, "hello"));
        QVERIFY(writeAll(path + u".sig"_s, QByteArray(5000, 'x')));
        auto key = documents::currentSigningKey(m_owner->database());
        QVERIFY(key);
        auto v = documents::verifyFile(path, path + u".sig"_s, {key->publicKey});
        QVERIFY(!v);
        QCOMPARE(v.errorCode(), Errc::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestSigning)
#include "tst_signing.moc"
