/** Word lists for quote attribution: speech verbs, titles, determiners and the other closed classes. */

/**
 * How a speech verb attaches its statement.
 * - `say`: takes a bare reported clause ("said the talks failed") or a quotation.
 * - `tell`: like `say`, after an addressee ("told reporters the talks failed").
 * - `that`: takes a clause only with "that" or a pronoun subject ("confirmed that ..."); otherwise an object.
 * - `direct`: introduces only a quotation next to it ("“Why?” he asked").
 * - `call`: puts a partial quotation in its object ("called the talks “very good”").
 * - `demand`: what is asked or promised follows as an object or an infinitive ("called for a ban", "urged the
 *   administration to act", "vowed to fight").
 * - `according`: "according to X".
 */
export type VerbClass = 'say' | 'tell' | 'that' | 'direct' | 'call' | 'demand' | 'according'

const forms = (cls: VerbClass, words: string): [string, VerbClass][] =>
  words
    .trim()
    .split(/\s+/)
    .map((w) => [w.replace(/_/g, ' '), cls])

/** Every inflected speech verb we recognise, with its class. Multi-word verbs use spaces. */
export const SPEECH_VERBS: ReadonlyMap<string, VerbClass> = new Map<string, VerbClass>([
  ...forms(
    'say',
    `say says said saying add adds added adding warn warns warned warning explain explains explained explaining
     note notes noted noting stated stating argue argues argued arguing claim claims claimed claiming
     insist insists insisted insisting tweet tweets tweeted tweeting suggest suggests
     suggested suggesting maintain maintains maintained maintaining contend contends contended contending assert
     asserts asserted asserting stress stresses stressed stressing emphasize emphasizes emphasized emphasizing
     emphasise emphasises emphasised emphasising recall recalls recalled recalling concede concedes conceded conceding
     admit admits admitted admitting reply replies replied replying testify testifies testified testifying allege
     alleges alleged alleging caution cautions cautioned cautioning complain complains complained complaining
     predict predicts predicted predicting point_out points_out pointed_out pointing_out
     conclude concludes concluded concluding retort retorts retorted retorting opine opines opined opining
     reiterate reiterates reiterated reiterating counter counters countered countering lament laments lamented
     lamenting`,
  ),
  ...forms(
    'tell',
    `tell tells told telling assure assures assured assuring remind reminds reminded reminding inform informs
     informed informing`,
  ),
  ...forms(
    'that',
    `announce announces announced announcing confirm confirms confirmed confirming reveal reveals revealed revealing
     report reports reported reporting deny denies denied denying indicate indicates indicated indicating
     estimate estimates estimated estimating believe believes believed
     agree agrees agreed agreeing declare declares declared declaring
     acknowledge acknowledges acknowledged acknowledging state states write writes wrote written writing charge charges
     charged mention mentions mentioned mentioning`,
  ),
  ...forms(
    'direct',
    `ask asks asked asking wonder wonders wondered quip quips quipped joke jokes joked continue continues continued
     comment comments commented respond responds responded shout shouts shouted chant chants chanted exclaim
     exclaims exclaimed laugh laughs laughed recount recounts recounted remark remarks remarked observe observes
     observed read reads repeat repeats repeated whisper whispers whispered yell yells yelled scream screamed
     cry cries cried sigh sighs sighed answer answers answered interject interjects interjected went_on goes_on
     echo echoes echoed boast boasts boasted elaborate elaborates elaborated reminisce reminisces reminisced
     posted scoffed mused marveled marvelled griped fumed snapped pleaded
     shoot_back shoots_back shot_back shooting_back fire_back fires_back fired_back firing_back hit_back hits_back
     hitting_back`,
  ),
  ...forms(
    'call',
    `call calls called calling describe describes described describing praise praises praised praising label labels
     labelled labeled labelling labeling term terms termed terming dub dubs dubbed dubbing brand brands branded
     branding hail hails hailed hailing slam slams slammed slamming dismiss dismisses dismissed dismissing
     characterize characterizes characterized characterizing characterise characterises characterised deem deems
     deemed deeming`,
  ),
  ...forms(
    'demand',
    `promise promises promised promising vow vows vowed vowing urge urges urged urging pledge pledges pledged
     pledging call_for calls_for called_for calling_for call_on calls_on called_on calling_on demanded demanding`,
  ),
  ['according to', 'according'],
])

export const setOf = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/))

export const PERSONAL_PRONOUNS = setOf('he she they it we i you')
export const OBJECT_PRONOUNS = setOf('him her them me us you it reporters journalists')

/** Words that open a noun phrase. */
export const DETERMINERS = setOf(
  `the a an this that these those his her its their our my your one some many several most other another both all
   each every two three four five six seven eight nine ten few no any`,
)

/** Words that end a subject chunk when scanning left from a verb. */
export const CLAUSE_BOUNDARY_WORDS = setOf(
  `that and but or nor while because when as if so although though since after before where whereas until unless
   yet than what how why whether then once whom which`,
)

