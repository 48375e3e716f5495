// Reputation (detection.md §reputation): running the setting down, or admitting unsafe or
// unprofessional conduct at work, or passing on gossip about families. Judged sentence by sentence
// from what the sentence is about (a target, a topic) and how it speaks of it. Patterns are written
// for the folded, lower-case text.

const W = '[^.!?\\n]'; // within one sentence

/** Who can be run down, at work. These need the draft to be about work. */
export const PEOPLE_TARGET = `\\b(?:(?:the|these|those|some|half|most|all|our|my|a|one of the|which) (?:of the )?(?:[a-z]+ ){0,2}?(?:parents|mums|dads|families|kids|children|babies|toddlers|staff|colleagues?|co-?workers?|workmates?|team|new girl|new starter|agency staff|cook)|parents|mums|dads|(?:a|one|which) (?:mum|dad|parent)|[a-z]+'s (?:mum|dad|parents|nan|mam|gran|family)|(?:he|she|they)(?:'s| is| are)?)\\b`;

/** Targets that are the workplace by themselves. */
export const WORK_TARGET = `\\b(?:management|the place i work|where i work|our website|the website|(?:the|our) (?:deputy|senco|room leader|owner)|our rota|(?:the|my|our|ur|your|a|new) (?:\\d+ year old )?(?:manager|boss|bosses|owners?|deputy|room leader|senco|setting|nursery|club|office|head office)|manager|this (?:place|nursery|club|setting|job|company)|the powers that be|whoever in management|they (?:keep|still|never|won't|don't|just|always))\\b`;

/** How a remark runs its target down. */
export const PUT_DOWN = `(?:(?:an?|such an?|what an?) (?:total|complete|absolute|utter|proper|right|massive|bloody|fucking|effing|actual|f\\*+ing) (?:joke|nightmare|shambles|disgrace|mess|idiot|moron|cow|bitch|dickhead|prick|twat|knob|tosser|waste of space|liability|clown|embarrassment)|useless|clueless|no clue|not a clue|haven't a clue|no idea|a joke|jokes|shambles|shambolic|a nightmare|awful|terrible|rubbish|hopeless|lazy|incompetent|idiots?|morons?|pathetic|a disgrace|disgraceful|cowboys?|tight|stingy|two-?faced|bitchy|vile|feral|monsters?|horrible|horrid|spoilt|spoiled|entitled|rude|snobby|thick|a circus|a zoo|animals|brats|little shits?|little sods?|little devils|gremlins|the worst|disorganised|unprofessional|money-?grabbing|greedy|cheapskates?|liars?|fake|toxic|bullies|bullying|insufferable|nosy|filthy|minging|dodgy|stank|stinks|don't care|doesn't care|couldn't care less|just shrug|do nothing|does nothing|don't give a|doesn't give a|can't organise|couldn't organise|can't run|stupid|treat us like|should not have had kids|shouldn't have had kids|should never have had kids|can do one|kiss my arse|deserves? better|always late|some people|can't even|don't even|never changed a nappy|not fit to|as much use as|wouldn't trust|would not trust|hasn't got a clue|haven't got a clue|not got a clue|wouldn't send my (?:own )?(?:kids|children|son|daughter|child)|can't be reached|couldn't run a|can't run a|can't stand|cannot stand|can't bear|sick (?:and tired )?of|fed up (?:of|with)|hate (?:him|her|them|this place|it here|my job|working here)|despise|had the cheek|the cheek of|unreal|never pays|hasn't done a single|never leaves|sits? in (?:the|her|his) office|sat on (?:her|his) phone|always on (?:her|his) phone|reads? off|doesn't lift a finger|never helps|skiving|skives|swans? off|priorities|load of (?:bollocks|rubbish|crap|shit|nonsense)|waste of (?:time|space)|nightmare child|a nightmare|clueless|do one|dickheads?|pricks?|twats?|knobheads?|wankers?|bitch(?:es)?|cows?)`;

/** An eye-roll or sarcasm: "love that for us", "but sure", 🙄. */
export const EYE_ROLL = `(?:🙄|🙃|😒|🤦|😑|🤡|\\blove that for us\\b|\\bbut sure\\b|\\bsaid no one\\b|\\byeah right\\b|\\boh great\\b|\\bthat'll (?:definitely|really) (?:fix|help|solve)\\b|\\bcheers for that\\b|\\bthanks for nothing\\b|\\bfine\\. totally fine\\b|\\bunpaid obviously\\b|💅|🤷|\\bnever heard of (?:her|him|it|them)\\b|\\bnothing says\\b|\\bcool cool cool\\b|\\blove working with someone who\\b|\\bsays it all\\b|\\bwho'?s counting\\b|\\blol at\\b|\\bthrilled to announce\\b|\\bsaid nobody\\b|\\bwhat could (?:possibly )?go wrong\\b|\\bfort knox\\b|\\bgreat job\\b|\\bwell done (?:management|them|everyone)\\b|\\bpriorities\\b)`;

