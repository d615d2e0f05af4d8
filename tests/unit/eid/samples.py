"""Values the eID tests share: the demo bank's request."""

from __future__ import annotations

BANK = "demo-bank"
PURPOSE = {
    "zh": "開立銀行戶口時核實身份",
    "pt": "Verificação de identidade para abrir uma conta",
    "en": "Identity check to open an account",
}
ASKED = ("name_zh", "name_pt", "id_number_masked", "age_over_18")
