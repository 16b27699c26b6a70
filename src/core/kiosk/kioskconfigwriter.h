#pragma once

#include <QString>

namespace Easel {

// Writes the administrator's PIN hash into a kiosk.conf (easel --kiosk-hash-pin
// --kiosk-config FILE): the admin_pin line of [kiosk] is replaced (or added), every other
// line and comment stays as it was, and the file ends up readable by its owner and group
// only (0640; its group is kept, so a kiosk account in that group still reads it), so
// other accounts cannot copy the hash to guess at it offline.
class KioskConfigWriter
{
public:
    static bool setPinHash(const QString &path, const QString &hash, QString *error);
    // The text with admin_pin set (the part above, without the file).
    static QString withPinHash(const QString &text, const QString &hash);
};

} // namespace Easel
