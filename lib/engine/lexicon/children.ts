// Words about children, for child-info and the child side of work-comment.

/** Names that are also ordinary words: only a capitalised use away from a sentence start is a name. */
export const WORD_NAMES = new Set(
  (
    'summer hope river autumn rose poppy daisy holly ivy lily grace faith joy sky storm rain dawn amber ruby pearl jade ' +
    'crystal honey bee bear fox wolf hunter mason brook heather iris willow hazel sage rowan ash bay reed rich will bill ' +
    'pat sue mark frank grant rob jack charity patience harmony melody liberty star sunny misty blue rocky king prince ' +
    'duke earl major royal angel ginger olive mercy eve may june april august winter spring story bo mac max sonny ' +
    'buddy hero journey true rio india georgia florence paris jersey chase drew gene penny peg sandy cliff dusty ' +
    'phoenix marley arlo bobby jasper clay stone ocean sol sky skye brooke lake forest birch cherry clover juniper maple ' +
    'robin wren lark dove raven jay finch sparrow teddy bobbie harley rebel happy lucky bonnie frankie valentine noel ' +
    'christian hunter archer carter cooper fisher porter parker taylor tyler walker baker miller ' +
    'will bea lou lou mo nat sam ted tom kit bill'
  ).split(/\s+/),
);

/** Common first names of children in UK settings, to notice a child the draft places at the setting. */
export const CHILD_FIRST_NAMES = new Set(
  (
    'oliver george noah arthur leo muhammad harry oscar archie henry theodore freddie jack charlie finley teddy ' +
    'alfie thomas jacob william isaac tommy lucas theo max arlo roman joshua edward james mason reggie albert ' +
    'hugo elijah louie ronnie jaxon ezra rory frankie jude ethan joseph dylan ollie sonny harvey logan toby ' +
    'olivia amelia isla ava ivy freya lily florence mia willow rosie sophia isabella grace daisy sienna poppy ' +
    'elsie emily ella evelyn phoebe sofia evie charlotte harper matilda millie maya eva ruby luna orla aria ' +
    'sophie alice isabelle bonnie violet emilia esme hallie thea penelope ada maisie elizabeth mabel erin ' +
    'layla lottie molly ellie jessica chloe zara amber hannah georgia lucy imogen nancy summer darcy ' +
    'riley aaron adam aiden alex ben benjamin billy bobby caleb callum connor daniel david elliot felix ' +
    'gabriel harrison jake jamie jayden jenson kai kian liam luca luke marcus matthew michael nathan ' +
    'nathaniel owen reuben rowan ryan samuel sebastian stanley tyler zach zachary zak abigail aisha ' +
    'annabelle ayla beatrice bella clara delilah eden eleanor eliza emma esther hollie holly harriet ' +
    'iris jasmine kayla lacey leah lyla macie madison megan mila nellie niamh paige peyton quinn rosa ' +
    'sadie sara sarah scarlett skye stella tilly zoe zoey aleena amira fatima hafsa hana inaya maryam ' +
    'nur safa zainab ali ayaan ibrahim musa omar yusuf zayn rayan hamza idris'
  ).split(/\s+/),
);

/** Placing a child at the setting: "staying for tea at club", "in my room", "at nursery today". */
export const CHILD_AT_SETTING: readonly string[] = [
  `\\bstay(?:ing|ed|s)? (?:for|at) (?:tea|breakfast|lunch)\\b`,
  `\\b(?:at|to|from|in) (?:club|nursery|pre-?school|breakfast club|after[- ]?school club|holiday club)\\b`,
  `\\bin (?:my|our|the) (?:room|group|class|key group)\\b|\\bmy key (?:child|kid|boy|girl)\\b`,
  `\\b(?:nap|nappy|nappies|bottle|potty|drop ?off|pick ?up|picked up|collected|home time|settl(?:ed|ing) in|first day|key ?worker|key person|spare (?:clothes|trousers|pants)|book bag|peg|snack ?time|at snack|tidy up|circle time)\\b`,
  `\\bhad (?:a|the|such a) (?:lovely|good|great|brilliant|busy|tough|hard|fab|fantastic|best|lovely first|great first|good first|rough|tiring|quiet|bit of a) (?:day|morning|afternoon|week|session)\\b|\\bate (?:all )?(?:his|her|their) (?:lunch|dinner|tea|snack|breakfast)\\b|\\b(?:his|her) first (?:day|full sentence|words?|steps)\\b`,
];

