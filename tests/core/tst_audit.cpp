// The tamper-evident audit log on a real vault: the hash chain, signed checkpoints, what each
// kind of tampering looks like to the verifier (edited, deleted, cut off, recomputed, forged),
// the filters and paging of the viewer, and the manager's scope.
#include "audit/AuditCheckpoints.h"
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "vault/RecoveryCode.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using crypto::SecureBytes;

namespace {

const QString kOwnerPassword = QStringLiteral("Lantern-Harbor-Pebble-93");
const QString kManagerPassword = QStringLiteral("Quartz-Meadow-Falcon-71");
const QString kClerkPassword = QStringLiteral("Copper-Willow-Glacier-46");

SecureBytes pw(const QString& s)
{
    return SecureBytes::fromUtf8(s);
}

// Builds a query field by field (designated initializers warn about every field left out).
struct Q
{
    AuditQuery q;
    Q& actorId(qint64 id)
    {
        q.actorId = id;
        return *this;
    }
    Q& action(const QString& a)
    {
        q.action = a;
        return *this;
    }
    Q& outcome(const QString& o)
    {
        q.outcome = o;
        return *this;
    }
    Q& fromDay(const QDate& d)
    {
        q.fromDay = d;
        return *this;
    }
    Q& toDay(const QDate& d)
    {
        q.toDay = d;
        return *this;
    }
    Q& beforeSeq(std::optional<qint64> s)
    {
        q.beforeSeq = s;
        return *this;
    }
    Q& scope(const AuditScope& s)
    {
        q.scope = s;
        return *this;
    }
    Q& includeCheckpoints(bool b)
    {
        q.includeCheckpoints = b;
        return *this;
    }
    Q& limit(int n)
    {
        q.limit = n;
        return *this;
    }
    operator const AuditQuery&() const { return q; }
};

struct Fixture
{
    QTemporaryDir tmp;
    ManualClock clock{QDateTime(QDate(2026, 11, 2), QTime(12, 0), Qt::UTC)};
    std::unique_ptr<Vault> vault;
    std::unique_ptr<Session> owner;
    qint64 managerId = 0;
    qint64 clerkId = 0;

    QString dir() const { return tmp.path() + QStringLiteral("/vault"); }
    storage::Database& db() { return owner->database(); }
    AuditLog log() { return owner->auditLog(); }

    bool create(bool withStaff = false)
    {
        BusinessProfile p;
        p.legalName = QStringLiteral("Quay Test Traders");
        p.phone = QStringLiteral("+44 20 7946 0000");
        NewVaultAccount o;
        o.username = QStringLiteral("olivia");
        o.fullName = QStringLiteral("Olivia Owner");
        o.password = pw(kOwnerPassword);
        o.role = Role::Owner;
        o.mustChangePassword = false;
        auto v = Vault::create(dir(), p, o, recovery::generateCode().value(), {}, clock);
        if (!v) {
            qWarning("%s", qPrintable(v.errorMessage()));
            return false;
        }
        vault = std::move(v.value());
        auto s = vault->signIn(o.username, o.password);
        if (!s) {
            qWarning("%s", qPrintable(s.errorMessage()));
            return false;
        }
        owner = std::move(s.value());
        if (!withStaff)
            return true;
        managerId = add(QStringLiteral("mara"), QStringLiteral("Mara Manager"), Role::Manager, kManagerPassword);
        clerkId = add(QStringLiteral("cleo"), QStringLiteral("Cleo Clerk"), Role::Clerk, kClerkPassword);
        return managerId > 0 && clerkId > 0;
    }

    qint64 add(const QString& username, const QString& fullName, Role role, const QString& password)
    {
        NewVaultAccount a;
        a.username = username;
        a.fullName = fullName;
        a.role = role;
        a.password = pw(password);
        a.mustChangePassword = false;
        auto added = vault->addEmployee(*owner, a);
        if (!added) {
            qWarning("%s", qPrintable(added.errorMessage()));
            return 0;
        }
        auto s = vault->signIn(username, a.password);
        return s ? s.value()->employee().id : 0;
    }

    std::unique_ptr<Session> signIn(const QString& username, const QString& password)
    {
        auto s = vault->signIn(username, pw(password));
        if (!s) {
            qWarning("%s", qPrintable(s.errorMessage()));
            return nullptr;
        }
        return std::move(s.value());
    }