/** Auxiliaries and adverbs that may stand between a subject and its verb ("has also said"). */
export const BETWEEN_SUBJECT_AND_VERB = setOf(
  `has have had also later previously repeatedly then once again earlier recently often always initially publicly
   privately quickly simply flatly firmly further still now already even only just himself herself themselves itself
   reportedly would will could might may can did does do shall should must subsequently separately
   frequently openly immediately however meanwhile though too instead both each`,
)

/** Verbs in the past not formed with -ed, and no common noun: "The former president spoke hours after …". */
export const IRREGULAR_PASTS = setOf(
  `spoke sought took made went came gave held met ran began brought kept became won led sent stood knew drew grew
   threw flew chose rose fell broke struck fought taught caught bought sold spent built meant heard paid sat swore
   shook forgot got drove fled stole hung told wrote`,
)

/** Passive markers: "he was told" means he did not speak. */
export const PASSIVE_MARKERS = setOf('is was were are be been being get got')

/** Words that never belong inside a speaker noun phrase. */
export const NON_NP_WORDS = setOf(
  `is was were are be been being has have had do does did will would can could may might shall should must not
   that and but or nor while because when as if so although though since after before where whereas until unless
   yet than what how why whether then once whom which there here also however meanwhile instead too very just only
   even still already again never ever always often soon now later earlier today yesterday tomorrow tonight
   he she they we i you him me us them it its
   said says say told tells tell added adds warned explained noted stated argued claimed insisted wrote writes`,
)

/** Prepositions allowed inside a noun phrase after its head ("an expert at Kuwait University"). */
export const NP_PREPOSITIONS = setOf(
  'of for at in with from on to near by during outside inside over under about against into through across behind among within like including',
)

/** Bare plural or mass nouns that can be a speaker without a determiner ("police said"). */
export const BARE_SPEAKER_NOUNS = setOf(
  `police officials authorities experts analysts critics residents protesters protestors witnesses sources
   researchers scientists doctors officers investigators prosecutors lawyers observers organizers organisers
   opponents supporters advocates economists diplomats lawmakers legislators politicians parents students teachers
   staff employees workers members voters fans neighbours neighbors family relatives friends scholars activists
   leaders spokespeople insiders executives others some many both several most all paramedics firefighters
   nurses officers troops soldiers rescuers villagers locals passengers survivors organizers participants
   demonstrators scientists farmers aides advisers advisors allies strategists donors delegates people respondents
   pollsters historians investors traders bankers colleagues associates confidants operatives attorneys regulators
   negotiators senators governors mayors proponents backers detractors skeptics commentators pundits journalists
   reporters editors victims families veterans managers spokesmen representatives consumers owners users citizens`,
)

/** Time words that open an adjunct after a speech verb ("said Monday", "said last week"). */
export const TIME_WORDS = setOf(
  `monday tuesday wednesday thursday friday saturday sunday yesterday today tonight earlier later last this next
   recently previously afterwards afterward then again also repeatedly publicly privately separately
   january february march april may june july august september october november december jan feb mar apr jun jul
   aug sep sept oct nov dec`,
)

/** Prepositions that open an adjunct after a speech verb ("said in a statement"). */
export const ADJUNCT_PREPOSITIONS = setOf(
  `in on at during from via through after before outside inside while upon over by following when ahead amid
   under within near to about with without amid despite`,
)

/** Titles and honorifics that precede a name; they become the speaker's role (honorifics are dropped). */
export const TITLE_WORDS = setOf(
  `president vice prime minister ministers secretary chancellor premier mayor governor senator sen. rep.
   representative congressman congresswoman ambassador envoy commissioner chair chairman chairwoman chairperson
   ceo cfo coo cto director chief spokesperson spokesman spokeswoman judge justice attorney general gen. lt. col.
   sgt. capt. cpl. const. det. insp. supt. adm. maj. officer constable detective inspector superintendent sergeant
   captain lieutenant colonel major admiral commander king queen prince princess sheikh ayatollah pope cardinal
   bishop rabbi imam reverend rev. pastor father coach manager mp mpp mla mna mep councillor councilor coun.
   alderman leader deputy speaker professor prof. dr. doctor lawyer advisor adviser counsel economist analyst
   founder co-founder owner editor reporter correspondent host author mr. mrs. ms. miss sir dame lord lady hon.
   gov. pres. supreme foreign defence defense interior finance health education justice environment affairs
   head executive senior chief-executive emir crown superintendent treasurer auditor comptroller registrar
   dean principal trustee mr mrs ms dr prof sen rep gov gen lt col sgt capt cpl det insp supt rev hon
   organizer organiser activist researcher volunteer teacher official chef designer artist singer musician writer
   journalist photographer scientist engineer architect nurse paramedic firefighter farmer candidate veteran
   spokesman spokeswoman consultant strategist pollster commentator columnist historian psychologist
   psychiatrist physician surgeon planner nominee front-runner frontrunner hopeful contender challenger incumbent
   democrat republican`,
)

