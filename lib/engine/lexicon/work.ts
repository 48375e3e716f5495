// Phrases, on the folded lower-case text, by which staff refer to their job at the setting.
// detection.md: "work", "my job", "my manager", "shift", "the team", "club" … refer to the setting
// unless the draft names another job, a past employer or another kind of club.

const DAYS =
  '(?:today|tomorrow|tonight|tmrw|tmw|this (?:morning|afternoon|week)|later|again|all (?:day|week)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
// Placed after the word "work", so the look-behind only runs where "work" was found.
const NOT_BEFORE_WORK =
  "(?<!\\b(?:n't|not|does|did|do|will|would|should|could|might|may|can|it|this|that|to make it|home|team|art|road|fire|net|leg|ground|patch|wood|frame|house|bodies|home)\\swork)";
const ROOMS =
  '(?:baby|babies|toddlers?|tweenies?|pre-?school|under ?(?:2|two|3|three)s?|over ?(?:2|two|3|three)s?|twos|threes|sensory|sleep|nap|nursery|caterpillar|butterfly|rainbow|sunshine|ladybird|bumblebee|ducklings?)';
const OTHER_CLUB =
  '(?:football|rugby|book|golf|gym|running|run|swim(?:ming)?|tennis|cricket|night|youth|boxing|chess|drama|dance|slimming|karate|judo|gymnastics|netball|hockey|cycling|walking|fan|supporters|sports?|social|country|comedy|wine|film|knitting|craft|sailing|rowing|squash|bowls|darts|snooker|golf)';
const CHILDREN = '(?:kids|children|little ones|littles|babies|toddlers|tots|kiddies|kiddos|preschoolers)';

export const JOB_CUES: readonly string[] = [
  `\\bwork${NOT_BEFORE_WORK}(?:ing)? ${DAYS}\\b`,
  `\\b(?:at|@) work\\b`,
  `\\b(?:back|off|go(?:ing)?|went|got|get|headed|heading|late|early|in|into|drive|walk|bus|commute|way) (?:to |for |into )?work\\b(?! (?:out|it out|things out|on (?:my|the|our|your|it|that|this))\\b)`,
  `\\b(?:i|we|love|loving|enjoy|enjoying|been|start(?:ed|ing)?|still) work(?:ing|ed)? (?:at|in|for|with) (?!home\\b)`,
  `(?<!\\b(?:hard|not|stopped|stop|keep|kept|been|am|is|are|was)[- ])\\bworking\\b(?! (?:out|on (?:my|the|our|your|a)|from home|class|mum|mums|parents?|dog|hours of|memory|title|week|group|party|men's|order|together|it out|things out))`,
  `\\b(?:before|after|from|leaving|left|finish(?:ed|ing)?|start(?:ed|ing)?|missed|skip(?:ping)?|hate|love|dreading) work\\b`,
  `\\bwork${NOT_BEFORE_WORK} (?:was|is|has been|were|party|do|night out|christmas|xmas|mates?|friends?|bestie|wife|husband|phone|email|uniform|polo|top|lanyard|rota|trip|outing|fridge|kitchen|car park|toilet|computer|laptop)\\b`,
  `\\bday at work\\b|\\bworkday\\b|\\bwork ?place\\b|\\bwhere i work\\b|\\bmy work\\b|\\bmy job\\b|\\bthis job\\b|\\bi work (?:at|in|for|with|there|here)\\b|\\b(?:outside|near|by|behind|opposite|round the corner from) work\\b`,
  `(?<!\\b(?:like a|not|won't|wont|can't|cant|cannot|to|n't|never|didn't) )\\bshifts?\\b(?! (?:key|dress|dresses|gear|work|and a half))|\\b(?:lunch|sickness|holiday|sick) cover\\b|\\bthe \\d{1,2}[.:]\\d\\d (?:open|close|early|late)\\b|\\bfunded (?:places|hours|(?:2|two|3|three)[- ]?(?:year|yr))\\b|\\bconcern (?:form|sheet)\\b|\\b(?:log|raise|logged|raised) (?:a|the) concern\\b`,
  `\\b(?:our|the) cook\\b|(?<!\\blike a |\\bgirl |\\bboss )\\bboss\\b(?! (?:babe|lady|level|mode|move|bitch))|\\bmy (?:pay|wages|salary|contract|hours|payslip)\\b|\\b(?:to|i|we|love|loving) work with\\b|\\b(?:is|are|we're|we are|currently) looking for (?:a|an) (?:cook|practitioner|assistant|apprentice|manager|deputy|room leader|nursery|early years|level 3|qualified)\\b|#?\\b(?:nurserylife|earlyyears|eyfs|childcarelife|nurserynurse|earlyyearspractitioner|preschoollife)\\b|\\b(?:all|half|most|some|rest of) (?:of )?the staff\\b|\\bthe staff (?:room|team|toilet|meeting|were|are|will|have)\\b|\\b(?:\\d+|two|three|four) staff (?:off|down|sick|short)\\b`,
  `\\b(?:my|our|this|next|last|long|early|late|double|split|morning|afternoon|closing|opening|(?:8|9|10|11|12)[- ]?h(?:ou)?r) shifts?\\b|\\bon shift\\b`,
  `\\b(?:my|our) (?:manager|boss|line manager|deputy|room leader|room lead|senco|owner|head teacher|supervisor|employer)s?\\b`,
  `\\bmanagement\\b|\\bthe (?:manager|owners?|deputy|room leader|senco)\\b`,
  `\\b(?:my|our|the) (?:colleagues?|co-?workers?|workmates?|work mates?|work friends?|staff ?room|staff team|team leader)\\b`,
  `\\bnew job\\b|\\b(?:hand(?:ed|ing)? in|gave|giving|put in) (?:my )?notice\\b|\\b(?:do|cover|swap|take) my (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day )?(?:late|early|open|close|shift)\\b|\\b(?:cover|swap|swapping|covering) (?:my|your|for|shifts?|a shift|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\\b|\\b(?:my|your|the|a) (?:late|early|lates|earlies|middle|open|opening|close|closing|long day)s? (?:on |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|\\bare you (?:in|on|working) (?:tomorrow|today|tmrw|on)\\b|\\bi'?m on (?:\\d{1,2}(?:[:.]\\d\\d)?(?:am|pm)? (?:till|til|until|to|-) ?\\d{1,2}|earlies|lates|an early|a late)\\b`,
  `\\bshort[- ]?staffed\\b|\\bunder[- ]?staffed\\b`,
  `\\b(?:the |our |a )?new (?:girl|starter|member of staff|staff member|apprentice)\\b|\\broom (?:leader|lead)\\b|\\blunch ?break\\b|\\blanyards?\\b(?! for (?:my|the) (?:gym|keys|car))|\\bteam (?:meeting|building|leader|talk|day)\\b|\\bsupervisions?\\b|\\bappraisals?\\b|\\bstaff (?:member|members|of the month)\\b|\\bmembers of staff\\b|\\bthe office\\b`,
  `\\b(?:christmas|xmas|summer|staff|work|nursery|club|leaving) (?:do|party|meal|night out|drinks|celebration)\\b|\\b(?:club|nursery|setting|school|work) (?:trip|outing|minibus|family)\\b`,
  `\\b(?:nursery|childcare|early years|practitioner|club) (?:pay|wages|salary|salaries)\\b|\\b£\\d+(?:\\.\\d\\d)? (?:an|per|a) (?:hour|hr)\\b|\\bleaving early years\\b|\\bin early years\\b`,
];