    void events(int count, const QString& action = QStringLiteral("test.event"))
    {
        for (int i = 0; i < count; ++i)
            QVERIFY(owner->recordEvent(action, QString::number(i)).ok());
    }

    qint64 head()
    {
        auto last = log().recent(Q().limit(1));
        return last && !last->isEmpty() ? last->first().seq : 0;
    }

    AuditLog::Verification verify()
    {
        auto v = AuditVerifier(db(), owner->vaultId()).verify();
        if (!v)
            qWarning("%s", qPrintable(v.errorMessage()));
        if (v)
            return v.value();
        AuditLog::Verification failed;
        failed.intact = false;
        failed.eventCount = -1;
        return failed;
    }

    bool exec(const QString& sql) { return db().exec(sql).ok(); }

    // What an attacker holding the database key but not the signing key can do: rewrite an
    // event and recompute every hash from there on, so the chain alone looks intact.
    bool rewriteFrom(qint64 seq, const QString& newDetails)
    {
        QList<AuditEvent> all;
        if (!log().scan([&all](const AuditEvent& e) {
                all << e;
                return true;
            }))
            return false;
        QByteArray prev = AuditLog::genesisHash();
        for (AuditEvent e : std::as_const(all)) {
            if (e.seq == seq)
                e.details = newDetails;
            if (e.seq >= seq) {
                e.prevHash = prev;
                e.hash = AuditLog::chainHash(prev, e);
                auto st = db().prepare(
                    QStringLiteral("UPDATE audit_events SET details = ?1, prev_hash = ?2, hash = ?3 WHERE seq = ?4"));
                if (!st)
                    return false;
                st->bind(1, e.details).bind(2, e.prevHash).bind(3, e.hash).bind(4, e.seq);
                if (!st->exec())
                    return false;
            }
            prev = e.hash;
        }
        return true;
    }
};

QList<qint64> seqs(const QList<AuditEvent>& events)
{
    QList<qint64> out;
    for (const AuditEvent& e : events)
        out << e.seq;
    return out;
}

} // namespace

class TstAudit : public QObject
{
    Q_OBJECT

private slots:
    void checkpointCoversItsOwnEvent()
    {
        Fixture f;
        QVERIFY(f.create());
        f.events(3);
        auto written = writeCheckpoint(*f.owner);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QVERIFY(written->has_value());
        const qint64 seq = **written;
        QCOMPARE(seq, f.head());
        auto head = f.log().recent(Q().limit(1));
        QCOMPARE(head->first().action, audit::kAuditCheckpoint);
        QCOMPARE(head->first().actorName, QStringLiteral("olivia"));

        // Nothing new since: no second checkpoint.
        auto again = writeCheckpoint(*f.owner);
        QVERIFY(again.ok());
        QVERIFY(!again->has_value());

        auto rows = AuditCheckpoints::all(f.db());
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().seq, seq);
        QCOMPARE(rows->first().headHash, head->first().hash);
        QCOMPARE(rows->first().signature.size(), qsizetype(crypto::kEd25519SignatureSize));