/** Honorifics: part of how a person is addressed, not a role. */
export const HONORIFICS = setOf('mr mr. mrs mrs. ms ms. miss sir dame dr dr. prof prof. hon hon. rev rev.')

/** Words that mark a capitalised name as an organisation, not a person. */
export const ORG_WORDS = setOf(
  `university college school institute association council ministry department agency party company corporation
   corp inc ltd bank group police service services commission committee board court government centre center
   foundation federation league union network news press times post journal herald organization organisation
   office authority forum club hospital society trust fund program programme project alliance coalition co
   airlines airways industries systems technologies media reuters bloomberg army navy forces force guard parliament
   congress senate house assembly cabinet administration secretariat city county province state republic kingdom
   nations church hall team unit division bureau institute associates partners capital holdings limited llc plc
   studios network broadcasting radio television tv magazine daily gazette tribune telegraph guardian express
   review weekly report watch aid affairs states kingdom canada co. corp. inc. ltd. bros. cos cos. s.p.a. n.v. s.a.
   a.g. ag gmbh l.p. lp`,
)

/** Words that mark a capitalised name as a place, neither a person nor an organisation. */
export const PLACE_WORDS = setOf(
  `memorial war street avenue road river lake mountain island bay hill square bridge airport station building tower
   park brook valley creek falls beach county township region district`,
)

/** "Republicans", "Democrats", "Latinos", "Russians": one word naming a people or a party, never "he" or "she". */
export const GROUP_NAME_RE = /^\p{Lu}\p{Ll}+(?:ans|crats|inos|anos|ists|ites)$/u

/** Words that open a place name ("New York", "North Carolina", "San Diego"). */
export const PLACE_PREFIXES = setOf(
  'new north south east west united saint st. san santa los las port fort mount lake cape',
)

/** Capitalised words that are not names (sentence openers, places, months, days). */
export const NOT_NAME_WORDS = setOf(
  `the a an and but or if in on at for from with by of to as it its he she they we i you his her their our my this
   that these those there here when while after before despite during since because although though however
   meanwhile yet so then now still also just only even according asked monday tuesday wednesday thursday friday
   saturday sunday january february march april may june july august september october november december
   jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr prof what who why how where which whose
   many some most several other another both all each every no not yes please thank thanks good well like
   first last next new old later earlier one two three four five six seven eight nine ten north south east west
   northern southern eastern western central middle united canadian america
   american americans european europe african africa asian asia chinese china british britain english french
   france german germany russian russia iranian iran israeli israel us u.s. u.k. uk un u.n. eu nato gulf arab
   christmas easter god internet out up down off into onto unlike among amid under about across against around
   besides beyond throughout toward towards upon via within without somehow instead perhaps maybe indeed overall
   ultimately eventually finally initially currently recently previously otherwise therefore thus hence moreover
   furthermore additionally often sometimes usually generally typically especially particularly certainly clearly
   obviously apparently fortunately unfortunately luckily sadly interestingly importantly notably nevertheless
   nonetheless regardless born based speaking looking given including except plus per once twice again along`,
)

/** Nationality adjectives: not names, but they can open a speaker phrase ("Iranian Foreign Minister ..."). */
export const DEMONYMS = setOf(
  `canadian american americans european african asian chinese british english french german russian iranian israeli
   arab us u.s. uk u.k. un u.n. eu`,
)

/** Words of a party or a persuasion ("the ranking Democrat", "the Wisconsin Republican", "a Democratic negotiator"). */
export const PARTY_WORDS = setOf('republican democrat democratic independent liberal conservative libertarian')

/** Words in a description that say the source asked not to be named. */
export const ANONYMOUS_RE =
  /\b(?:anonym\w*|unnamed|not (?:be )?(?:named|identified)|not to be (?:named|identified)|declined to (?:be )?(?:named|identified)|not authori[sz]ed|withheld|whose name (?:is|was) (?:redacted|withheld)|did not want (?:his|her|their) name|would not give (?:his|her|their) name|asked that (?:his|her|their) name)\b/i

/** Nouns that tell a person's gender. */
export const FEMALE_NOUNS = setOf(
  `woman women mother daughter wife sister girl grandmother aunt niece widow queen princess lady mrs ms miss
   spokeswoman chairwoman congresswoman businesswoman actress girlfriend mom mum`,
)
export const MALE_NOUNS = setOf(
  `man men father son husband brother boy grandfather uncle nephew widower king prince lord mr sir spokesman
   chairman congressman businessman actor boyfriend dad`,
)

/** Words that, before a quotation, mark it as the title of a work rather than a statement. */
export const TITLE_CUE_RE =
  /\b(?:book|film|movie|song|album|show|series|article|report|titled|entitled|headlined|column|play|novel|podcast|episode|documentary|headline|campaign|slogan|hashtag|program|programme|exhibit|exhibition|poem|opera|musical|magazine|newspaper|motto|called|named|dubbed|nicknamed|known as|list|category|word|words|phrase|term)\s*$/i