/** Staffing and corners cut. */
export const STAFFING = `\\b(?:short[- ]?staffed|staff off sick|still expected to|(?:have|has) walked (?:out)?|half the staff (?:have )?(?:left|walked|quit|gone)|under[- ]?staffed|not enough staff|skeleton (?:staff|crew)|staffing crisis|staff shortages?|\\d+ staff down|(?:two|three|four) staff down|cutting corners|corners cut|no cover|never turns up|had (?:three|four|five|\\d) managers)\\b`;

/** Topics that are unsafe or unprofessional at work whatever the tone. */
export const UNSAFE: readonly string[] = [
  // Ratios: illegal or unsafe, or one adult alone with more than eight children.
  `\\bratios?\\b${W}{0,25}\\b(?:illegal|unsafe|out|broken|dangerous|not legal|a joke|shocking)\\b|\\b(?:out of|over|illegal|unsafe|broke|breaking) ratios?\\b`,
  `\\b(?:on my own|alone|by myself|just me|only me|me and|me alone)\\b${W}{0,30}\\b(?:9|[1-9]\\d|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|twenty|thirty|forty)\\s+(?:kids|children|toddlers|babies|pre-?schoolers|little ones|of them)\\b|\\b(?:9|[1-9]\\d|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty)\\s+(?:kids|children|toddlers|babies|pre-?schoolers)\\b${W}{0,30}\\b(?:on my own|by myself|alone|just me|only me)\\b`,
  `\\b(?:gate|door|fire door|front door|garden gate)s?\\b${W}{0,40}\\b(?:open|unlocked|jammed|propped)\\b|\\bleft the (?:gate|door)\\b`,
  `\\b(?:head ?counts?|register|sign(?:ing)? (?:the kids|them|him|her) out)\\b${W}{0,40}\\b(?:forgot|didn't|did not|missed|without|wrong|couldn't find|nobody could find|no)\\b|\\b(?:forgot|didn't|did not|missed|without|no|skipped)\\b${W}{0,25}\\b(?:head ?counts?|register|sign(?:ing)? (?:the kids|them|him|her) out)\\b`,
  `\\b(?:left|lost|forgot)\\b${W}{0,25}\\b(?:one of the|one of our|one of my|a) (?:kids?|child|children|toddlers?|babies)\\b${W}{0,30}\\b(?:behind|for|at|in)\\b|\\bwithout us knowing\\b|\\bnearly got out\\b|\\bon their own\\b${W}{0,30}\\bcouldn't be bothered\\b|\\bwalk(?:ed)? back\\b${W}{0,40}\\bon their own\\b`,
  `\\bdbs\\b${W}{0,40}\\b(?:isn't back|not back|still|hasn't|has not|no|run out|ran out|expired|lapsed|not done|waiting)\\b|\\b(?:no|without|hasn't had|still no)\\b${W}{0,15}\\bdbs\\b|\\bno quals\\b|\\bnot (?:been )?(?:dbs )?checked\\b`,
  `\\b(?:hungover|hung over|hangover|still drunk|still pissed|drunk|tipsy|stoned|off my face|steaming)\\b|\\bhanging\\b(?= (?:at|in|on|all day|today|this morning)\\b|${W}{0,20}(?:🤢|🥴|🍷))`,
  `\\b(?:nodded off|fell asleep|dozed off|falling asleep|asleep on|sleeping on (?:duty|shift|the job)|napping on)\\b`,
  `\\bmy (?:own |personal )?phone\\b`,
  `\\b(?:unsafe|dangerous|not safe|a death trap|illegal)\\b`,
  `\\b(?:hanging from|still hanging|stinking of (?:last night|booze|drink|alcohol|wine)|smelt of (?:booze|drink|alcohol|wine)|(?:bottle|glass|pint|can)s? of (?:wine|rosé|rose|prosecco|vodka|gin|cider|beer|lager)|pints?)\\b`,
  `\\bwrong (?:child's |kid's )?(?:medicine|antibiotics|medication|calpol|inhaler|bottle|milk|nappy cream)\\b|\\b(?:other|another) (?:child|twin|kid|baby)'s (?:antibiotics|medicine|medication|calpol|inhaler|milk|bottle)\\b|\\bdidn't (?:write it up|record it|log it|fill (?:in|out) (?:the|an) (?:accident|incident) form|tell (?:the )?(?:parents|mum|dad|manager))\\b|\\bcovered it up\\b`,
  `\\b(?:nobody|no one|never)(?:'s| has| have)? (?:been )?(?:checked|tested|serviced)\\b|\\bfire (?:exit|door)s? (?:blocked|locked)\\b|\\bby the fire exit\\b|\\brisk assessments?\\b${W}{0,50}\\b(?:later|never|not done|didn't|weeks|months)\\b`,
  `\\b(?:1|one) ?: ?(?:9|1\\d|2\\d)\\b|\\b(?:1|one) adult\\W+(?:9|1\\d|2\\d|nine|ten|eleven|twelve|thirteen|fourteen|fifteen) (?:kids|children|toddlers|babies|pre-?schoolers)\\b`,
  `\\b(?:airpods|headphones|earphones|earbuds) in\\b|\\b(?:on|scrolling|scrolled) (?:my|her|his) phone\\b${W}{0,40}\\b(?:nobody|no one|not a single|all (?:afternoon|morning|day)|instead|while)\\b|\\btiktok\\b${W}{0,30}\\b(?:toilet|nappy|instead|shift|work)\\b|\\b(?:nappy change|toilet|loo)\\b${W}{0,30}\\btiktok\\b`,
  `\\b(?:don't|dont|do not|didn't) tell (?:the )?(?:parents|parent|mum|dad|manager|boss|ofsted|anyone)\\b|\\b(?:nobody|no one|not a single (?:person|soul)) noticed\\b|\\bsaid nothing\\b|\\bfound (?:him|her|them) (?:in|under|behind|hiding)\\b|\\bwasn't on the (?:collection|pick ?up) list\\b|\\bcouldn't find the (?:accident|incident|first aid|register|medicine)\\b|\\b(?:door|gate|key) ?code\\b${W}{0,25}\\b(?:1234|0000|still|same|everyone knows)\\b|\\bgave them out\\b|\\bout of date\\b${W}{0,40}\\b(?:gave|served|fed|anyway)\\b`,
  `\\b(?:no mot|haven't fixed|hasn't been fixed|still broken|out of date|no cook|nobody noticed|nobody cares|nobody's done anything|nobody has done anything|ofsted would (?:love|have a field day)|epi-?pens?\\b${W}{0,25}\\b(?:expired|out of date))\\b`,
];

