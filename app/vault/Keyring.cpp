#include "vault/Keyring.h"

#include "core/Clock.h"
#include "vault/PasswordPolicy.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUuid>
#include <algorithm>

namespace custos {
namespace {

constexpr char kMagic[] = "custos-keyring";

// SlotSecrets wire format: "CKS1", then for each field: tag (1 byte), length (2 bytes BE), bytes.
constexpr unsigned char kTagMaster = 1;
constexpr unsigned char kTagIdentity = 2;
constexpr unsigned char kTagCardData = 3;
constexpr unsigned char kTagSigning = 4;

QString kindToText(KeySlot::Kind kind)
{
    return kind == KeySlot::Kind::Recovery ? QStringLiteral("recovery") : QStringLiteral("employee");
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

bool fromB64(const QJsonValue& v, QByteArray* out)
{
    if (!v.isString())
        return false;
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    *out = *decoded;
    return true;
}

QString timeOrEmpty(const QDateTime& t)
{
    return t.isValid() ? toStorageTime(t) : QString();
}

QDateTime timeFrom(const QJsonValue& v)
{
    return v.isString() && !v.toString().isEmpty() ? fromStorageTime(v.toString()) : QDateTime();
}

} // namespace

crypto::SecureBytes SlotSecrets::serialize() const
{
    crypto::SecureBytes out(4);
    std::copy_n("CKS1", 4, out.data());
    auto field = [&out](unsigned char tag, const crypto::SecureBytes& value) {
        if (value.isEmpty())
            return;
        crypto::SecureBytes header(3);
        header.data()[0] = tag;
        header.data()[1] = static_cast<unsigned char>((value.size() >> 8) & 0xff);
        header.data()[2] = static_cast<unsigned char>(value.size() & 0xff);
        out = out + header + value;
    };
    field(kTagMaster, masterKey);
    field(kTagIdentity, identityPrivateKey);
    field(kTagCardData, cardDataPrivateKey);
    field(kTagSigning, signingPrivateKey);
    return out;
}

Result<SlotSecrets> SlotSecrets::deserialize(const crypto::SecureBytes& bytes)
{
    const Error bad{QCoreApplication::translate("Keyring", "A key slot holds data in an unknown format."),
                    Errc::Corrupt};
    if (bytes.size() < 4 || std::string_view(bytes.constChar(), 4) != "CKS1")
        return bad;
    SlotSecrets s;
    std::size_t pos = 4;
    while (pos < bytes.size()) {
        if (pos + 3 > bytes.size())
            return bad;
        const unsigned char tag = bytes.data()[pos];
        const std::size_t len = (std::size_t(bytes.data()[pos + 1]) << 8) | bytes.data()[pos + 2];
        pos += 3;
        if (pos + len > bytes.size())
            return bad;
        crypto::SecureBytes value = bytes.mid(pos, len);
        pos += len;
        switch (tag) {
        case kTagMaster:
            s.masterKey = std::move(value);
            break;
        case kTagIdentity:
            s.identityPrivateKey = std::move(value);
            break;
        case kTagCardData:
            s.cardDataPrivateKey = std::move(value);
            break;
        case kTagSigning:
            s.signingPrivateKey = std::move(value);
            break;
        default:
            break; // a newer field: ignore, so older builds still unlock newer slots
        }
    }
    if (s.masterKey.size() != crypto::kAeadKeySize)
        return bad;
    return s;
}

QByteArray Keyring::associatedData(const QString& vaultId, const KeySlot& slot)
{
    return QStringLiteral("custos-keyslot-v1|%1|%2|%3|%4")
        .arg(vaultId, slot.id, kindToText(slot.kind), slot.username.toLower())
        .toUtf8();
}

QByteArray Keyring::slotChecksum(const KeySlot& slot)
{
    // Detects accidental damage (a flipped byte) with a clear message instead of "wrong
    // password". Deliberate tampering is caught by the GCM tag over the same fields.
    const QByteArray canonical = QStringLiteral("%1|%2|%3|%4|%5|%6|%7|")
                                     .arg(slot.id, kindToText(slot.kind), slot.username)
                                     .arg(slot.kdf.n)
                                     .arg(slot.kdf.r)
                                     .arg(slot.kdf.p)
                                     .arg(b64(slot.salt))
                                     .toUtf8() +
                                 slot.wrapped.toBase64();
    // Format 2's fields join the checksum only when present, so format-1 slots keep theirs.
    QByteArray rotation;
    if (!slot.publicKey.isEmpty() || !slot.sealedMasterKey.isEmpty() || !slot.pendingMasterKey.isEmpty())
        rotation = "|" + slot.publicKey.toBase64() + "|" + slot.sealedMasterKey.toBase64() + "|" +
                   slot.pendingMasterKey.toBase64();
    return crypto::sha256(canonical + rotation).toHex().left(32);
}

Result<KeySlot> Keyring::wrap(const QString& vaultId, KeySlot::Kind kind, const QString& username,
                              const crypto::SecureBytes& secret, const SlotSecrets& secrets,
                              const crypto::ScryptParams& params, const QString& slotId)
{
    KeySlot slot;
    slot.id = slotId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : slotId;
    slot.kind = kind;
    slot.username = username;
    slot.kdf = params;
    auto salt = crypto::randomPublicBytes(16);
    if (!salt)
        return salt.error();
    slot.salt = salt.value();
    auto kek = crypto::scrypt(secret, slot.salt, slot.kdf);
    if (!kek)
        return kek.error();
    auto wrapped = crypto::aeadSeal(kek.value(), secrets.serialize(), associatedData(vaultId, slot));
    if (!wrapped)
        return wrapped.error();
    slot.wrapped = wrapped.value();
    return slot;
}

Result<SlotSecrets> Keyring::unwrap(const QString& vaultId, const KeySlot& slot, const crypto::SecureBytes& secret)
{
    auto kek = crypto::scrypt(secret, slot.salt, slot.kdf);
    if (!kek)
        return kek.error();
    auto plain = crypto::aeadOpen(kek.value(), slot.wrapped, associatedData(vaultId, slot));
    if (!plain)
        return plain.error();
    auto secrets = SlotSecrets::deserialize(plain.value());
    if (!secrets || slot.sealedMasterKey.isEmpty())
        return secrets;
    if (secrets->identityPrivateKey.isEmpty())
        return Error{tr("The key file (keyring.json) is damaged: a key slot holds a rotated vault key but no key to "
                        "open it. Restore keyring.json from a backup."),
                     Errc::Corrupt};
    auto master =
        crypto::openSealed(secrets->identityPrivateKey, slot.sealedMasterKey, masterKeyAssociatedData(vaultId, slot));
    if (!master)
        return Error{tr("The key file (keyring.json) is damaged: the vault key in this account's slot does not open. "
                        "Restore keyring.json from a backup."),
                     Errc::Corrupt};
    secrets->masterKey = std::move(master.value());
    return secrets;
}

Result<crypto::SecureBytes> Keyring::openPendingMasterKey(const QString& vaultId, const KeySlot& slot,
                                                          const crypto::SecureBytes& identityPrivateKey)
{
    if (slot.pendingMasterKey.isEmpty() || identityPrivateKey.isEmpty())
        return Error{tr("No key rotation is pending in this key slot."), Errc::NotFound};
    auto master = crypto::openSealed(identityPrivateKey, slot.pendingMasterKey, masterKeyAssociatedData(vaultId, slot));
    if (!master)
        return Error{tr("The key file (keyring.json) is damaged: the new vault key of an interrupted key rotation "
                        "does not open. Restore keyring.json from a backup."),
                     Errc::Corrupt};
    return master;
}

Result<QByteArray> Keyring::sealMasterKey(const QString& vaultId, const KeySlot& slot,
                                          const QByteArray& identityPublicKey, const crypto::SecureBytes& masterKey)
{
    return crypto::sealTo(identityPublicKey, masterKey, masterKeyAssociatedData(vaultId, slot));
}

QByteArray Keyring::masterKeyAssociatedData(const QString& vaultId, const KeySlot& slot)
{
    return QStringLiteral("custos-slot-master-v1|%1|%2|%3").arg(vaultId, slot.id, kindToText(slot.kind)).toUtf8();
}

Result<Keyring> Keyring::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error{tr("This folder has no keyring.json, so it is not a Custos vault."), Errc::NotFound};
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString()), Errc::Io};
    const QByteArray bytes = file.read(4 * 1024 * 1024 + 1);
    const Error damaged{tr("The vault's key file (keyring.json) is damaged. Restore it from a backup; "
                           "until then nobody can sign in."),
                        Errc::Corrupt};
    if (bytes.size() > 4 * 1024 * 1024)
        return damaged;

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return damaged;
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kMagic))
        return damaged;
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version > kFormatVersion)
        return Error{tr("This vault's key file was made by a newer version of Custos. Update Custos to open it."),
                     Errc::Invalid};
    if (version < 1)
        return damaged;

    Keyring k;
    k.vaultId = root.value(QStringLiteral("vault_id")).toString();
    k.label = root.value(QStringLiteral("label")).toString().left(200);
    k.demo = root.value(QStringLiteral("demo")).toBool(false);
    SecurityPolicy lockout;
    lockout.maxFailedSignIns = root.value(QStringLiteral("max_failed_sign_ins")).toInt(10);
    lockout.lockoutMinutes = root.value(QStringLiteral("lockout_minutes")).toInt(30);
    lockout = lockout.clamped(); // a hand-edited file can make these stricter, never weaker
    k.maxFailedSignIns = lockout.maxFailedSignIns;
    k.lockoutMinutes = lockout.lockoutMinutes;
    if (QUuid::fromString(k.vaultId).isNull())
        return damaged;

    const QJsonValue slotsValue = root.value(QStringLiteral("slots"));
    if (!slotsValue.isArray())
        return damaged;
    for (const QJsonValue& v : slotsValue.toArray()) {
        if (!v.isObject())
            return damaged;
        const QJsonObject o = v.toObject();
        KeySlot s;
        s.id = o.value(QStringLiteral("id")).toString();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("employee"))
            s.kind = KeySlot::Kind::Employee;
        else if (kind == QLatin1String("recovery"))
            s.kind = KeySlot::Kind::Recovery;
        else
            return damaged;
        s.username = o.value(QStringLiteral("username")).toString();
        const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
        if (kdf.value(QStringLiteral("name")).toString() != QLatin1String("scrypt"))
            return damaged;
        // JSON numbers are doubles; casting one outside uint64's range is undefined behaviour. An
        // absurd n becomes 0, which the checksum and scrypt's bounds then refuse.
        const double n = kdf.value(QStringLiteral("n")).toDouble();
        s.kdf.n = n >= 1.0 && n <= 9007199254740992.0 ? static_cast<std::uint64_t>(n) : 0; // up to 2^53
        s.kdf.r = static_cast<std::uint32_t>(kdf.value(QStringLiteral("r")).toInt());
        s.kdf.p = static_cast<std::uint32_t>(kdf.value(QStringLiteral("p")).toInt());
        if (!fromB64(kdf.value(QStringLiteral("salt")), &s.salt) ||
            !fromB64(o.value(QStringLiteral("wrapped")), &s.wrapped))
            return damaged;
        for (const auto& [name, field] :
             {std::pair{"public_key", &s.publicKey}, std::pair{"sealed_master", &s.sealedMasterKey},
              std::pair{"pending_master", &s.pendingMasterKey}}) {
            const QJsonValue value = o.value(QLatin1String(name));
            if (!value.isUndefined() && (!fromB64(value, field) || field->size() > 1024))
                return damaged;
        }
        s.failedAttempts = std::max(0, o.value(QStringLiteral("failed_attempts")).toInt());
        s.lockedUntil = timeFrom(o.value(QStringLiteral("locked_until")));
        s.lastFailureAt = timeFrom(o.value(QStringLiteral("last_failure_at")));
        if (QUuid::fromString(s.id).isNull() || s.salt.size() < 16 ||
            QString::fromLatin1(slotChecksum(s)) != o.value(QStringLiteral("check")).toString()) {
            Error e = damaged;
            if (!s.username.isEmpty())
                e.message = tr("The key file (keyring.json) is damaged in the entry for \"%1\". Restore it from a "
                               "backup; until then that account cannot sign in.")
                                .arg(s.username);
            return e;
        }
        k.keySlots << s;
    }
    for (const QJsonValue& v : root.value(QStringLiteral("pending_events")).toArray()) {
        const QJsonObject o = v.toObject();
        PendingAuditEvent e{timeFrom(o.value(QStringLiteral("at"))),
                            o.value(QStringLiteral("username")).toString().left(64),
                            o.value(QStringLiteral("action")).toString().left(64),
                            o.value(QStringLiteral("outcome")).toString().left(16),
                            o.value(QStringLiteral("details")).toString().left(500)};
        if (e.at.isValid() && !e.action.isEmpty())
            k.pendingEvents << e;
    }
    return k;
}

