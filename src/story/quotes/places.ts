/**
 * The states and provinces of the United States and Canada, by name and by the abbreviations newsrooms write after
 * a city ("Flint, Mich.", "Truro, N.S."). Several are also given names ("Virginia", "Georgia"), so a caller asks
 * only where the sentence already places them after a city.
 */
const NAMES = `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
  Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
  Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon
  Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia Washington West_Virginia
  Wisconsin Wyoming Alberta British_Columbia Manitoba New_Brunswick Newfoundland Nova_Scotia Ontario Quebec
  Saskatchewan Prince_Edward_Island Yukon`

const ABBREVIATIONS = `Ala. Ariz. Ark. Calif. Cal. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich.
  Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Va. Vt.
  Wash. W.Va. Wis. Wyo. D.C. Alta. B.C. Man. N.B. N.L. N.S. Ont. P.E.I. Que. Sask. AL AK AZ AR CA CO CT DE FL GA HI
  ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI
  WY DC`

const STATES = new Set(
  [...NAMES.split(/\s+/).map((n) => n.replace(/_/g, ' ')), ...ABBREVIATIONS.split(/\s+/)].map((s) =>
    s.toLowerCase().replace(/\.$/, ''),
  ),
)

/** Is `words` (as written, e.g. "South Carolina", "Fla.", "OH") a US state or a Canadian province? */
export function isStateOrProvince(words: string): boolean {
  return STATES.has(words.trim().toLowerCase().replace(/\.$/, ''))
}