/** References to the setting's children, rooms and routines: not work when about their own children. */
export const SETTING_CUES: readonly string[] = [
  `\\b(?:at|to|from|after|before|for|leave|left|in) (?:the |my |our )?(?:nursery|pre-?school|playgroup|setting|creche)\\b`,
  `\\b(?:breakfast|after[- ]?school|afterschool|holiday|kids'?|wrap-?around) club\\b|\\bwrap-?around care\\b`,
  `\\b(?:at|to|from|after|before|for|in) club\\b`,
  `\\bthe club(?<!${OTHER_CLUB} the club) (?:today|this (?:morning|afternoon)|kids|children)\\b`,
  `\\b(?:nursery|club|childcare|pre-?school) (?:fees|bills?|invoices?|places?|waiting list)\\b`,
  `\\b(?:kid|child|boy|girl|one|little one|baby|toddler)s? in my (?:group|key group|room|class)\\b|\\b(?:the|my|our) (?:pre-?school|toddler|baby room|nursery|club) (?:lot|gang|crew|kids|children)\\b|\\bone of (?:our|my) (?:\\d|two|three|four)[- ]?(?:year|yr)[- ]?olds\\b|\\bthe (?:two|three|2|3) (?:year|yr) olds\\b|\\b(?:1|one) ?: ?\\d{1,2}\\b(?= (?:with|today|again|in))`,
  `\\b(?:pre-?school|nursery|club|setting) (?:bake sale|fun day|fair|show|concert|disco|christmas show|open evening|sports day|nativity|trip|outing)\\b`,
  `\\bwith (?:\\d+|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty) (?:kids|children|toddlers|babies|pre-?schoolers|little ones)\\b`,
  `\\b${ROOMS} room\\b`,
  `\\b(?:walked|took|taking|walking|walk|take) (?:the|our|my) (?:kids|children|pre-?schoolers|toddlers|tots|little ones|after ?school kids|breakfast club kids|babies)\\b|\\b(?:the|our|my) (?:after ?school|breakfast club|holiday club|club|nursery) (?:kids|children)\\b|\\b(?:the|our|my) pre-?schoolers\\b`,
  `\\bkey (?:child(?:ren)?|kids?|person|people|worker|group|children's)\\b`,
  `\\bstaff (?:meeting|training|room|shortages?|party|do|night out|rota|room|toilet|car ?park|wellbeing|appraisal)\\b|\\binset day\\b`,
  `\\b(?:the |my |our )?${CHILDREN} (?:at|in|from) (?:work|nursery|club|my room|our room|the (?:baby|toddler|pre-?school) room)\\b`,
  `\\b(?:my|our) (?:little ones|littles|kiddies|tots|toddlers|pre-?schoolers|babies)\\b(?!.{0,20}\\b(?:birthday|school)\\b)`,
  `\\bnapp(?:y|ies)\\b|\\bwet wipes\\b|\\bpotty training\\b|\\bweaning\\b`,
  `\\b(?:nap|snack|circle|carpet|tidy[- ]?up|story|home) ?time\\b|\\bfree ?flow\\b|\\bmessy play\\b|\\btuff tray\\b|\\bsensory play\\b|\\bspare clothes\\b|\\bpeg\\b|\\bbook bag\\b|\\btransition visits?\\b`,
  `\\btapestry\\b|\\blearning journ(?:al|ey)s?\\b|\\bobservations\\b|\\beyfs\\b|\\bofsted\\b|\\binspectors?\\b|\\binspection\\b|(?<!\\b(?:church|flowers?|cleaning|school run|bin|chore|chores|washing up|coffee|cake|tea|football|carpool|lift) )\\brota\\b|\\bratios\\b|\\b(?:out of|over|under|in|illegal|unsafe|legal) ratio\\b|\\bratio (?:is|was|were|of) (?:\\d|one)\\b|\\bsenco\\b|\\behcp\\b|\\b2 ?(?:year|yr) (?:old )?checks?\\b`,
  `\\bparents'? evening\\b|\\bparent (?:meeting|feedback|questionnaire)\\b|\\bone of (?:the|our|my) (?:parents|mums|dads|families)\\b|\\b(?:a|the|one) (?:parent|mum|dad) (?:at|from) (?:work|nursery|club|pick ?up|drop ?off|home time|collection)\\b`,
  `\\b(?:we're|we are|is|are|now|currently) (?:hiring|recruiting)\\b|\\bwe(?:'re| are) looking for\\b|\\bjoin (?:our|the) (?:team|staff)\\b|\\bvacanc(?:y|ies)\\b|\\b(?:early years|room) (?:practitioner|assistant|practitioners|assistants)\\b|\\blevel [23] (?:qualified|practitioner|staff)\\b`,
  `\\b(?:my|our|work) (?:uniform|polo|tabard|fleece|name badge)s?\\b`,
  `\\bpay ?day\\b|\\bwages?\\b|\\bpay ?rise\\b|\\bpay ?slip\\b|\\bovertime\\b|\\bcontracted hours\\b|\\bannual leave\\b|\\bholiday request\\b|\\bsick day\\b|\\b(?:called|phoned|rang) in sick\\b`,
  `\\bdbs\\b|\\bsafeguarding\\b|\\bpaediatric first aid\\b|\\bfire drill\\b|\\brisk assessments?\\b|\\b(?:accident|incident) (?:form|report|book)s?\\b|\\bbody map\\b|\\bsleep checks?\\b|\\bhead ?counts?\\b(?! (?:for|at) (?:christmas|dinner|the party|the wedding|tonight|mine))|\\bregister\\b`,
  `\\b(?:the|my|our|a) (?:setting|nursery|pre-?school|club)(?:'s)? (?:manager|owner|staff|team|kids|children|parents|outing|trip|party|fundraiser|open day|sports day|nativity|graduation|garden|minibus|kitchen|cook)\\b`,
  `\\b(?:at|in|for) the (?:nursery|setting|club) (?:i|we) work\\b|\\bthe team\\b(?=.{0,40}\\b(?:work|nursery|club|shift|kids|children|today)\\b)`,
];