/** Who an "asleep"/"drunk" remark is about: a child napping is no confession. */
export const CHILD_SUBJECT =
  /\b(?:kids?|children|child|baby|babies|toddlers?|he|she|they|him|her|them|bless (?:her|him))\b[^.!?\n]{0,20}$/;
export const OFF_DUTY =
  /\b(?:after work|on the sofa|at home|in bed|night out|staff do|christmas do|party|wedding|pub|drinks|weekend|tonight|last night's|hen do|stag do|day off|holiday|birthday|bank holiday)\b/;
export const PHONE_USE =
  /\b(?:video|videos|filmed|film|filming|recorded|recording|photo|photos|pic|pics|picture|snap|snapped|selfie|posting|post it|share|sharing|tiktok)\b/;
export const AT_WORK_NOW =
  /\bat work\b|\bon shift\b|\bin (?:the )?(?:baby|toddler|pre-?school|preschool) room\b|\bat (?:breakfast |after ?school |holiday )?club\b|\bat nursery\b|\bdrop ?off\b|\bpick ?up\b|\bnap ?time\b|\bwith (?:the )?(?:kids|children|toddlers|babies)\b|\b\d+ children\b/;

/** A child's family troubles, passed on. */
export const FAMILY_TROUBLE = `\\b(?:chemo|chemotherapy|electric (?:cut off|turned off)|gas (?:cut off|turned off)|cut off|'?not well'?|in bits|raising (?:her|him|them) now|turned up with (?:the|a|his|her) (?:woman|man|girlfriend|boyfriend|fella|bloke)|the other woman|sectioned|social (?:are|were|is|have been) involved|mental health|overdose|arrested|police|different boyfriend|new boyfriend|different fella|never pays|bailiffs|in debt|splitting up|split up|separat(?:ing|ed)|divorc\\w*|in (?:prison|jail)|inside for|locked up|police (?:were|was|came) round|social services|social worker|child protection|cp plan|cancer|terminal|dying|(?:can't|cannot|couldn't) afford|skint|on benefits|food ?bank|evicted|lose the house|losing the house|lost (?:his|her) job|domestic|rehab|drinking problem|alcoholic|on drugs|junkie|an affair|cheating|bankrupt|debt|custody|hasn't paid|not paid|stank of|black eye|weed)\\b`;
export const FAMILY_OF = `\\b(?:[a-z]+(?: [a-z])?(?: in (?:my|the) [a-z ]{0,12}room)?(?: from club)?'s (?:mum|dad|mam|parents|nan|gran|family|step-?dad|step-?mum)|(?:his|her|their) (?:mum|dad|mam|parents|family|nan|gran)|(?:a|one|which|the) (?:mum|dad|parent)s?|(?:my )?key (?:child's|kids'|kid's|children's) (?:mum|dad|parents|family)|kids' (?:mum|dad|parents)|mum and dad|parents)\\b`;