/** Someone's own family or pets: "my nephew Alfie", "our dog Max". */
export const NOT_A_PUPIL =
  /\b(?:my|our|his|her|their|your|me|the) (?:own )?(?:son|daughter|boy|girl|nephew|niece|grandson|granddaughter|brother|sister|cousin|husband|wife|partner|boyfriend|girlfriend|bf|gf|hubby|mate|friend|bestie|dad|mum|mam|nan|grandad|uncle|auntie|aunt|dog|cat|puppy|pup|kitten|hamster|rabbit|bunny|pony|horse|guinea pig|goldfish|tortoise|budgie|baby|little one|stepson|stepdaughter|godson|goddaughter)\s*$/;

const AGE = `(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven)[- ]?(?:year|yr)s?[- ]?old`;

/** A single child: "a little boy", "the girl", "one of my key children", "a 3 year old", "the Fenwick triplets". */
export const CHILD_REFERENT = `\\b(?:(?:a|the|one|this|that) (?:little |wee |tiny |new )?(?:boy|girl|lad|lass|child|kid|toddler|baby|tot|little one|one)|one of (?:my|our|the) (?:key )?(?:kids|children|boys|girls|babies|toddlers|little ones|tots|(?:\\d|two|three|four)[- ]?(?:year|yr)[- ]?olds)|my key (?:child|kid|boy|girl)|(?:the|a set of) (?:[a-z]+ )?(?:twins|triplets)|(?:a |the |one |this |that )?${AGE}(?! (?:son|daughter|niece|nephew|brother|sister|grandson|granddaughter|cousin))|(?:a |the |one )?(?:year|yr) ?\\d (?:boy|girl|kid|child|lad|lass))\\b`;

/** Words after a name that show it is a person doing something: "Summer was…", "River did…". */
export const PERSON_VERBS = new Set(
  (
    'was is has had did does got gets went came fell ate eats said says asked told bit bites hit cried cries laughed loved loves ' +
    'painted drew made wanted wants needs needed threw kicked pushed started learned learnt tried sang danced slept napped woke ' +
    'played won finally just really been will can could would should keeps kept refused wont didnt doesnt isnt wasnt seems ' +
    'seemed looked looks called calls walked ran managed absolutely always never still spent came comes sat stood wet ' +
    'left lost forgot brought took wore hurt bumped tripped helped shared built wrote read enjoyed settled struggled spilt ' +
    'spilled drank finished gave showed counted climbed jumped fed cuddled hugged screamed shouted ' +
    'wouldnt couldnt cant hasnt hadnt aint shouldnt would could will ' +
    'at in from with and'
  ).split(/\s+/),
);

/** What singles a child out. */
/** Traits that single a child out: health, special needs, appearance, family circumstances. */
export const CHILD_DETAIL: readonly string[] = [
  `\\ballerg\\w*|\\bepi-?pen|\\bepilep\\w*|\\bdiabet\\w*|\\basthma\\w*|\\binhaler|\\bautis\\w*|\\basd\\b|\\badhd\\b|\\bsend\\b(?= (?:needs|child|support))|\\bspecial (?:educational )?needs\\b|\\behcp\\b|\\bcerebral palsy\\b|\\bdown'?s(?: syndrome)?\\b|\\bspeech (?:delay|and language)\\b|\\bnon-?verbal\\b|\\bhearing aids?\\b|\\btube[- ]fed\\b|\\bpeg\\b|\\bseizures?\\b|\\beczema\\b|\\bcoeliac\\b|\\bmedication\\b|\\bmedical (?:condition|needs)\\b|\\bsickle cell\\b|\\bcystic fibrosis\\b|\\bglobal delay\\b|\\b(?:autism|asd|adhd|send|sen) pathway\\b|\\bdevelopmental delay\\b`,
  `\\bginger\\b|\\bred hair\\b|\\bcurly hair\\b|\\bblonde?\\b|\\bglasses\\b|\\bbirthmark\\b|\\bwheelchair\\b|\\btallest\\b|\\bsmallest\\b|\\bonly (?:boy|girl)\\b`,
  `\\bwhose (?:mum|dad|mother|father|parents|nan|gran)\\b|\\bfoster(?:ed|ing)?\\b|\\badopted\\b|\\blooked after\\b|\\bin care\\b|\\bsocial (?:worker|services)\\b|\\bin prison\\b|\\bpassed away\\b|\\bdied\\b|\\bsplit(?:ting)? up\\b|\\bdivorc\\w*|\\brefugee\\b|\\bhomeless\\b`,
];
