#!/usr/bin/env python3
"""Generate ann/pt_NNN_ann1.ann (brat standoff attributions) from the spec below.

Spec format (one relation per line, in the order the E lines are written):

    ## pt_NNN                      starts a text
    SOURCE | CUE | CONTENT [| c2]  one relation

* CONTENT is one or more pieces separated by " ++ " (a discontinuous
  Content: split quotes, split clauses, quotes over several paragraphs).
  A piece is either a string that occurs exactly once in the text, or
  "PREFIX ~~ SUFFIX" (PREFIX occurs once; the span runs to the end of the
  first SUFFIX after it).  Several pieces become one T line with
  ";"-separated segments, or, with the option "c2", separate Content,
  Content2, ... arguments of the E line.
* SOURCE ("-" for none) and CUE are taken at the occurrence nearest to the
  relation (the cue nearest to the Content, the source nearest to the cue),
  never inside the relation's own Content.
* In any locator, braces pick the target out of a longer context:
  "{said} repeatedly" locates "said" where it is followed by " repeatedly".

Offsets are Python str indices (code points) into the UTF-8 text.

    python3 make_ann.py            # (re)write ann/*.ann, deterministic
    python3 make_ann.py --review   # print every relation with its distances
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

SPEC = r'''
## pt_001
Clinton | says | Virginia senator is 'ready on day one'
Hillary Clinton | telling | the former governor and mayor was "everything Donald Trump is not."
Clinton | said | "Tim doesn't just talk about helping people," ++ "he rolls up his sleeves and does the work, year after year." | c2
He | said | the experience taught him that "nobody should be left out of the American story."
he | said | "I learned about faith and I learned about family,"
he | said | "And I learned that you judge a country by how it treats the people at the back of the line."
she | wrote | "You heard it here first: my running mate is @TimKaine, a public servant who never stops working for other people,"
Republican National Committee Chairman Reince Priebus | said | Kaine was "the ultimate establishment pick."
Priebus | added | The selection ++ showed that Clinton was "afraid of her own party's base."
He | told | Kaine had been "a mediocre governor"
He | predicted | Virginia voters would "not be impressed."
Nadia Ferreira | said | "It's a safe choice, and safe doesn't win elections,"
She | said | she would still vote for Clinton but would "need a reason to knock on doors."
Sen. Bernie Sanders | said | Kaine was "a very smart, very decent guy"
Sen. Bernie Sanders | did not say | whether he had been consulted
two people familiar with the discussions | according to | Aides to the Vermont senator had pressed the campaign to choose someone who would excite younger voters
Aides to the Vermont senator | pressed | the campaign to choose someone who would excite younger voters
Clinton campaign chairman John Podesta | told | Kaine had been vetted "more thoroughly than anyone I can remember."
Podesta | said | In the end ++ the decision came down to "who could step in on day one."
- | Asked | whether the pick was aimed at Virginia's 13 electoral votes
he | said | "It doesn't hurt,"
he | said | "But that's not why she chose him."
he | said | "Donald Trump has a slogan on his hat," ++ "but he doesn't have a plan in his head."

## pt_002
Sanders | Calling | Win Proof of a ‘Revolution’
Mr. Sanders | said | the result was proof that “the political revolution is alive and well in the industrial Midwest.”
he | said | “We were told we had no chance here,”
- | were {told} | we had no chance here
he | said | “Every pundit in America said we’d lose by 20. Well, the working people of Michigan did not get that memo.”
Every pundit in America | said | we’d lose by 20
Pollsters | conceded | they had badly misjudged the turnout of young and independent voters
Ruth Calloway | said | “We missed it, and we missed it by a mile,”
Ruth Calloway | said | “Our model assumed the electorate would look like 2008. It didn’t.”
Our model | assumed | the electorate would look like 2008
she | told | she had received “more votes than anybody else, Democrat or Republican,” so far this year
Robby Mook | wrote | the delegate math remained “unforgiving” for Mr. Sanders
the memo | said | “Even with tonight’s result, ~~ anywhere outside New England,”
he | said | Mrs. Clinton had supported “virtually every disastrous trade agreement” of the past quarter-century
The Clinton campaign | called | that “a distortion of her record,”
The Clinton campaign | noting | she had voted against the Central American Free Trade Agreement as a senator
Exit polls | showed | Mr. Sanders winning voters under 30 by more than four to one
Several voters leaving a polling place in Dearborn | said | they had made up their minds late
Hassan Bazzi | said | “I was going to vote for her until about Sunday,”
Hassan Bazzi | {said} Hassan Bazzi | “Then I watched the debate, and I thought — this guy actually means it.”
{I} thought | thought | this guy actually means it
Others | said | they were tired of being told the race was over
- | being {told} | the race was over
Sheila Dorsey | said | she had grown irritated by what she called “the coronation talk.”
she | called | “the coronation talk.”
Clinton aides | said | they expected to do better in Ohio, Illinois and Florida next week
Jeff Weaver | said | the campaign would compete “everywhere, for every delegate, until the last ballot is cast.”
- | Asked | whether that meant staying in the race all the way to the convention in Philadelphia
he | said | “Absolutely,”

## pt_003
Kasich | told | "I'm not going to win this thing by tearing people down,"
Kasich | told | "I never have, and I'm not starting now."
Kasich | insisted | the race was far from settled
he | said | "Nobody thought we'd still be standing in the middle of March," ++ "and now we're going all the way to the convention floor."
Nobody | thought | we'd still be standing in the middle of March
Rubio | told | he was leaving the race "with my head high and my heart full."
the senator | said | "The politics of fear and anger are going to leave this country more divided than we found it,"
the senator | said | "I hope I'm wrong. I'm afraid I'm not."
{I} hope | hope | I'm wrong
Trump | said | Rubio had run "a tough race," ++ and has "a big future, believe me."
Trump | added | "We have millions of new people coming into the party,"
Trump | added | "Democrats, independents, people who never voted before. ~~ on ads against me."
Sen. Ted Cruz | argued | the night had turned the race into a choice between two candidates
His campaign | said | only Cruz had "beaten Donald Trump over and over again"
His campaign | urged | Rubio's supporters to "come home to the one campaign that can win."
Some Republicans who have tried to stop Trump | said | Kasich's win changes little
Sen. Lindsey Graham | said | "It's a two-man race, and one of the two men isn't John Kasich,"
Sen. Lindsey Graham | said | "I say that with love. John's a friend."
Chief strategist John Weaver | said | the governor would do well in "the kind of states where people still talk to their neighbors" — Pennsylvania, Maryland, Connecticut
Chief strategist John Weaver | predicted | a contested convention
CNN exit polls | According to | nearly two-thirds of Ohio Republican voters said they wanted the next president to come from outside the political establishment
nearly two-thirds of Ohio Republican voters | said | they wanted the next president to come from outside the political establishment
- | Asked | whether he would consider being Trump's running mate
Kasich | said | "Zero chance,"
Kasich | said | "Zero. I'm not going to be anybody's vice president."
a reporter | Asked | whether he would run for governor in 2018
he | said | "I'm going to take a few days off first."

## pt_004
Cruz | told | “We left it all on the field in Indiana,”
Cruz | told | “But the voters chose another path, and tonight I am suspending our campaign.”
- | shouts | “No! No!”
Cruz and Ohio Gov. John Kasich | announced | Kasich would stand aside in Indiana while Cruz left Oregon and New Mexico to the governor
Kasich | Kasich {told} reporters | his supporters in Indiana “ought to vote for me.”
the governor | said | “I’ve never told anybody not to vote for me,”
{I}’ve never told | never told | anybody not to vote for me
the governor | said | “I just don’t campaign there. That’s the deal.”
One Cruz adviser | said | Kasich’s remarks had “done more damage than any ad Trump ran.”
an ad-tracking firm’s figures | according to | The Cruz campaign and its allied super PACs had spent more than $5 million on Indiana television
he | wrote | “Lyin’ Ted picks a VP when he can’t even win the nomination himself. Sad!”
one of them | shouted | Cruz was “a liar,”
the senator | shot back | “Sir, I respect your right to be wrong.”
he | said | “Ted fought hard — very, very hard,”
he | said | “We had some tough moments, but he’s a tough guy, and he’s going to have a great future.”
Republican National Committee Chairman Reince Priebus | wrote | Trump would be the presumptive nominee ++ it was time for the party to “unite and turn our attention to Hillary Clinton.”
the memo | read | “Nothing that happened in Indiana tonight changes our strategy,” ++ “which has always been built around the convention.” | c2
Beth Ann Lutz | said | “I cried in the car,”
Beth Ann Lutz | said | “I still can’t believe people here bought what Trump was selling.”

## pt_005
Ryan | Says | He Is 'Just Not Ready' to Back Trump
Speaker Paul D. Ryan | said | he was "just not ready" to endorse Donald J. Trump
The speaker | said | he hoped to support the nominee eventually
he | said | But first ++ Mr. Trump had to show he could unite the party around "the principles that bind us together."
the interviewer | asked | "Are you prepared to support him as your party's nominee?"
Mr. Ryan | answered | "Not yet,"
Mr. Ryan | answered | "I want to get there. But I think the burden is on him to show that he shares our values, and I don't think that's been done."
{I} think the burden | think | the burden is on him to show that he shares our values
{I} don't think | don't think | that's been done
- | Pressed | whether he worried about Mr. Trump's effect on Republicans running for the House
he | said | "Of course I do,"
he | said | "Anybody who tells you they're not worried isn't paying attention."
Anybody | tells | they're not worried
Mr. Ryan | said | "My dad used to tell me, 'You can be loud or you can be right,'"
My dad | tell | 'You can be loud or you can be right,'
Mr. Ryan | said | "I'd like our party to be right."
a statement released by his campaign | said | "Paul Ryan says he's not ready? Fine. The voters were ready — millions of them,"
Paul Ryan | says | he's not ready
a statement released by his campaign | said | "Perhaps one day the speaker will listen to them."
One House Republican who is close to the speaker | said | he had expected a lukewarm endorsement, "not a grenade."
The lawmaker | said | several colleagues had called him within minutes of the broadcast asking what it meant
several colleagues | asking | what it meant
Senator Ben Sasse | vowed | never to vote for Mr. Trump
Senator Ben Sasse | wrote | Mr. Ryan had shown "what leadership looks like."
Many in the so-called "Never Trump" movement | hoped | the speaker's stance would give other Republicans cover
he | said | "This is a family argument, and families argue,"
he | said | "By the convention, we'll be one team."
Spokesmen for both former Presidents Bush | said | the two men had no plans to endorse anyone in the race
Gloria Tennant | said | "I've voted for Paul in every election since 1998, and I'm proud of him today,"
He | said | the speaker should "get behind the guy who won"
he | added | "the sooner the better."

## pt_006
Senate Majority Leader Mitch McConnell | telling | the seat left vacant by Justice Antonin Scalia’s death would be filled by “the next president, whoever that might be.”
McConnell | said | “This is not about the nominee. It has never been about the nominee,”
McConnell | said | “It is about a principle — ~~ who fills this seat.”
President Barack Obama | called | him “one of the sharpest legal minds of his generation”
President Barack Obama | said | Garland had earned respect “across the political spectrum.”
Obama | said | “If you don’t like him, vote no,”
Obama | said | “But do your job. Meet with him. Hold the hearing. Take the vote. ++ “That’s what the Constitution asks of you. That’s all I’m asking.”
Garland | told | he had spent his career trying to “call the cases as the law requires, not as anyone might wish.”
Sen. Chuck Grassley | said | “A hearing would be a charade, and I don’t do charades,”
then-Sen. Joe Biden | argued | confirmation fights should wait until after an election
Biden | said | Republicans were “cherry-picking” a speech that was “never meant as a rule for anybody.”
Sen. Mark Kirk | said | he would meet with Garland
Sen. Susan Collins | told | the process “should go forward.”
Minority Leader Harry Reid | accused | McConnell of “running the Senate like a branch office of the Trump campaign,”
Sen. Chuck Schumer | predicted | the blockade would cost Republicans their majority
an administration official involved in the effort | according to | The White House has planned a weekslong campaign to pressure vulnerable Republicans ++ including op-eds by former clerks and visits to home-state newspapers
the official | said | “They want this to be a one-day story,”
the official | said | “We’re going to make it a nine-month story.”
One senior GOP leadership aide | put it | “The votes aren’t there. The votes won’t be there. End of discussion.”

## pt_007
Warren | asks | what kind of man 'roots for people to lose their homes'
he | told | a collapse in real estate prices could be good for him because he would "go in and buy like crazy."
Warren | told | "Let me get this straight,"
Warren | told | "Millions of families were about to lose everything, ~~ more bargains for me.'"
Donald Trump | thinking | 'Great, more bargains for me.'
she | asked | "What kind of man does that?"
she | asked | "I'll tell you what kind — a man who cares about exactly one person. Himself."
Trump | calling | Warren "goofy"
Trump | tweeted | "Goofy Elizabeth Warren is all talk and no results. ~~ Nothing!"
she | wrote | "You can call me names all day long, @realDonaldTrump. ~~ homes to go under,"
{You} still haven't | haven't explained | why you cheered for families' homes to go under
Trump's campaign | said | the 2006 remarks had been made "as a businessman, which is what he was,"
Trump's campaign | accused | Warren of "pretending to be outraged for the cameras."
Denise Okafor | said | "These were working families' homes, not chips on a casino table,"
Denise Okafor | said | she had helped "hundreds, maybe thousands" of homeowners since the crash
Progressives in Congress | urging | Hillary Clinton to make Warren a bigger part of her campaign
Sen. Sherrod Brown | said | "Nobody gets under his skin like Elizabeth,"
Sen. Sherrod Brown | said | "He can't stand her, and he can't stop talking about her."
a Democratic strategist close to the Clinton campaign | According to | aides have been struck by how often Trump takes the bait
the strategist | said | "Every time she goes after him, ~~ instead of Hillary,"
the strategist | said | "That's a gift."
Warren | insists | she isn't auditioning for anything
reporters | Asked | whether she wanted to be Clinton's running mate
she | repeated | she is "focused on making sure Donald Trump never gets anywhere near the White House."
she | said | "He's a thin-skinned bully who has left a trail of broken promises and unpaid bills,"
she | said | "I've read about guys like him in my old bankruptcy cases. They never end well."

## pt_008
the statement | said | The campaign ++ was “grateful to Corey for his hard work and dedication.”
Two sources familiar with the decision | told | Trump’s adult children, and his son-in-law, ~~ in battleground states
Lewandowski | said | he had no regrets
he | said | “I’ve had the ride of my life,”
he | said | “If Mr. Trump calls me tomorrow and asks me to lick envelopes, I’ll lick envelopes.”
Mr. Trump | asks | me to lick envelopes
Bash | pressed | him on the role the family had played
she | asked | “Did Ivanka and Jared want you out?”
Lewandowski | replied | “You’d have to ask them,”
Lewandowski | replied | “I love that family. ~~ their name on the plane.”
he | said | “I don’t know what the right word is,”
he | said | “I’m not working for the campaign anymore. That’s the fact.”
People who worked with him | said | he often resisted efforts to script the candidate ++ he clashed with Manafort over everything from staffing to television ads
{Trump}, in an interview | called | Lewandowski “a good man”
{Trump}, in an interview | said | he would be “on television a lot, saying good things about me, I hope.”
Trump | said | The general election ++ required “a little bit of a different campaign.”
Rep. Chris Collins | said | “It’s the right move at the right time,”
Rep. Chris Collins | said | “Now let’s go win this thing.”
a Republican strategist who advised one of Trump’s primary rivals | said | “You don’t fire your campaign manager in June because things are going great,”
a Democratic official | according to | Privately ++ aides were “thrilled” — not about the firing itself, but about the disarray it revealed

## pt_009
Obama | urges | nation ‘not to fear the future’
President Barack Obama | argue | the country had come through hard times stronger
President Barack Obama | warn | Americans against politicians who would “turn us against each other” to win votes
Obama | said | “There are voices out there telling you that America is in decline, that our best days are behind us,”
voices out there | telling | America is in decline, that our best days are behind us
Obama | said | “Those voices are wrong. They have always been wrong.”
Obama | said | “insulting people because of their faith” was “not telling it like it is — it’s just wrong.”
He | acknowledged | his own promise to change the tone in Washington had fallen short
he | said | “I haven’t lowered the temperature in this town the way I hoped I would,” ++ “and I take my share of the blame for that.” | c2
a White House tally | according to | The speech ran just under an hour
South Carolina Gov. Nikki Haley | urged | her party to resist “the temptation to meet anger with more anger.”
she | conceded | Republicans bore part of the blame for the country’s frustration
Haley | said | “We Republicans are not blameless,”
Haley | said | “We have to own our part of this mess. And then we have to fix it.”
he | called | the address “long, dull and totally disconnected from reality.”
Sen. Ted Cruz | said | the speech was “a victory lap for a team that lost the game.”
he | said | the speech had been “more campaign rally than plan.”
he | called | “a strong speech”
Sen. Bernie Sanders | said | the president “could have gone further” on Wall Street
Hillary Clinton | wrote | the address showed “why we can’t let Republicans undo the progress we’ve made.”
he | said | “Seven years ago I asked you to believe,”
{I} asked | asked | you to believe
he | said | “Tonight I’m asking you to keep believing — not in me, but in each other.”
{I}’m asking | asking | you to keep believing — not in me, but in each other

## pt_010
Paul Manafort | told | the overlapping lines were just "common words" ++ Mrs. Trump had been using "words that millions of people use."
Manafort | said | "This is what happens when a strong woman threatens Hillary Clinton,"
Manafort | said | "They try to tear her down."
- | Asked | whether anyone would be fired
Manafort | answered | "No. Why would we fire anybody?"
Sean Spicer | arguing | similar lines turn up just about everywhere
Chris Christie | said | he didn't see the problem, because "most of the speech" was obviously her own
{It} read, in part | read | "When Melania and I were working on the draft, ~~ in the final text. ++ "That was my mistake, not Melania's. ~~ and Mrs. Obama."
McIver | wrote | she had offered her resignation ++ the Trumps had turned it down
she | wrote | "Mr. Trump told me, 'People make innocent mistakes, and we learn from them,'"
Mr. Trump | told | 'People make innocent mistakes, and we learn from them,'
the campaign | insisting | nothing had happened
he | tweeted | "Melania's speech was seen by more people than any speech in convention history. Not bad!"
one Democratic operative | joked | "At least they know where to find good material — the Obamas',"
He | told | he'd only been "half paying attention" when he heard it
he | said | "I literally sat up on the couch,"

## pt_011
Obama | Saying | ‘America Is Already Great’
President Obama | telling | she was ready to lead
Mr. Obama | said | “America is already great,”
Mr. Obama | {said}, rejecting | “And it doesn’t depend on any one man who promises he alone can fix it.”
any one man | promises | he alone can fix it
Mr. Obama | said | Mr. Trump was offering “slogans and fear” in place of answers
he | said | “The Donald Trump I heard last week in Cleveland wasn’t describing the country I know,”
he | said | “He was describing a country that exists only in his own head — dark and angry and afraid.”
he | said | “I watched her in that room. ~~ make the hard calls,”
he | said | “She doesn’t fold under pressure. ++ “And let me tell you something — ~~ run for this office. ++ “That’s not a talking point. I’ve done this job. I know.”
He | dismissed | Mr. Trump’s professed concern for the middle class as “a bunch of malarkey,”
Mr. Biden | said | “This is a guy who built a television show around firing people,”
Mr. Biden | said | “He said it with a smile — ‘You’re fired!’ Think about that.”
{He} said it | {said} it with | ‘You’re fired!’
{Mr. Trump}’s habit | saying | “believe me,”
Mr. Kaine | said | {which} Mr. Kaine said ++ usually signaled that the opposite was true
Aides | said | he had rehearsed it for days
Reince Priebus | wrote | the Democrats had offered “four days of happy talk about a country that doesn’t feel happy to anybody.”
A spokesman for Mr. Trump | called | Mr. Obama’s speech “a eulogy for his own failed presidency.”
some delegates who had backed Senator Bernie Sanders | said | the night had moved them
Tamara Nguyen | said | “I came in here skeptical, and I’m leaving a lot less skeptical,”
Tamara Nguyen | said | “He didn’t ask us to love her. He asked us to look at the alternative.”
{He} didn’t ask | didn’t ask | us to love her
{He} asked us | asked | us to look at the alternative

## pt_012
Bernie | tells | the revolution goes on — and it runs through Hillary
the Vermont senator | asked | them to vote for Hillary Clinton
Many of them | vowing | they never would
Sanders | said | “I know that a lot of you are hurting tonight. Believe me, I am too,”
Sanders | said | “But this campaign was never about me. It was never about one candidate.”
he | went on | “Here is the truth, and I say it as your friend,”
he | went on | “If Donald Trump becomes president, ~~ goes right out the window. ++ “Every one of them.”
he | told | stopping Trump meant electing Clinton
Sanders | asking | them to refrain from protests on the floor “as a courtesy to me and to the movement we have built together.”
she | told | they were “being ridiculous,”
- | chants | “We trust Bernie!”
she | said | Trump’s economic agenda ++ amounted to “a tax cut for people who own golf courses — and that’s it.”
Marisol Vega | said | “He did what he had to do. I’m not there yet,”
Marisol Vega | {said} Marisol Vega | “Ask me in October.”
Terrence Bell | said | he would vote for Clinton “with a clothespin on my nose,”
Terrence Bell | added | Sanders had earned the right to ask
Bell | said | “He fought for us for a year,”
Bell | said | “I can fight a little for him now.”
Trump | wrote | Sanders had “sold out his supporters for a speaking slot,”
Trump | urged | them to “come join the movement that will actually change things.”
The campaign’s top aides | insisted | they were not worried
Sanders campaign manager Jeff Weaver | told | “Ninety percent of our people will be with her by November,”
Sanders campaign manager Jeff Weaver | told | “The other 10 percent — we’ll keep working on them.”

## pt_013
Giuliani | asked | "What happened to the days when this whole country was proud of its cops?"
Giuliani | asked | "Those days are coming back — and they're coming back with Donald Trump!"
The crowd | chants | "USA! USA!"
he | said | "I cleaned up New York in the '90s, and I did it by standing with the men and women in blue,"
he | said | "My mother used to tell me, ~~ stands with the police."
My mother | tell | 'Rudy, you judge a man by who he stands with when it counts.'
Smith | said | she blamed Clinton "personally" for her son's death
{she} blamed | blamed | Clinton "personally" for her son's death
Smith | said | "She looked me in the eye at the airport and told me it was because of some video,"
She | told | it was because of some video
Smith | said | "Then she walked away."
Milwaukee County Sheriff David Clarke | told | the country had watched "anarchy" in the streets of Ferguson and Baltimore while the Obama administration looked the other way
a group of anti-Trump delegates from Utah and Colorado | chanted | "Roll call vote!"
Trump's campaign | said | the rebels had been "a distraction, and not a very big one."
Spokesman Brian Fallon | called | the night "a four-hour festival of fear"
Spokesman Brian Fallon | said | Republicans had "nothing to offer voters but anger."
Doug Perrault | said | "Anger? That wasn't anger. That was love for this country,"
Doug Perrault | said | "The cops' families in this room needed to hear that."
this reporter | Asked | whether he had gone too far
he | said | "Too far?"
he | said | "I held back. You should hear me at home."

## pt_014
Trump | demands | apology
Brandon Victor Dixon | said | “Sir, we hope you heard the story we told tonight — ~~ look like America,”
{we} hope | hope | you heard the story we told tonight — a story about immigrants, told by people who look like America
Brandon Victor Dixon | said | “We are worried. We’re asking you to work on behalf of all of us.”
{We}’re asking | asking | you to work on behalf of all of us
a person who was in the theater | according to | Pence, who was already heading toward the exit, stopped in the hallway to listen
President-elect Donald Trump | said | Pence had been “harassed” by the cast ++ the theater should be “a place to escape politics, not a lecture hall.”
he | added | “Apologize!”
Dixon | replied | the conversation was “not harassment,”
Lin-Manuel Miranda | wrote | the statement was “a respectful plea from a cast that takes its platform seriously.”
he | said | he “wasn’t offended” and had enjoyed the show with his daughter and her cousins
Pence | said | “When we arrived, ~~ freedom sounds like,’”
{I} nudged | and {said}, ‘That | ‘That’s what freedom sounds like,’
host Chris Wallace | Asked | whether the president-elect had overreacted
he | said | “He’s got a strong sense of loyalty,”
he | said | “I appreciate that. I’ll let other people decide what’s an appropriate response.”
Some conservatives on social media | called for | a boycott of the show
one Republican strategist | said | the cast had “handed the Trump people exactly the fight they wanted.”
Walter Pinsky | said | “People paid four hundred dollars to see a show, not to hear a speech,”
she | said | “That is the show,”
she | said | “That’s the whole point of ‘Hamilton.’”

## pt_015
one transition official | described | "two centers of gravity"
a combative outsider | vowed | to tear up the way Washington works
Trump | said | "Reince and Steve are a great team, ~~ from day one,"
Trump | said | "They both know how to win, and they both know how to fight."
congressional Republicans | worried | Trump might fill his staff with campaign loyalists with little experience in government
House Speaker Paul Ryan | called | the pick "a great choice for the country."
Ryan | said | "Reince knows how to get things done, and he knows this town,"
Ryan | said | "I couldn't be happier."
Adam Jentleson | said | "By naming Bannon, ~~ from the Oval Office,"
Adam Jentleson | said | "Republicans who stay silent about this own it."
The Anti-Defamation League | called | the appointment "deeply troubling."
She | told | Bannon was "a brilliant tactician."
she | said | The attacks on him ++ were "a smear by people who lost."
he | said | "We're going to be joined at the hip,"
he | said | "Steve and I have worked side by side for months. There's no daylight there."
- | Asked | whether the president-elect would be asking Bannon to tone down his rhetoric
the president-elect | asking | Bannon to tone down his rhetoric
Priebus | said | "everyone in the White House will be working for the president, and the president sets the tone."
- | was asked | about reports that some of his supporters had harassed Muslims and Latinos since the election
He | said | he was "saddened" to hear it
he | said | "I say, 'Stop it,'"
{I} say | say | 'Stop it,'
Sen. Jeff Flake | said | "The president gets to pick his own staff,"
Sen. Jeff Flake | said | "I'll judge him by what he does."

## pt_016
Obama and Trump | Pledge | a Smooth Handoff
President Obama and President-elect Donald J. Trump | pledged | to work together on a peaceful transfer of power
aides to both men | according to | The meeting, scheduled for 15 minutes, lasted about an hour and a half
Mr. Obama | told | “My top priority over the next two months ~~ President Bush gave me,”
Mr. Obama | told | “If you succeed, then the country succeeds.”
he | said | “We talked about a lot of things, some very good and some very tough,”
he | said | “He’s given me a lot of good advice already. ~~ I’ll be calling him.”
Mr. Obama | called | Mr. Trump “uniquely unqualified” to be president
Mr. Trump | described | Mr. Obama as the worst president in the country’s history
- | was asked | whether the president had changed his mind about his successor
Mr. Earnest | said | “The president hasn’t changed his view of what happened in the campaign,”
Mr. Earnest | said | “But the election is over. ++ “The American people have made their choice, ~~ ready on Jan. 20.”
the East Wing | said | While the two men talked, Michelle Obama hosted Melania Trump for tea in the residence
the statement | according to | The two women discussed raising children in the White House
Mr. McConnell | told | repealing the Affordable Care Act was “at the top of the list.”
thousands of protesters | chanting | “Not my president.”
Daniela Ortiz | said | “I’m not here because she lost. ~~ people like my mother,”
Mr. Trump | said | the protests were “very unfair”
Mr. Trump | blamed | the news media for stirring them up

## pt_017
Trump's former campaign manager | said | many of the president-elect's supporters would feel "betrayed" if he named Mitt Romney as secretary of state ++ Romney had "gone out of his way to hurt" Trump during the campaign
Todd | asked | "Are you saying a Romney pick would be a betrayal?"
{you} saying | saying | a Romney pick would be a betrayal
Conway | replied | "I'm saying I'm hearing from people all over the country,"
{I}'m saying I'm | saying | I'm hearing from people all over the country
Conway | replied | "They're saying, 'We didn't knock on doors ~~ a fraud.'"
{They}'re saying | saying | 'We didn't knock on doors for a year to get the guy who called Donald Trump a fraud.'
the guy | called | Donald Trump a fraud
she | wrote | "Hearing from so many Trump loyalists today. Their message on Romney: please, no,"
two people familiar with the president-elect's reaction | According to | Trump was irritated that an internal debate had spilled onto the Sunday shows
both | cautioned | his anger was directed as much at the coverage as at Conway herself
One of them | described | the mood at Trump Tower on Monday as "tense but functional."
Miller | said | "Kellyanne has the president-elect's full confidence,"
Miller | adding | Trump "wants to hear from everybody, and he does."
Romney | told | "It was a long, very substantive conversation,"
Romney | told | "I came away with a better sense ~~ I like what I heard."
Some Republicans close to the transition | said | the dinner itself was the message
{one}, who was not | said | "You don't spend three hours with someone you're about to pass over,"
{one}, who was not | said | "Unless you want him to grovel a little. With Trump, it could be either."
a former Romney aide | said | "Mitt was honest about his concerns during the campaign, and he meant every word,"
a former Romney aide | said | "What he's doing now is what a patriot does when the country needs him."
Rudy Giuliani | told | he had "no idea" where things stood
transition officials | said | Former CIA Director David Petraeus and Tennessee Sen. Bob Corker are also under consideration
Priebus | Priebus {said} Tuesday | The decision ++ could come "within the next week or two — but not before he's ready."

## pt_018
Trump | told | “If you want to leave this country ~~ it’s going to cost you,”
Trump | told | “Big league.”
Pence | said | the deal showed what happens “when you have a president who picks up the phone.”
the Indiana Economic Development Corporation | according to | The state is kicking in $7 million in tax breaks over 10 years
Chuck Jones | said | the real number of jobs saved was closer to 730 than to the 1,100 in Trump’s speech ++ roughly 550 of his members would still lose their jobs
he | said | {Trump}, he said ++ had “let people believe something that just wasn’t true.”
the president-elect | wrote | “Chuck Jones has done a lousy job representing workers. ~~ jobs would stay in America!”
Jones | told | the phone at his house started ringing within minutes
he | said | “One guy said, ‘We know what car you drive,’”
One guy | said | ‘We know what car you drive,’
he | said | “I’ve been doing this a long time. That one got my attention.”
Sen. Bernie Sanders | argued | the agreement rewarded Carrier’s parent company for “threatening to walk out on American workers.”
he | predicted | Other companies ++ would now “line up for the same deal.”
Sean Hannity | said | “The man hasn’t even taken office yet, ~~ mad about it?”
Renee Hollister | said | “I’m keeping my job, so I’m not going to complain,”
Renee Hollister | said | “But a lot of my friends on the line ~~ throwing them a rally.”

## pt_019
the CIA | concluded | Russia interfered in the election to help Hillary Clinton win
a secret assessment first reported by The Washington Post on Friday | According to | the CIA has concluded that Russia intervened ~~ to help Trump win
the CIA | concluded | Russia intervened in the 2016 election not merely to sow chaos but specifically to help Trump win
Officials briefed on the assessment | told | Russian operatives had funneled stolen Democratic emails to WikiLeaks
the statement | said | "These are the same people who told us Iraq was loaded with weapons of mass destruction,"
the same people | told | Iraq was loaded with weapons of mass destruction
the statement | said | "The election is over. It's time to move on."
he | called | the report "ridiculous"
he | suggested | it had been leaked by Democrats to delegitimize his victory
Host Chris Wallace | pressed | "Why would the CIA make this up?"
Trump | answered | "They don't know who did it. Nobody knows,"
Trump | answered | "It's the Democrats trying to explain why they lost. They thought it was going to be a landslide."
the Democrats | trying to explain | why they lost
They | thought | it was going to be a landslide
Senate Majority Leader Mitch McConnell | told | "the Russians are not our friends."
He | said | he supported a bipartisan review by the Senate Intelligence Committee
Sen. Lindsey Graham | said | "I want the Russians to pay a price, and I want it to hurt,"
Sen. Lindsey Graham | called for | a select committee
Sen. Lindsey Graham | said | "This isn't about who won. It's about whether a foreign country gets to pick our president."
White House homeland security adviser Lisa Monaco | according to | President Barack Obama has ordered a full review ~~ before he leaves office
John Podesta | said | the campaign supported a request by a group of electors for an intelligence briefing before the Electoral College votes on Dec. 19
Podesta | said | "Electors have a right to know what the intelligence community knows,"
Podesta | said | "So does every American."
the president-elect himself | being told | the CIA can't be trusted

## pt_020
Both campaigns | called | the contest a test of whether the Vermont senator could win support beyond the largely white electorates of Iowa and New Hampshire
Clinton | told | “This one was built by nurses ~~ stand up and be counted,”
Clinton | told | “That’s who won today.”
Clinton | saying | the country needed “more than a diagnosis” of its problems
she | said | “We need solutions,” ++ “and we need someone who can actually deliver them.”
his campaign | according to | Sanders congratulated Clinton in a brief phone call
Sanders | told | the race had barely begun
he | said | “Five weeks ago, the experts said we’d lose Nevada by 25 points,”
the experts | said | we’d lose Nevada by 25 points
he | said | “We came within a few. That is momentum, my friends.”
Sanders | told | he had “no regrets” about the Nevada campaign and was looking forward to “a lot of states where we’re going to do very well.”
Campaign manager Robby Mook | predicted | Nevada would be “close, very close,”
some staff members | feared | a loss
Entrance polls of caucusgoers | suggested | Sanders may have won Hispanic voters
some analysts | said | the sample was too small to be reliable
two people familiar with the calls | according to | Senate Democratic leader Harry Reid, who did not endorse a candidate, ~~ on the Las Vegas Strip
Senate Democratic leader Harry Reid | pushed | casino operators to let shift workers caucus at sites on the Las Vegas Strip
Reid | told | he had simply “wanted everybody to be able to vote.”
Ana Luisa Fuentes | said | “I work a double on Saturdays, so this took some planning,”
Ana Luisa Fuentes | {said} Ana Luisa | “I like Bernie — I really do — but I think she can actually get things done.”
{I} think she | think | she can actually get things done
He | said | he had caucused for Sanders because the senator “doesn’t take money from the people who sign our paychecks.”

## pt_021
Mr. Bush | told | "Tonight I am suspending my campaign,"
Mr. Bush | told | "I ran because I believed — and I still believe — that this country deserves leaders who tell the truth and then go solve the problem."
{I} believed | believed | this country deserves leaders who tell the truth and then go solve the problem
{I} still believe | believe | this country deserves leaders who tell the truth and then go solve the problem
federal filings and estimates by ad-tracking firms | according to | Mr. Bush and the super PAC supporting him spent more than $130 million
Donald J. Trump | belittling | Mr. Bush as "low energy,"
he | asked | the audience to "please clap."
He | called | Mr. Bush "a tough competitor"
He | said | "it's not easy to run against me, believe me."
Senator Marco Rubio of Florida | told | the race had "finally come into focus."
He | said | he would be "the nominee who can bring this party together and grow it."
Mr. Cruz | said | his campaign had "once again defied the pundits,"
Mr. Cruz | noting | many had predicted he would finish fourth
many | predicted | he would finish fourth
the former president | told | "The loudest guy in the room is rarely the smartest one,"
Exit polls | showed | Mr. Bush winning barely one in 10 voters, even among those who said they wanted a candidate with experience in government
those | said | they wanted a candidate with experience in government
Leland Haskins | said | "It was like watching a slow-motion car crash,"
Leland Haskins | said | "You knew how it ended. You just kept hoping you were wrong."
{You} just kept | hoping | you were wrong
Beverly Tuttle | said | her granddaughter had asked her a question she could not answer
Ms. Tuttle | said | "She said, 'Grandma, why doesn't anybody like Jeb?'"
{She} said, 'Grandma | {said}, 'Grandma | 'Grandma, why doesn't anybody like Jeb?'
Ms. Tuttle | said | "I told her that a lot of people like him. They just didn't vote for him."
{I} told her | told | a lot of people like him
- | Asked | whether Mr. Bush would endorse one of his rivals
Kristy Campbell | said | he would "take some time with his family" before making any decision

## pt_022
moderator Maria Bartiromo | Asked | what he had meant when he said Trump "embodies New York values,"
he | said | Trump "embodies New York values,"
Cruz | said | "I think most people know exactly what I mean,"
{I} think most | think | most people know exactly what I mean
Cruz | said | "Not a lot of conservatives come out of Manhattan. I'm just saying."
He | described | the smell of the smoldering wreckage in lower Manhattan, ~~ everybody else was running out."
he | said | {which} he said ++ had lingered "for months,"
he | said | New Yorkers ++ had rebuilt their city "with more heart than any place on Earth."
Trump | said | "What Ted said insulted a lot of great people,"
Trump | said | "Frankly, I think he owes them an apology."
{I} think he | think | he owes them an apology
Trump | said | the Democrats would sue "the day he gets the nomination" ++ the party could not afford the risk
Cruz | has {said} repeatedly | his eligibility is "settled law,"
Cruz | noted | Trump had told him months ago that there was no problem
Trump | told | there was no problem
Cruz | said | "Back in September, Donald told me, 'Ted, I had my lawyers look at it, and you're fine,'"
Donald | told | 'Ted, I had my lawyers look at it, and you're fine,'
Cruz | said | "So what changed? Not the law. His polls."
Trump | shot back | "Ted, that's true. Because back then you weren't doing very well."
Sen. Marco Rubio | accusing | him of changing positions "whenever the polls change."
Cruz | replied | he was "not going to waste time" refereeing Rubio's record
Trump | told | he had "won big."
- | Asked | about Cruz
Trump | said | "He's a smart guy. He's a nasty guy, but he's smart,"
Jeff Roe | said | Cruz "had nothing to apologize for."
Carla Whitfield | said | "I'm not from New York and I've got nothing against it,"
Carla Whitfield | said | "But Trump's answer about 9/11 — that got me. I teared up."

## pt_023
Hillary Clinton and Bernie Sanders | accusing | each other of misrepresenting their records
Hillary Clinton and Bernie Sanders | appealing | to the moderators to make the other one stop talking
Sanders | questioning | whether Clinton was “qualified” to be president
Sanders | said | “Of course she has the résumé,”
Sanders | said | “What I have questioned — and what I will keep questioning — is her judgment.”
she | said | “Senator Sanders and I have had our differences,”
she | said | “But I am not going to stand here and let anyone tell voters that I’m not ready for this job.”
anyone | tell | I’m not ready for this job
CNN’s Wolf Blitzer | asked | “Will you release the transcripts?”
Clinton | said | “When there is a standard ~~ the first one to meet it,”
he | said | “I’ve been looking for my Goldman Sachs transcripts all week,”
he | said | “Couldn’t find them anywhere. Turns out I never gave any.”
Clinton | pressed | Sanders over his vote for a 2005 law shielding gun manufacturers from lawsuits
Clinton | saying | he “should have stood with the families, not the gun lobby.”
Sanders | replied | he had “a D-minus voting record from the NRA” ++ he would not be lectured on the issue
he | said | “If you’re both talking at once, the viewers can’t hear either of you,”
each campaign | claimed | victory
Clinton spokesman Brian Fallon | told | the debate had “confirmed what New York voters already know about who can get things done.”
Tad Devine | said | the senator had “won the night on substance and on heart.”
one Clinton adviser | acknowledged | the transcripts answer had been “not our finest moment,”
one Clinton adviser | insisting | it would not matter on Tuesday
a Marist poll released this week | according to | Clinton leads Sanders by double digits among likely Democratic primary voters in New York
a few hundred Sanders supporters who had been unable to get tickets | chanted | “Feel the Bern!”
Priya Raman | said | “She’s been a senator here. I get it. I still think he’s the real deal,”
{I} still think | think | he’s the real deal
Priya Raman | said | “Everybody’s parents are voting for her. Everybody’s kids are voting for him.”

## pt_024
he | said | Kasich was “letting down the people of Ohio” ++ his absence was “childish, frankly.”
Manafort | said | “He’s embarrassing his own party in his own state,”
Manafort | said | “Ohio deserves better.”
Weaver | wrote | “If Paul Manafort wants to lecture anyone about embarrassment, he can start with his own client list,”
Kasich’s office | released | “Governor Kasich has made clear ~~ That has not changed. ++ “He wishes the delegates well and welcomes them to the great state of Ohio.”
Governor Kasich | made clear | he cannot support a nominee whose values he does not share
several delegates | said | they felt abandoned
Janine Kowalczyk | said | “This is the voters’ convention, not the governors’,”
Janine Kowalczyk | {said} Janine | “He lost. He should come in, shake hands and be a grown-up about it.”
Another delegate | said | he had voted for Kasich in both of his races for governor
Another delegate | put it | “I’m done with him.”
he | wrote | {Kasich}, he wrote ++ “should be ashamed” to skip “his own state’s biggest moment in years.”
reporters | Asked | whether he would ever endorse Trump
he | said | “I don’t see it,”
he | said | “I just don’t see it. And I’m not going to fake it for anybody.”
Ohio Republican Party Chairman Matt Borges | told | the state party was “all in” for the ticket
Borges | said | “The governor has his views, and I respect that,”
Borges | said | “But this party is going to carry Ohio in November, with or without him in the building.”

## pt_025
Obama | calls on | Democrats to unite
Obama | said | "I've sat across the table ~~ the toughest calls there are,"
Obama | said | "She's ready. And I can't wait to get out there with her."
Sanders | said | he would "work with her" to defeat Trump
he | said | he would compete in the District of Columbia's primary next Tuesday
Sanders | said | "Donald Trump as president would be a disaster ~~ happen quietly,"
a White House official who was not authorized to discuss the private meeting | according to | The two men talked in the Oval Office for about an hour
She | said | she was backing Clinton because "she's tough, she's smart, and she knows how to win this fight."
he | wrote | "Obama just endorsed Crooked Hillary. ~~ his terrible record!"
The Clinton campaign | replied | "Delete your account."
White House press secretary Josh Earnest | told | Obama would campaign with Clinton next Wednesday in Green Bay, Wisconsin ++ he expected to be "a very active surrogate" through November
Caleb Ostrander | said | "I'm not going to let the president tell me who to vote for,"
the president | tell | tell me {who to vote for}
Caleb Ostrander | {said} Caleb | "Bernie's still in it. So am I."
- | Asked | whether Obama had urged him to drop out
Obama | urged | him to drop out
Sanders | said | the president "didn't tell me to do anything" and had been "very gracious."
the president | didn't tell | me to do anything

## pt_026
Dozens of House Democrats | vowing | not to leave until Republican leaders agreed to hold votes on gun-control legislation
Lewis | said | “I’ve sat down before, when it mattered,”
Lewis | said | “It matters now.”
Rep. Katherine Clark | said | “This is not complicated,”
Rep. Katherine Clark | said | “It’s one vote — ~~ terror watch list. ++ “If you don’t like the bill, fine. Vote no. Put your name on it. ++ “But let the House vote.”
- | chants | “No bill, no break!”
Ryan | told | the sit-in had been “a publicity stunt”
Ryan | accused | Democrats of “trying to raise money off a tragedy.”
He | said | the House would not take up a bill that would “take away a constitutionally guaranteed right without due process.”
Rep. Tom Cole | said | “You don’t change the rules of the House by sitting on the floor and chanting,”
Rep. Tom Cole | said | “If they want a vote, they can win a majority.”
House Minority Leader Nancy Pelosi | said | Democrats would keep up the pressure during the recess
she | said | “They can turn off the cameras,” ++ “but they cannot turn off the American people.” | c2
Hillary Clinton | wrote | the protesters were “standing up for families who have waited long enough.”
Democratic aides | According to | members passed around pizza and blankets ~~ dozed in their seats
Jenna Albrecht | said | “We came to see Congress, and I guess we saw it,”
{I} guess | guess | we saw it
Jenna Albrecht | {said} Jenna | “I didn’t know they were allowed to do that.”
her older son | said | “I don’t know that they are,”

## pt_027
Senate Democrats | said | the promise was enough to let them drop their opposition
Senate Minority Leader Harry Reid | told | "We got what we needed,"
Senate Minority Leader Harry Reid | told | "These are kids' brains we're talking about. ~~ bargaining chip for us."
Senate Majority Leader Mitch McConnell | accused | Democrats of "manufacturing a crisis" over Flint
Senate Majority Leader Mitch McConnell | called | the final bill "the responsible thing to do, and frankly, about time."
House conservatives | signaled | they would not stand in the way
Rep. Mark Meadows | said | "Nobody's happy with it. That's usually how you know it's a deal,"
Rep. Mark Meadows | {said} Rep. Mark Meadows | "We'll have the bigger fight in December."
Leadership aides in both parties | said | the House was expected to pass the measure Wednesday night
an email obtained by this publication | according to | The whip team told members to expect a vote "no later than 9 p.m.,"
The whip team | told | members to expect a vote "no later than 9 p.m.,"
- | was asked | about the odds of a shutdown
a reporter | asked | "Is there any chance the government closes on Friday?"
Ryan | said | "No,"
Ryan | said | "Next question."
One senior Democratic aide | said | McConnell's staff had "wanted this off the table before the debates" ++ Republicans facing tough races, ~~ had pushed hard for a resolution
the spokesman | said | "The leader wanted to fund the government. Full stop,"
the spokesman | said | "The campaign calendar had nothing to do with it."
LaTonya Pruitt | said | "I'll believe it when the pipes are in the ground,"
LaTonya Pruitt | {said} LaTonya | "They've been promising us since January."
Michigan's two Democratic senators, Debbie Stabenow and Gary Peters | said | the agreement was "a real commitment, in writing," ++ they would hold leaders to it

## pt_028
Someone | chant | "Hillary! Hillary!"
he | said | "Hold on. Hold on, everybody. Listen to me,"
he | said | "This is America. He's allowed to hold a sign."
Obama | said | "It looks like he might have served in our military, and we respect that,"
Obama | said | "He's older than me, and we respect our elders. And most important — don't boo. Vote!"
Donald Trump | told | Obama had spent the rally "yelling at a protester" and "treating him very badly, believe me."
Trump spokesman Jason Miller | told | the candidate had been "describing the tone of the event," not the specific exchange
campaign spokeswoman Jennifer Palmieri | wrote | "This is what a president sounds like,"
People who were there | said | the moment felt bigger in the room than it looked online
Tamika Greer | said | "I've been to a lot of rallies. I've never seen anybody calm down a crowd that fast,"
Tamika Greer | said | "My youngest asked me, 'Why is he protecting that man?' and I told her, 'Because that's the job.'"
My youngest | asked | 'Why is he protecting that man?'
{I} told her | told | 'Because that's the job.'
witnesses | according to | The man with the sign, for the record, was escorted out — gently

## pt_029
They | said | it couldn’t be done
Trump | told | “A little while ago, Hillary called me, and she was very gracious,”
Trump | told | “She fought hard. We owe her a lot for her service, and I mean that. ++ “Now it’s time for this country to come together. ~~ your president too. ++ “We are not going to let you down.”
Vice President-elect Mike Pence | said | the voters had “sent a message to Washington that will be heard for a generation.”
the crowd | chant | “Drain the swamp!”
campaign chairman John Podesta | told | the dwindling crowd to go home
he | said | “We’re still counting, and every vote deserves to be counted,”
he | said | “Get some sleep. We’ll have more to say tomorrow.”
Trump campaign manager Kellyanne Conway | according to | Less than an hour later, Clinton called Trump to concede
Trump campaign manager Kellyanne Conway | described | the conversation as “warm and gracious” on both sides
commentator Van Jones | blamed | the result on a “whitelash” against the first black president
At least one network anchor | wondered aloud | whether the polls had “missed an entire country.”
Gary Ruddock | said | “They laughed at us for a year and a half,”
Gary Ruddock | said | “They called us deplorables. Well, the deplorables just won.”
They | called | us deplorables
Rudy Giuliani | told | he had “never doubted it for a minute.”
Conway | wrote | the victory belonged to “the forgotten men and women” who had waited “a long time for somebody to fight for them.”

## pt_030
a lot of people on the internet | were convinced | Monday would be the day
One of them | announced | he could not "in good conscience" support the president-elect
A petition | urging | electors to "vote their conscience" and pick someone other than Trump
Some electors | said | they had received thousands of emails a day
Ruth Ann Vollmer | said | "I got hundreds of letters, a lot of them handwritten,"
Ruth Ann Vollmer | {said} Ruth Ann | "I read every single one. Then I voted the way my state voted."
{I} asked her | asked | whether she had ever seriously considered switching
she | said | "For about a day,"
she | said | "Then I remembered who sent me here."
a few hundred protesters | chanting | "Vote your conscience!"
he | wrote | "We did it! A historic victory, ~~ Thank you America!"
she | said | "It's an outdated, undemocratic system, and it's time for it to go,"
A spokesman | said | the campaign had "never encouraged" the effort to flip electors ++ Clinton was "spending time with her family."
one very tired Wisconsin elector | in the words of | "It's over, folks. Go home."
'''


class SpecError(Exception):
    pass


def parse_spec(spec):
    docs, current = {}, None
    for number, raw in enumerate(spec.split("\n"), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("## "):
            current = line[3:].strip()
            docs[current] = []
            continue
        parts = [p.strip() for p in line.split(" | ")]
        if current is None or len(parts) not in (3, 4):
            raise SpecError(f"spec line {number}: cannot read {line!r}")
        options = parts[3].split() if len(parts) == 4 else []
        docs[current].append({
            "line": number,
            "source": None if parts[0] == "-" else parts[0],
            "cue": parts[1],
            "content": [p.strip() for p in parts[2].split(" ++ ")],
            "c2": "c2" in options,
        })
    return docs


def unbrace(locator):
    """(search string, target start, target end) for a locator with optional {target}."""
    m = re.fullmatch(r"(.*?)\{(.+?)\}(.*)", locator, re.S)
    if not m:
        return locator, 0, len(locator)
    before, target, after = m.groups()
    return before + target + after, len(before), len(before) + len(target)


def occurrences(text, string):
    pattern = re.escape(string)
    if re.match(r"\w", string[0]):
        pattern = r"(?<!\w)" + pattern
    if re.match(r"\w", string[-1]):
        pattern += r"(?!\w)"
    return [m.start() for m in re.finditer("(?=" + pattern + ")", text)]


def find_unique(text, locator, where):
    string, a, b = unbrace(locator)
    found = occurrences(text, string)
    if len(found) != 1:
        raise SpecError(f"{where}: {locator!r} occurs {len(found)} times")
    return found[0] + a, found[0] + b


def content_segment(text, piece, where):
    if " ~~ " in piece:
        prefix, suffix = piece.split(" ~~ ")
        start, _ = find_unique(text, prefix, where)
        end = text.find(suffix, start + len(prefix))
        if end < 0:
            raise SpecError(f"{where}: no {suffix!r} after {prefix!r}")
        segment = (start, end + len(suffix))
    else:
        segment = find_unique(text, piece, where)
    if "\n" in text[segment[0]:segment[1]]:
        raise SpecError(f"{where}: content piece {piece!r} crosses a line break")
    return segment


def distance(span, segments):
    return min(max(s[0] - span[1], span[0] - s[1], 0) for s in segments)


def overlaps(span, segments):
    return any(span[0] < s[1] and s[0] < span[1] for s in segments)


def nearest(text, locator, anchors, avoid, where):
    string, a, b = unbrace(locator)
    spans = [(p + a, p + b) for p in occurrences(text, string)]
    spans = [s for s in spans if not overlaps(s, avoid)]
    if not spans:
        raise SpecError(f"{where}: {locator!r} not found outside the content")
    spans.sort(key=lambda s: (distance(s, anchors), s[0]))
    best = spans[0]
    tie = len(spans) > 1 and distance(spans[1], anchors) == distance(best, anchors)
    return best, distance(best, anchors), tie


def resolve(text, relations, stem):
    resolved = []
    for rel in relations:
        where = f"{stem} (spec line {rel['line']})"
        segments = [content_segment(text, piece, where) for piece in rel["content"]]
        if sorted(segments) != segments:
            raise SpecError(f"{where}: content pieces out of order")
        cue, cue_dist, cue_tie = nearest(text, rel["cue"], segments, segments, where)
        source = src_dist = src_tie = None
        if rel["source"]:
            source, src_dist, src_tie = nearest(text, rel["source"], [cue], segments + [cue], where)
        resolved.append({"rel": rel, "segments": segments, "cue": cue, "source": source,
                         "cue_dist": cue_dist, "src_dist": src_dist,
                         "tie": bool(cue_tie or src_tie)})
    return resolved


def build_ann(text, resolved):
    lines, ids, events = [], {}, []

    def tline(kind, segs):
        key = (kind, tuple(segs))
        if key not in ids:
            ids[key] = f"T{len(ids) + 1}"
            offsets = ";".join(f"{a} {b}" for a, b in segs)
            covered = " ".join(text[a:b] for a, b in segs)
            lines.append(f"{ids[key]}\t{kind} {offsets}\t{covered}")
        return ids[key]

    for number, r in enumerate(resolved, 1):
        args = [f"Attribution:{tline('Cue', [r['cue']])}"]
        if r["source"]:
            args.append(f"Source:{tline('Source', [r['source']])}")
        if r["rel"]["c2"]:
            for i, seg in enumerate(r["segments"]):
                args.append(f"Content{i + 1 if i else ''}:{tline('Content', [seg])}")
        else:
            args.append(f"Content:{tline('Content', r['segments'])}")
        events.append(f"E{number}\t" + " ".join(args))
    return "\n".join(lines + events) + "\n"


def check_ann(text, ann, stem):
    """Every T span's covered text must equal its TEXT field; every E argument must exist."""
    tids = set()
    for line in ann.splitlines():
        fields = line.split("\t")
        if line.startswith("T"):
            kind, _, offsets = fields[1].partition(" ")
            segs = [tuple(int(x) for x in part.split()) for part in offsets.split(";")]
            covered = " ".join(text[a:b] for a, b in segs)
            if covered != fields[2]:
                raise SpecError(f"{stem}: {fields[0]} covers {covered!r}, not {fields[2]!r}")
            tids.add(fields[0])
        elif line.startswith("E"):
            for arg in fields[1].split():
                if arg.split(":")[1] not in tids:
                    raise SpecError(f"{stem}: {fields[0]} refers to missing {arg}")