Result<void> Keyring::save(const QString& path) const
{
    QJsonArray slotArray;
    for (const KeySlot& s : keySlots) {
        QJsonObject kdf{{QStringLiteral("name"), QStringLiteral("scrypt")},
                        {QStringLiteral("n"), static_cast<double>(s.kdf.n)},
                        {QStringLiteral("r"), static_cast<int>(s.kdf.r)},
                        {QStringLiteral("p"), static_cast<int>(s.kdf.p)},
                        {QStringLiteral("salt"), b64(s.salt)}};
        QJsonObject slot{{QStringLiteral("id"), s.id},
                         {QStringLiteral("kind"), kindToText(s.kind)},
                         {QStringLiteral("username"), s.username},
                         {QStringLiteral("kdf"), kdf},
                         {QStringLiteral("wrapped"), b64(s.wrapped)},
                         {QStringLiteral("check"), QString::fromLatin1(slotChecksum(s))},
                         {QStringLiteral("failed_attempts"), s.failedAttempts},
                         {QStringLiteral("locked_until"), timeOrEmpty(s.lockedUntil)},
                         {QStringLiteral("last_failure_at"), timeOrEmpty(s.lastFailureAt)}};
        for (const auto& [name, field] :
             {std::pair{"public_key", &s.publicKey}, std::pair{"sealed_master", &s.sealedMasterKey},
              std::pair{"pending_master", &s.pendingMasterKey}})
            if (!field->isEmpty())
                slot.insert(QLatin1String(name), b64(*field));
        slotArray.append(slot);
    }
    QJsonArray pending;
    for (const PendingAuditEvent& e : pendingEvents)
        pending.append(QJsonObject{{QStringLiteral("at"), toStorageTime(e.at)},
                                   {QStringLiteral("username"), e.username},
                                   {QStringLiteral("action"), e.action},
                                   {QStringLiteral("outcome"), e.outcome},
                                   {QStringLiteral("details"), e.details}});
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kMagic)},
                           {QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("vault_id"), vaultId},
                           {QStringLiteral("label"), label},
                           {QStringLiteral("demo"), demo},
                           {QStringLiteral("max_failed_sign_ins"), maxFailedSignIns},
                           {QStringLiteral("lockout_minutes"), lockoutMinutes},
                           {QStringLiteral("slots"), slotArray},
                           {QStringLiteral("pending_events"), pending}};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write the key file %1: %2").arg(path, file.errorString()), Errc::Io};
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("Could not save the key file (%1). The disk may be full or read-only; the previous key file "
                        "is unchanged.")
                         .arg(file.errorString()),
                     Errc::Io};
    return success();
}

KeySlot* Keyring::employeeSlot(const QString& username)
{
    for (KeySlot& s : keySlots)
        if (s.kind == KeySlot::Kind::Employee && s.username.compare(username, Qt::CaseInsensitive) == 0)
            return &s;
    return nullptr;
}

const KeySlot* Keyring::employeeSlot(const QString& username) const
{
    return const_cast<Keyring*>(this)->employeeSlot(username);
}

KeySlot* Keyring::slotById(const QString& id)
{
    for (KeySlot& s : keySlots)
        if (s.id == id)
            return &s;
    return nullptr;
}

KeySlot* Keyring::recoverySlot()
{
    for (KeySlot& s : keySlots)
        if (s.kind == KeySlot::Kind::Recovery)
            return &s;
    return nullptr;
}

void Keyring::addPendingEvent(PendingAuditEvent event)
{
    pendingEvents << std::move(event);
    while (pendingEvents.size() > kMaxPendingEvents)
        pendingEvents.removeFirst();
}

} // namespace custos