        const AuditLog::Verification v = f.verify();
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.eventCount, seq);
        QCOMPARE(v.checkpointCount, 1);
        QCOMPARE(v.lastCheckpointSeq.value_or(-1), seq);
        QVERIFY(!v.signingKeyFingerprint.isEmpty());
        // The existing entry point checks checkpoints too (vault id from the settings).
        auto viaLog = f.log().verify();
        QVERIFY(viaLog.ok());
        QVERIFY(viaLog->intact);
        QCOMPARE(viaLog->checkpointCount, 1);
    }

    void onlyOwnersSign()
    {
        Fixture f;
        QVERIFY(f.create(true));
        auto manager = f.signIn(QStringLiteral("mara"), kManagerPassword);
        QVERIFY(manager);
        auto none = writeCheckpoint(*manager);
        QVERIFY2(none.ok(), qPrintable(none.errorMessage()));
        QVERIFY(!none->has_value());
        QCOMPARE(AuditCheckpoints::all(f.db())->size(), 0);
    }

    void editedRowIsNamed()
    {
        Fixture f;
        QVERIFY(f.create());
        f.events(4);
        QVERIFY(writeCheckpoint(*f.owner).ok());
        f.events(2);
        const qint64 edited = 5;
        auto before = f.log().recent(Q().beforeSeq(edited + 1).limit(1));
        QCOMPARE(before->first().seq, edited);
        QVERIFY(f.exec(QStringLiteral("UPDATE audit_events SET details = 'nothing to see' WHERE seq = 5")));

        const AuditLog::Verification v = f.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq.value_or(-1), edited);
        QVERIFY2(v.problem.startsWith(QStringLiteral("Event 5 (test.event by olivia at ")), qPrintable(v.problem));
        QVERIFY2(v.problem.contains(QStringLiteral("altered")), qPrintable(v.problem));
        QVERIFY(v.firstBadEvent.has_value());
        QCOMPARE(v.firstBadEvent->details, QStringLiteral("nothing to see"));
        QCOMPARE(v.eventCount, f.head());
    }

    void deletedMiddleRowIsNamed()
    {
        Fixture f;
        QVERIFY(f.create());
        f.events(5);
        QVERIFY(writeCheckpoint(*f.owner).ok());
        QVERIFY(f.exec(QStringLiteral("DELETE FROM audit_events WHERE seq = 4")));
        const AuditLog::Verification v = f.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq.value_or(-1), 4);
        QVERIFY2(v.problem.contains(QStringLiteral("Event 4 is missing")), qPrintable(v.problem));
        QVERIFY(!v.firstBadEvent.has_value());
    }

    void deletedNewestRowsAfterCheckpoint()
    {
        Fixture f;
        QVERIFY(f.create());
        f.events(6);
        auto written = writeCheckpoint(*f.owner);
        QVERIFY(written.ok() && written->has_value());
        const qint64 signedSeq = **written;
        // Cut the newest three events, the checkpoint's own event included: the chain that is
        // left is perfectly linked, only the signed checkpoint remembers what was there.
        QVERIFY(f.exec(QStringLiteral("DELETE FROM audit_events WHERE seq > %1").arg(signedSeq - 3)));
        const AuditLog::Verification chainOnly = f.verify();
        QVERIFY(!chainOnly.intact);
        QCOMPARE(chainOnly.firstBadSeq.value_or(-1), signedSeq - 2);
        QVERIFY2(chainOnly.problem.contains(
                     QStringLiteral("Events %1 to %2 were deleted").arg(signedSeq - 2).arg(signedSeq)),
                 qPrintable(chainOnly.problem));
        QCOMPARE(chainOnly.eventCount, signedSeq - 3);
    }

    void recomputedHashesDoNotMatchTheCheckpoint()
    {
        Fixture f;
        QVERIFY(f.create());
        f.events(3);
        auto first = writeCheckpoint(*f.owner);
        QVERIFY(first.ok() && first->has_value());
        f.events(4);
        auto second = writeCheckpoint(*f.owner);
        QVERIFY(second.ok() && second->has_value());
        f.events(2);
        const qint64 edited = **first + 2;
        QVERIFY(f.rewriteFrom(edited, QStringLiteral("rewritten")));

        // The chain alone is consistent again...
        QByteArray prev = AuditLog::genesisHash();
        bool linked = true;
        QVERIFY(f.log().scan([&](const AuditEvent& e) {
            linked = linked && e.prevHash == prev && AuditLog::chainHash(prev, e) == e.hash;
            prev = e.hash;
            return true;
        }));
        QVERIFY(linked);
        // ...but not the one the owner signed: everything after the first checkpoint is suspect.
        const AuditLog::Verification v = f.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq.value_or(-1), **first + 1);
        QVERIFY2(v.problem.contains(QStringLiteral("Events %1 to %2 no longer match").arg(**first + 1).arg(**second)),
                 qPrintable(v.problem));
        QVERIFY(v.problem.contains(QStringLiteral("recomputed")));
    }

    void deletedCheckpointRowIsDetected()
    {
        Fixture f;
        QVERIFY(f.create());
        f.events(2);
        auto written = writeCheckpoint(*f.owner);
        QVERIFY(written.ok() && written->has_value());
        f.events(2);
        QVERIFY(f.exec(QStringLiteral("DELETE FROM audit_checkpoints")));
        const AuditLog::Verification v = f.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadSeq.value_or(-1), **written);
        QVERIFY2(v.problem.contains(QStringLiteral("audit.checkpoint by olivia")), qPrintable(v.problem));
        QVERIFY(v.problem.contains(QStringLiteral("checkpoint itself is gone")));
        QCOMPARE(v.checkpointCount, 0);
    }

    void forgedCheckpointsFail_data()
    {
        QTest::addColumn<QString>("forgery");
        QTest::newRow("random signature") << QStringLiteral("random");
        QTest::newRow("edited head hash") << QStringLiteral("head");
        QTest::newRow("edited seq") << QStringLiteral("seq");
        QTest::newRow("signed for another vault") << QStringLiteral("vault");
        QTest::newRow("unknown key") << QStringLiteral("key");
    }

    void forgedCheckpointsFail()
    {
        QFETCH(QString, forgery);
        Fixture f;
        QVERIFY(f.create());
        f.events(3);
        auto written = writeCheckpoint(*f.owner);
        QVERIFY(written.ok() && written->has_value());
        const qint64 seq = **written;
        f.events(3);
        const qint64 head = f.head();
        if (forgery == QLatin1String("random")) {
            // A checkpoint row made up for the current head, without the signing key.
            auto st = f.db().prepare(QStringLiteral(
                "INSERT INTO audit_checkpoints (seq, head_hash, signed_at, signed_by, vault_key_id, signature) "
                "SELECT seq, hash, '2026-11-02T12:00:00.000Z', actor_id, "
                "(SELECT id FROM vault_keys WHERE kind = 'signing'), ?1 FROM audit_events WHERE seq = ?2"));
            QVERIFY(st.ok());
            st->bind(1, crypto::randomPublicBytes(64).value()).bind(2, head);
            QVERIFY(st->exec().ok());
        } else if (forgery == QLatin1String("head")) {
            QVERIFY(f.exec(QStringLiteral("UPDATE audit_checkpoints SET head_hash = zeroblob(32)")));
        } else if (forgery == QLatin1String("seq")) {
            QVERIFY(f.exec(QStringLiteral("UPDATE audit_checkpoints SET seq = seq - 1")));
        } else if (forgery == QLatin1String("vault")) {
            // A genuine-looking checkpoint signed with this vault's key but for another vault id.
            auto key = f.owner->unsealGrantedKey(QStringLiteral("signing"));
            QVERIFY(key.ok() && key->has_value());
            auto row = AuditCheckpoints::all(f.db())->first();
            auto sig =
                crypto::sign((*key)->privateKey,
                             AuditCheckpoints::canonicalBytes(QStringLiteral("11111111-2222-3333-4444-555555555555"),
                                                              row.seq, row.headHash, row.signedAt));
            auto st = f.db().prepare(QStringLiteral("UPDATE audit_checkpoints SET signature = ?1"));
            st->bind(1, sig.value());
            QVERIFY(st->exec().ok());
        } else {
            // The attacker switches foreign keys off for the session to point at a key that does not exist.
            QVERIFY(f.exec(QStringLiteral("PRAGMA foreign_keys = OFF; UPDATE audit_checkpoints SET vault_key_id = 999; "
                                          "PRAGMA foreign_keys = ON;")));
        }
        const AuditLog::Verification v = f.verify();
        QVERIFY(!v.intact);
        const qint64 expected = forgery == QLatin1String("random") ? head
                                : forgery == QLatin1String("seq")  ? seq - 1
                                                                   : seq;
        QCOMPARE(v.firstBadSeq.value_or(-1), expected);
        QVERIFY2(v.problem.contains(forgery == QLatin1String("key") ? QStringLiteral("forged")
                                                                    : QStringLiteral("invalid signature")),
                 qPrintable(v.problem));
    }

    void verifyAsOwnerRecordsAndSigns()
    {
        Fixture f;
        QVERIFY(f.create());
        f.events(2);
        auto v = verifyAuditLog(*f.owner);
        QVERIFY2(v.ok(), qPrintable(v.errorMessage()));
        QVERIFY(v->intact);
        QVERIFY(v->checkpointWritten.has_value());
        auto top = f.log().recent(Q().limit(2));
        QCOMPARE(top->at(0).action, audit::kAuditCheckpoint);
        QCOMPARE(top->at(1).action, audit::kAuditVerify);
        QCOMPARE(top->at(1).outcome, audit::kSuccess);
        QCOMPARE(*v->checkpointWritten, top->at(0).seq);

        // A broken chain is recorded as a failed verification and never signed.
        QVERIFY(f.exec(QStringLiteral("UPDATE audit_events SET target = 'x' WHERE seq = 3")));
        auto broken = verifyAuditLog(*f.owner);
        QVERIFY(broken.ok());
        QVERIFY(!broken->intact);
        QCOMPARE(broken->firstBadSeq.value_or(-1), 3);
        QVERIFY(!broken->checkpointWritten.has_value());
        auto last = f.log().recent(Q().limit(1));
        QCOMPARE(last->first().action, audit::kAuditVerify);
        QCOMPARE(last->first().outcome, audit::kFailure);
        QCOMPARE(last->first().details, QStringLiteral("events=%1 first_bad=3").arg(last->first().seq - 1));
    }

    void filtersAndPaging()
    {
        Fixture f;
        QVERIFY(f.create(true));
        // A failed sign-in of the clerk, recorded without an actor id at the next sign-in.
        QCOMPARE(f.vault->signIn(QStringLiteral("cleo"), pw(QStringLiteral("wrong-password-123"))).errorCode(),
                 Errc::WrongSecret);
        f.clock.advanceSecs(3 * 86400);
        auto clerk = f.signIn(QStringLiteral("cleo"), kClerkPassword);
        QVERIFY(clerk);
        QVERIFY(clerk->recordEvent(QStringLiteral("card.copied"), QStringLiteral("order:1")).ok());
        QVERIFY(clerk->recordEvent(QStringLiteral("card.revealed"), QStringLiteral("order:1"), audit::kDenied).ok());
        f.clock.advanceSecs(3 * 86400);
        QVERIFY(f.owner->recordEvent(QStringLiteral("card.revealed"), QStringLiteral("order:2")).ok());
        QVERIFY(writeCheckpoint(*f.owner).ok());
        AuditLog log = f.log();

        // Actor: the clerk's own events and the failed sign-in under their name.
        auto cleo = log.recent(Q().actorId(f.clerkId).limit(100));
        QVERIFY(cleo.ok());
        bool sawFailedSignIn = false;
        for (const AuditEvent& e : std::as_const(cleo.value())) {
            QCOMPARE(e.actorName, QStringLiteral("cleo"));
            sawFailedSignIn |= e.action == audit::kSignIn && e.outcome == audit::kFailure && !e.actorId;
        }
        QVERIFY(sawFailedSignIn);

        // Action: exact, and a group by prefix.
        auto revealed = log.recent(Q().action(QStringLiteral("card.revealed")).limit(100));
        QCOMPARE(revealed->size(), 2);
        auto cards = log.recent(Q().action(QStringLiteral("card.")).limit(100));
        QCOMPARE(cards->size(), 3);
        auto notAPrefix = log.recent(Q().action(QStringLiteral("card")).limit(100));
        QCOMPARE(notAPrefix->size(), 0);

        // Outcome.
        auto denied = log.recent(Q().outcome(audit::kDenied).limit(100));
        QCOMPARE(denied->size(), 1);
        QCOMPARE(denied->first().action, QStringLiteral("card.revealed"));

        // Days (local), inclusive at both ends.
        const QDate copiedDay = revealed->last().at.toLocalTime().date();
        auto thatDay = log.recent(Q().action(QStringLiteral("card.")).fromDay(copiedDay).toDay(copiedDay).limit(100));
        QCOMPARE(thatDay->size(), 2);
        auto fromLater = log.recent(Q().action(QStringLiteral("card.")).fromDay(copiedDay.addDays(1)).limit(100));
        QCOMPARE(fromLater->size(), 1);
        auto untilEarlier = log.recent(Q().toDay(copiedDay.addDays(-1)).limit(1000));
        QVERIFY(!untilEarlier->isEmpty());
        for (const AuditEvent& e : std::as_const(untilEarlier.value()))
            QVERIFY(e.at.toLocalTime().date() < copiedDay);

        // Checkpoints can be left out (the home page's short list).
        auto noCheckpoints = log.recent(Q().includeCheckpoints(false).limit(1000));
        for (const AuditEvent& e : std::as_const(noCheckpoints.value()))
            QVERIFY(e.action != audit::kAuditCheckpoint);

        // Paging by seq: every event exactly once, newest first.
        auto everything = log.recent(Q().limit(1000));
        QList<qint64> paged;
        std::optional<qint64> before;
        while (true) {
            auto page = log.recent(Q().beforeSeq(before).limit(3));
            QVERIFY(page.ok());
            if (page->isEmpty())
                break;
            QVERIFY(page->size() <= 3);
            paged << seqs(page.value());
            before = page->last().seq;
        }
        QCOMPARE(paged, seqs(everything.value()));
        QCOMPARE(QSet<qint64>(paged.cbegin(), paged.cend()).size(), paged.size());

        QVERIFY(log.actions()->contains(QStringLiteral("card.copied")));
    }

    void managerSeesOwnAndClerksEvents()
    {
        Fixture f;
        QVERIFY(f.create(true));
        QCOMPARE(f.vault->signIn(QStringLiteral("cleo"), pw(QStringLiteral("wrong-password-123"))).errorCode(),
                 Errc::WrongSecret);
        auto manager = f.signIn(QStringLiteral("mara"), kManagerPassword);
        QVERIFY(manager);
        QVERIFY(f.owner->recordEvent(QStringLiteral("test.owner_only"), QStringLiteral("secret")).ok());

        auto scope = auditScopeFor(*manager);
        QVERIFY(scope.ok());
        QCOMPARE(scope->managerId.value_or(-1), f.managerId);
        AuditLog log = manager->auditLog();
        auto seen = log.recent(Q().scope(scope.value()).limit(1000));
        QVERIFY(seen.ok());
        QSet<QString> who;
        bool clerkFailure = false;
        for (const AuditEvent& e : std::as_const(seen.value())) {
            who.insert(e.actorName);
            clerkFailure |= e.actorName == QLatin1String("cleo") && e.outcome == audit::kFailure;
        }
        QCOMPARE(who, (QSet<QString>{QStringLiteral("mara"), QStringLiteral("cleo")}));
        QVERIFY(clerkFailure);
        // Asking for the owner's events inside the manager's scope gives nothing.
        auto ownerId = f.owner->employee().id;
        QVERIFY(log.recent(Q().actorId(ownerId).scope(scope.value()).limit(100))->isEmpty());
        auto actors = log.actors(scope.value());
        QStringList names;
        for (const AuditActor& a : std::as_const(actors.value()))
            names << a.username;
        QCOMPARE(names, (QStringList{QStringLiteral("cleo"), QStringLiteral("mara")}));
        QCOMPARE(f.log().actors()->size(), 3);

        // A manager may verify; a broken owner's event is reported by number only.
        QVERIFY(f.exec(QStringLiteral("UPDATE audit_events SET target = 'x' WHERE action = 'test.owner_only'")));
        auto v = verifyAuditLog(*manager);
        QVERIFY2(v.ok(), qPrintable(v.errorMessage()));
        QVERIFY(!v->intact);
        QVERIFY2(v->problem.startsWith(QStringLiteral("Event %1 was altered").arg(*v->firstBadSeq)),
                 qPrintable(v->problem));
        QVERIFY(!v->problem.contains(QStringLiteral("olivia")));
        QVERIFY(!v->checkpointWritten.has_value());

        // Clerks may not; the attempt is recorded.
        auto clerk = f.signIn(QStringLiteral("cleo"), kClerkPassword);
        QVERIFY(clerk);
        auto refused = verifyAuditLog(*clerk);
        QCOMPARE(refused.errorCode(), Errc::Denied);
        QCOMPARE(auditScopeFor(*clerk).errorCode(), Errc::Denied);
        auto last = f.log().recent(Q().limit(1));
        QCOMPARE(last->first().action, audit::kAuditVerify);
        QCOMPARE(last->first().outcome, audit::kDenied);
        QCOMPARE(last->first().actorName, QStringLiteral("cleo"));
    }
};

QTEST_GUILESS_MAIN(TstAudit)
#include "tst_audit.moc"