def main(argv):
    review = "--review" in argv
    docs = parse_spec(SPEC)
    texts = sorted((HERE / "text").glob("pt_*.txt"))
    missing = {p.stem for p in texts} ^ set(docs)
    if missing:
        raise SpecError(f"texts and spec differ: {sorted(missing)}")
    total = 0
    for path in texts:
        stem = path.stem
        text = path.read_text(encoding="utf-8")
        resolved = resolve(text, docs[stem], stem)
        ann = build_ann(text, resolved)
        check_ann(text, ann, stem)
        total += len(resolved)
        if review:
            print(f"== {stem}")
            for i, r in enumerate(resolved, 1):
                flag = " TIE" if r["tie"] else ""
                far = " FAR" if r["cue_dist"] > 60 or (r["src_dist"] or 0) > 60 else ""
                src = text[r["source"][0]:r["source"][1]] if r["source"] else "-"
                cue = text[r["cue"][0]:r["cue"][1]]
                con = " | ".join(text[a:b] for a, b in r["segments"])
                print(f"E{i:<3} [{src} @{r['src_dist']}] [{cue} @{r['cue_dist']}]{flag}{far} {con[:90]}")
        else:
            (HERE / "ann" / f"{stem}_ann1.ann").write_text(ann, encoding="utf-8")
    print(f"{len(texts)} texts, {total} relations", file=sys.stderr)


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except SpecError as e:
        sys.exit(f"make_ann.py: {e}")