/** Another job, a past employer, another kind of club or their own family's childcare. */
export const OTHER_WORK: readonly string[] = [
  `\\b(?:my|the|me) (?:old|last|previous|former|first|other|second|saturday|sunday|evening|weekend|bar|pub|cafe|shop|retail|summer|uni|student|part[- ]time) (?:job|work|boss|manager|nursery|place|employer|colleagues?)\\b`,
  `\\b(?:used to|previously|once) work(?:ed)?\\b|\\bwhen i (?:worked|was working)\\b|\\bi (?:worked|was working) (?:at|in|for)\\b|\\bex[- ]?(?:boss|manager|colleagues?|workmates?)\\b|\\bformer (?:colleagues?|boss|manager|employer|workplace)\\b|\\b(?:years|ages) ago\\b`,
  `\\b(?:my|his|her|our|their) (?:son|daughter|kids?|children|boy|girl|little one|baby|grandson|granddaughter|niece|nephew|grandkids|grandchildren|twins)(?:'s|s')? (?:nursery|school|club|pre-?school|teacher|key ?worker|key ?person|childminder|room)\\b`,
  `\\b${OTHER_CLUB} club\\b`,
  `\\bvolunteer(?:ing|ed|s)? (?:at|with|for)\\b|\\bvolunteering\\b|\\b(?:scouts|brownies|guides|cubs|beavers|rainbows|sunday school|youth group)\\b|\\bmy (?:other|2nd|second) job\\b|\\bcleaning job\\b|\\bbar job\\b`,
];
