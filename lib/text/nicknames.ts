// Widely used short forms of English first names. Each group is one family of names: any member
// stands for any other ("Kate" for Katherine, "Rob" for Robert). Used to match a message's recipient
// to a listed parent and a nickname to a listed child.
const GROUPS = `
abigail abi abby abbie | alexander alex alec sandy xander | alexandra alex lexi sandra | alfred alfie alf fred
andrew andy drew | angela angie | anthony tony ant | archibald archie | barbara barb babs | benjamin ben benji benny
catherine katherine kathryn cath cathy kate katie kath kay kat | charles charlie chas chuck | charlotte lottie charlie lotte
christina christine chris tina chrissie | christopher chris kit topher | daniel dan danny | david dave davey
deborah debbie deb debs debz | donald don donny | dorothy dot dotty | edward ed eddie ted ned | eleanor ellie nell nora
elizabeth liz lizzie beth betty eliza libby lisa bess | emily em emmy | emma em | frances fran frankie
francis frank frankie | frederick fred freddie | gabriel gabe | gabriella gabby ella | geoffrey jeff geoff
gerald gerry | gareth gaz gary | gregory greg | harold harry hal | harriet hattie harry | henry harry hal hank | isabel isabella izzy bella isabelle
jacob jake | james jim jimmy jamie jim | jennifer jen jenny jenn | jessica jess jessie | john jack johnny jon
jonathan jon jonny | joseph joe joey | joshua josh | judith judy jude | katrina kat trina | kenneth ken kenny
lawrence laurence larry laurie | leonard leo len lenny | louise lou lulu | lucy lu | madeleine maddie madeline
margaret maggie meg peggy marge maisie | matilda tilly tilda | matthew matt matty | michael mike mikey mick
nathan nate nat | nathaniel nate nat | nicholas nick nicky | nicola nikki nicky | oliver ollie | patricia pat patsy trish tricia
patrick pat paddy | penelope penny | peter pete | philip phil pip | rebecca becky becca bex | richard rich rick ricky dick
robert rob robbie bob bobby bert | ronald ron ronnie | rosalind ros roz | rosemary rosie rose | samantha sam sammy
samuel sam sammy | sarah sally sadie | stephen steven steve stevie | susan sue suzy susie | suzanne sue suzy
theodore theo ted teddy | thomas tom tommy | timothy tim timmy | victoria vicky tori vic | vincent vince vinny
william will bill billy liam willie | zachary zach zack | anne ann annie | mary molly polly | helen nell
jacqueline jackie jacqui | josephine jo josie | joanne jo jojo | georgina georgie gina | georgia georgie
amelia millie mia amy | natalie nat tally talia | nathalie nat | stephanie steph stephy | rachel rach | caroline caz carol carrie | kimberly kim | kirsty kirst | danielle dani | gemma gem | joanna jo jojo |  camilla millie milly cam | olivia liv livvy | sophia sophie | mohammed mo | muhammad mo
`;

const byName = new Map<string, Set<string>>();
for (const group of GROUPS.split(/\n| \| /)
  .map((g) => g.trim())
  .filter(Boolean)) {
  const names = group.split(/\s+/);
  for (const name of names) {
    const set = byName.get(name) ?? new Set<string>();
    for (const other of names) set.add(other);
    byName.set(name, set);
  }
}

/** The name itself and its widely used short and long forms, lower case. */
export function nameForms(first: string): Set<string> {
  const key = first.toLowerCase();
  return new Set([key, ...(byName.get(key) ?? [])]);
}
