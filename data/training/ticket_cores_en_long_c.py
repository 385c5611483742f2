"""A seventh set of hand-written English ticket messages (CC0): longer e-mails of three to seven
sentences for seven thinly covered categories (sizing_fit, damaged_or_wrong_item, complaint,
human_request, legal, business_inquiry, other). Each message puts the back-story, feelings and
details first and the real ask near the end, and mentions other topics in passing (late
parcels, refunds, invoices, marketing e-mails, accounts) so that the main ask has to be read
carefully. Writers vary: parents, grandparents, partners writing for a spouse, small-business
owners, non-native speakers, angry, sarcastic, formal, rambling and terse bullet-style e-mails.
Same slots as ``ticket_cores_en``, minus the second product."""

CORES: dict[str, list[str]] = {
    "sizing_fit": [
        (
            "My daughter turns sixteen next month and she has been dropping hints about the "
            "{garment} for weeks, so I'd like to surprise her. The trouble is she's between sizes "
            "at the moment: most of her tops are a small, but she's had a growth spurt and her "
            "shoulders are broader than they used to be. I've already checked that you deliver "
            "before her birthday, so that part's fine. Would you suggest the small or the medium "
            "for someone like her?"
        ),
        (
            "I am 78 years old and my granddaughter set up this computer for me so I could order "
            "a warm cardigan for the winter. For many years I was a size 14, but I have shrunk a "
            "little and my arms are thinner now. The postman was very kind and carried the parcel "
            "right to my door. The cardigan is lovely on the body, but the sleeves come down past "
            "my fingertips. Should I choose a smaller size next time, or is there a version with "
            "shorter sleeves?"
        ),
        (
            "Hello, I am living in {country} since two years and here the shoe sizes are "
            "different from my home. I buy many times from your shop and I am always happy with "
            "the quality and the fast shipping. Now I want the {garment} but the chart show only "
            "UK numbers. At home I am 41, and here people tell me it is 7 or 7.5. Which one I "
            "must take for your brand?"
        ),
        (
            "I've been training for my first half-marathon and bought your running shoes in my "
            "normal {size} {when}. Delivery was quick and the box was in perfect condition, no "
            "complaints there. After about five kilometres, though, my toes start hitting the "
            "front and I've already lost one toenail. A friend at my running club says running "
            "shoes should always be bought bigger. Should I go half a size or a full size up in "
            "this model?"
        ),
        (
            "Writing on behalf of my husband, who refuses to go anywhere near a computer. He fell "
            "for the waxed jacket he saw in your shop window, but they didn't have anything his "
            "size in store, so I said I'd order it online. He's 6 foot 2 and broad in the chest, "
            "about 46 inches, but slim at the waist, and he hates anything that feels tight when "
            "he lifts his arms. Which size would you recommend for him?"
        ),
        (
            "Quick details so you can advise: height 168 cm, weight 61 kg. Usually an M on the "
            "high street, an S in sportswear. I want a relaxed fit but not baggy. I already "
            "bought the matching joggers from you and the M was perfect. Which size of the "
            "{garment} matches all that?"
        ),
        (
            "This is the third pair of jeans I've bought from you, and every single one fits "
            "differently even though the label says the same size. The first were fine, the "
            "second were tight on the thighs, and this pair hangs off my hips like a sack. I'm "
            "not even asking for my money back. I just want to know whether this particular cut "
            "comes up big, and what size I should actually be buying."
        ),
        (
            "My son has just started at a new school and the uniform list says black leather "
            "shoes, no trainers. I drew round his feet on a sheet of paper this morning: 21.5 cm "
            "for the left foot and just under 22 cm for the right. He's growing like a weed, so "
            "I'd like a little growing room without him tripping over his own feet. Which of your "
            "children's sizes would fit him?"
        ),
        (
            "I'm one of five bridesmaids for my best friend's wedding in the summer, and the "
            "bride has chosen your {garment} in {colour}. The others have already ordered and the "
            "colour looks gorgeous on all of them. My measurements are bust 34, waist 27 and hips "
            "41, so my hips put me two sizes above my top half. Is the skirt generous enough for "
            "the smaller size, or should I size up for my hips?"
        ),
        (
            "I'm five months pregnant and running out of things that fit, although I'm trying not "
            "to buy proper maternity wear for everything. I spotted the wrap dress on your site "
            "and several reviews say the fabric has plenty of stretch. Before I place an order, "
            "I'd love to know whether it will accommodate a growing bump in my usual size, or "
            "whether I should go one size up."
        ),
        (
            "The {garment} arrived {when} and I have to say the packaging was beautiful, it "
            "really felt like a treat. Unfortunately, when I put it on, the waist is fine but the "
            "hips and seat are so tight that I can't sit down comfortably. I followed your size "
            "chart to the letter, so I'm a bit confused. Is this style known to run small, and "
            "would one size up fix the hips without the waist gaping?"
        ),
        (
            "So I've been meaning to write for ages. Long story, but I used to buy all my work "
            "shirts from a shop that closed down last year, and since then I've tried about four "
            "brands and none of them fit my neck and my arms at the same time. A colleague swears "
            "by yours. I have a 16.5 inch neck but quite long arms, around 35 inches. Which of "
            "your shirt sizes would cover both of those measurements?"
        ),
        (
            "I must first say how much I have enjoyed the brogues I purchased from you last "
            "spring; they have worn wonderfully. I am now considering the leather boots from the "
            "same range. However, I notice that several reviewers describe the boots as narrower "
            "than the brogues. As I have rather wide feet, I would be most grateful for your "
            "advice on whether to order half a size up or whether a wide fitting is available."
        ),
        (
            "We're heading to the Alps in February and I'm kitting out the whole family, so "
            "expect a few orders from me over the next few weeks! For now I'm stuck on the ski "
            "jacket for myself. I normally wear a medium, but I'll be layering a thermal top and "
            "a fleece underneath it. Is the jacket cut with room for layers, or do most people "
            "size up?"
        ),
        (
            "ok so my aunt got me the {garment} for my birthday and i love the colour but it's "
            "really long on me, like it goes way past where it's meant to. i'm pretty short (155 "
            "cm) so maybe that's why. she kept the gift receipt so no stress there. is it just "
            "cut long or should she have got a size smaller for someone my height?"
        ),
        (
            "My girlfriend and I want matching hoodies for a festival this summer, which sounds "
            "cheesy, but we've decided not to care. Your hoodie only seems to come in men's "
            "sizing. She's a women's 10 in most shops and quite petite, while I'm a standard "
            "large. What men's size would be the closest fit for her?"
        ),
        (
            "I had a proper fitting at a department store last month and was told I've been "
            "wearing the wrong bra size for years: apparently I'm a 32E rather than the 34C I'd "
            "always bought. I was a bit shocked, to be honest. Your bras are listed in S, M, L "
            "and XL only. Could you tell me which of those would correspond to a 32E?"
        ),
        (
            "My wife tells me I've a big head, and she's not wrong: most caps sit on top of it "
            "like a pea on a drum. I measured round my forehead with her sewing tape and it came "
            "to 62 cm. I'd like the tweed flat cap from your website for our cliff walks, as the "
            "wind up there is fierce. Would your largest size be big enough, or is it still going "
            "to perch on top?"
        ),
        (
            "My partner asked me to sort this out because he's working away all week. He bought "
            "the chinos in {size} and the waist is spot on, but they're about four inches too "
            "long and he doesn't want the hassle of getting them taken up. His inside leg is "
            "roughly 29 inches. Which leg length should he go for so they sit properly on his "
            "shoes?"
        ),
        (
            "Our first grandchild is due in April and I've been knitting for months, but I'd like "
            "to buy a couple of proper outfits as well. Everyone keeps telling me newborns grow "
            "out of everything in a fortnight. Both parents are very tall, so the midwife is "
            "expecting quite a long baby. Would you recommend your newborn size or the 0-3 months "
            "for a first outfit?"
        ),
    ],
    "damaged_or_wrong_item": [
        (
            "The parcel took almost two weeks longer than promised, which I was prepared to let "
            "go because the {carrier} tracking showed it stuck at a depot over the holidays. When "
            "it finally arrived, though, the glass top of the coffee table was shattered into a "
            "hundred pieces, and the box had clearly been dropped. I've taken photos of the box "
            "and the broken glass. Please send a replacement table top, or tell me how you'd like "
            "to handle it."
        ),
        (
            "I ordered a pair of brown walking boots for my husband's birthday, {order}, and "
            "double-checked the size before paying. What arrived today is a pair of grey women's "
            "ankle boots, not even close. The label on the shoebox matches what's inside, so I "
            "think someone simply picked the wrong box. His birthday is on Saturday, so could you "
            "send the correct boots as quickly as possible?"
        ),
        (
            "Small business owner here: I run a little café and ordered six of your enamel mugs "
            "and a teapot for our new counter display. The box arrived this morning, beautifully "
            "packed, thank you. There are only five mugs in it, though, and the packing slip "
            "clearly says six. Could you send the missing mug so the set is complete?"
        ),
        (
            "My elderly father received the {item} you sent him {when}, and I set it up for him "
            "over the weekend. It worked for about an hour, then the display started flickering, "
            "and now it won't switch on at all, even plugged into a different socket. He was so "
            "looking forward to using it. What should we do about this faulty unit?"
        ),
        (
            "Hello, I receive today my order {order}, thank you for the quick shipping. But when "
            "I open the box, the bottle of olive oil is broken and the oil is all over the other "
            "products, and the two books are also ruined. I attach the photos. What I can do now, "
            "you can send me new ones?"
        ),
        (
            "Unbelievable. I waited {wait} for this {item}, paid extra for the premium version, "
            "and what comes out of the box is a scratched, dented unit that someone has obviously "
            "already returned. There are fingerprints on the screen and the protective film has "
            "been peeled off. I'm not paying full price for second-hand goods. Send me one that "
            "is actually new."
        ),
        (
            "I ordered the {garment} in {size}, which is my usual size, and I was really excited "
            "because it had been out of stock for ages. The bag came today and the label inside "
            "shows a size two sizes bigger. My order confirmation clearly says {size}, so this is "
            "a packing mistake, not me choosing wrong. Can you send me the size I actually "
            "ordered?"
        ),
        (
            "We bought the bunk beds for our twins and spent Saturday afternoon assembling them, "
            "which was an adventure in itself. Halfway through, we discovered that the bag of "
            "bolts for the ladder isn't in any of the three boxes. The kids are now sleeping on "
            "mattresses on the floor and are not thrilled about it. Please could you post the "
            "missing ladder fittings?"
        ),
        (
            "Order {order}, delivered {when}. Outer box: fine. Item inside: lid cracked, one "
            "handle hanging loose. It's the casserole dish I bought for my mother's birthday "
            "dinner on Sunday, so timing matters. Photos attached. I need a replacement, not a "
            "refund, and I'd like to know when it will be sent."
        ),
        (
            "I'm decorating my daughter's bedroom in sage and cream and ordered the curtains in "
            "sage to match the paint we'd already bought. The curtains that came are a bright "
            "mint green, and the label on the packet actually says mint. I know colours look "
            "different on screens, but this isn't a shade difference, it's a different product. "
            "Could you get the sage ones sent out to me?"
        ),
        (
            "I've been buying your dog food on and off for a year and my spaniel loves it. This "
            "month's bag arrived split along the bottom seam, with half the kibble loose in the "
            "delivery box, which also had a damp patch. I'm not comfortable feeding her anything "
            "that's been sitting in wet cardboard. What can be done about the damaged bag?"
        ),
        (
            "My son saved his pocket money for months to buy the remote-control car, and he was "
            "over the moon when the parcel came. Sadly, the car only drives backwards; pushing "
            "forwards does nothing, and we've tried fresh batteries and re-pairing the controller "
            "as the manual says. He's eight and quite upset. It seems to be faulty, so how do we "
            "get it fixed or replaced?"
        ),
        (
            "I should like to begin by saying that your customer service has always been "
            "excellent, and I have recommended you to several friends. Regrettably, the porcelain "
            "dinner service I received on Tuesday contained two side plates with hairline cracks, "
            "which only became visible when I washed them. I would be grateful if you could "
            "arrange replacements for the two damaged plates."
        ),
        (
            "My order was split into two deliveries, which your e-mail explained, and both boxes "
            "have now come with {carrier}. Between them, however, the {item} is nowhere to be "
            "found, even though it's listed on the packing slip. I've been through all the "
            "packaging twice and asked the neighbours in case anything was left with them. Could "
            "you look into why it wasn't in either box and send it to me?"
        ),
        (
            "I've worn the new hiking boots exactly twice and I'm already disappointed, which is "
            "a shame because I saved up for them. The sole on the left boot is coming away from "
            "the upper at the toe, and there's a gap you could fit a fingernail into. I haven't "
            "even been hiking yet, just walking to the office. This has to be a manufacturing "
            "fault; please tell me how to get it dealt with."
        ),
        (
            "Ordered the 12-cup coffee maker, received the 4-cup one. Honestly, it's tiny; it "
            "looks like a toy next to the kettle. Our office gets through a lot of coffee, which "
            "is why I chose the big one in the first place. Can you send the right model and "
            "arrange for this one to be collected?"
        ),
        (
            "Right, so my partner ordered a lamp from you as a surprise for our anniversary, and "
            "I wasn't supposed to know, but the box came while she was at work and I opened it by "
            "mistake. First of all, sorry to her. Second, the lampshade is crumpled on one side "
            "like someone sat on it, and the base has a chip out of it. She'll be gutted. Is "
            "there any way you could send a replacement before Friday so she never has to see "
            "this one?"
        ),
        (
            "The delivery came in a single box with a bottle of hand soap wrapped in nothing but "
            "tissue paper, right next to a hardback cookbook. You can guess what happened: the "
            "pump came loose, soap soaked through the book, and the cover is now warped and "
            "sticky. The book was the main thing I wanted. Please send me a fresh copy."
        ),
        (
            "I spent the morning on hold with my internet provider about something unrelated, so "
            "I'm not in the best mood, and then the wireless headphones I ordered from you {when} "
            "turn out to have no sound in the left ear. I've tried them with my phone, my laptop "
            "and my son's tablet; the right side is fine, the left is silent. They're brand new. "
            "How do you want to handle this faulty pair?"
        ),
        (
            "I ordered four dining chairs in an oak finish, and the delivery men carried them all "
            "the way up to our fourth-floor flat yesterday, which was very kind of them. "
            "Unpacking them this morning, I noticed that one chair is clearly walnut, much darker "
            "than the other three. It sticks out like a sore thumb around the table. Could you "
            "exchange it for an oak one?"
        ),
    ],
    "complaint": [
        (
            "I've been ordering from you since before you had an app, and I've always defended "
            "you to friends who say you've got too big. After this month I'm not sure I can. I "
            "rang about a delivery and was kept on hold for fifty minutes, then the agent sighed "
            "loudly and told me to read the website. The parcel did turn up in the end, so that "
            "isn't the issue. The issue is the attitude, and I'd like this registered as a formal "
            "complaint."
        ),
        (
            "Congratulations on reaching a new low. I raised a simple question about {order} "
            "{wait} ago, got an automated 'we're on it' e-mail, and have heard nothing since. "
            "Meanwhile your marketing team has managed to send me eleven promotional e-mails, so "
            "clearly someone over there can type. I'm not asking for anything any more. I just "
            "want whoever reads this to know how utterly fed up I am with the way you treat your "
            "customers."
        ),
        (
            "When I telephoned your company on Monday, I feel I was treated very poorly. I am 82 "
            "and my hearing is not what it was, so I asked the young man to speak a little more "
            "slowly. He became impatient and told me he didn't have all day. I have been a loyal "
            "customer for many years and have never been spoken to like that before. I wish to "
            "make a complaint about his manner."
        ),
        (
            "Your courier left my parcel in the recycling bin, in the rain, and photographed it "
            "there as proof of delivery. The {item} inside survived, amazingly, so this isn't "
            "about damage. But when I raised it on your chat, I was told a bin counts as a safe "
            "place and the conversation was closed on me. That's not good enough, and I want it "
            "logged as a complaint about both the driver and the way your team brushed me off."
        ),
        (
            "I am customer of your shop since three years and I always recommend you to my "
            "friends. But last month the experience was very bad. I wrote four e-mails about my "
            "order and every time a different person answer, and nobody read what I wrote before. "
            "I feel like nobody care about me. I want to make a complaint about this service, it "
            "is not professional."
        ),
        (
            "Complaint, for the record. Three chats, three different answers. A call back "
            "promised twice, never happened. My ticket closed without my agreement. The order "
            "itself is sorted now, but the service I got along the way was shocking and I want "
            "that on file."
        ),
        (
            "As a small business owner myself, I know mistakes happen and I try to be "
            "understanding. But the way your team has handled my last few orders has been "
            "careless: wrong invoices, dispatch dates that slipped without notice, and replies "
            "that answer a different question from the one I asked. I've already sorted the "
            "invoices out with your billing people. I'm writing simply to say I'm very unhappy "
            "with the standard of service and want this passed on as a complaint."
        ),
        (
            "I am absolutely livid. Your agent told me in writing that my return would be "
            "collected on Thursday, so I took a day off work to wait in. Nobody came. When I "
            "chased it, another agent said collections never happen on Thursdays and the first "
            "one must have been mistaken, with no apology whatsoever. I've lost a day's pay "
            "because of your staff, and I want to put in a formal complaint."
        ),
        (
            "I hesitate to write this, because your products are lovely and I still intend to "
            "shop with you. However, I feel I should tell you that my visit to your returns desk "
            "{when} left me feeling like a suspect. The staff member questioned me at length "
            "about whether I'd worn the item, loudly enough for other customers to hear. It was "
            "embarrassing and entirely unnecessary, and I would like my complaint about it to be "
            "recorded."
        ),
        (
            "Your website promised next-day delivery on anything ordered before 8pm, so I ordered "
            "at 6pm for a christening the following day. It turned up three days later. I've "
            "since found the small print excluding bank holidays, so I'm not after compensation. "
            "What I'm unhappy about is that the checkout said 'arrives tomorrow' in big green "
            "letters right up until I paid. That is misleading, and I'd like to lodge a complaint "
            "about it."
        ),
        (
            "I'm writing for my wife, who is too upset to do it herself. She went to your "
            "click-and-collect counter and was told twice to come back later, then kept waiting "
            "forty minutes while two staff members chatted about their weekend. When she finally "
            "said something, one of them rolled her eyes at her. We have the order now, but we "
            "both feel she was treated with real disrespect, and we want to complain about it."
        ),
        (
            "I joined your loyalty scheme because your adverts said members get looked after. In "
            "the past two months I've had a discount code rejected twice, been told by one agent "
            "it was my own fault and by another that the system 'does that sometimes', and then "
            "received a survey asking me to rate my experience. I've rated it, and I'll say it "
            "here too: I'm deeply disappointed in how I've been treated as a so-called valued "
            "member."
        ),
        (
            "Where do I even start. I placed an order in November, which eventually arrived, "
            "fine. Then I was charged a second time, which your billing team refunded, "
            "eventually, also fine. Then I got an e-mail thanking me for a return I never made, "
            "and when I asked about it I was told to ignore it. Each thing is small on its own, "
            "but together it feels like nobody there knows what anyone else is doing, and I'm "
            "thoroughly fed up with it."
        ),
        (
            "I was in your high street store {when} with my disabled son, and we asked whether "
            "there was a quieter spot to wait while our order was fetched from the back. The "
            "assistant told us it wasn't a hospital and walked off. My son was very distressed "
            "for the rest of the day. I would like to make a formal complaint about that member "
            "of staff and about the lack of basic kindness we were shown."
        ),
        (
            "honestly done with you lot. every time i contact you it's a different excuse, and "
            "the last person literally told me to stop emailing so much. i've spent hundreds with "
            "you over the years and this is how you talk to people?? consider this a complaint, "
            "because that was out of order"
        ),
        (
            "It has now been {wait} since I first reported a problem with {order}. In that time "
            "I've had one reply, which asked for information I'd already included in my very "
            "first e-mail. The problem was eventually solved by the manufacturer, not by you. I'm "
            "writing so that there is a record of how slow and unhelpful your support team has "
            "been."
        ),
        (
            "Someone from your phone sales team rang me three times in one week to push an "
            "extended warranty on the {item} I'd bought, even after I'd clearly said no on the "
            "first call. The last call came at half past eight on a Sunday morning and woke the "
            "baby. I'm very unhappy about these pushy tactics and want to formally complain."
        ),
        (
            "What a delight your customer service is. First I'm told my issue has been escalated, "
            "then that there's no record of it, and then I'm sent a link to an FAQ page that "
            "doesn't exist. Truly a masterclass. In the end I gave up and bought the thing "
            "elsewhere, so I don't need anything from you, except for you to know that I'm "
            "thoroughly unimpressed."
        ),
        (
            "I am writing to express my considerable dissatisfaction with the handling of my "
            "recent enquiry. Despite my providing full details, photographs and the order "
            "reference {order} at the outset, I was asked for the same information on three "
            "separate occasions by three different advisers. The matter has since been resolved, "
            "but the process was tiresome and inefficient. Please treat this letter as a formal "
            "complaint about the standard of service I received."
        ),
        (
            "Three times now your driver has refused to carry parcels up to my door and left a "
            "card saying I wasn't in, when I was sitting right by the window watching him. I'm in "
            "a wheelchair, so trekking to the depot isn't a small thing for me. Your team keeps "
            "apologising and nothing changes. I want it on record that I'm extremely unhappy with "
            "how I'm being treated."
        ),
    ],
    "human_request": [
        (
            "I've read through your help centre twice and tried the chatbot, which kept offering "
            "me the returns page, although my question is about a warranty repair on an {item} "
            "bought three years ago. It's a bit complicated, because the original order was "
            "placed on my late mother's account. I'd really rather explain this to a real person "
            "than type it all out. Could someone from your team phone me?"
        ),
        (
            "My grandson usually helps me with the computer, but he has gone back to university. "
            "I have a question about my order and I find these forms very confusing; I don't even "
            "know whether my last two messages went through. Is there a telephone number where I "
            "can speak to a person? I am usually at home all day."
        ),
        (
            "Hello, my English writing is not so good, it is more easy for me to speak. I have "
            "some problem with the {item} I bought, but to explain it in e-mail is very difficult "
            "for me. Can somebody from your team call me on the phone? My number is in my "
            "account. Thank you very much."
        ),
        (
            "Re: {order}. Chatbot can't help. FAQ doesn't cover it. This is my third message this "
            "week, and each time I get a template that doesn't match my question. I need an "
            "actual human agent to reply, so please pass this on to someone who can read it "
            "properly."
        ),
        (
            "If I get one more automated reply telling me my query is important, I'm going to "
            "scream. I've spent forty minutes with your virtual assistant going round the same "
            "three options about delivery times, and none of them apply to me. Put me through to "
            "a living, breathing human being. Now, please."
        ),
        (
            "I run a small bakery and I'm an existing customer, so I'm not trying to sell you "
            "anything. Something has gone wrong with the account we use to order packaging from "
            "you, and it's affecting our own deliveries, so I'd really like to talk it through "
            "with someone live. Is there a number I can ring during the working day, or could "
            "somebody call me back this afternoon?"
        ),
        (
            "I'm writing on behalf of my husband, who's recovering from an operation and can't "
            "manage long e-mails at the moment. He has a query about {order}, and the quickest "
            "way to sort it would be a short phone call with one of your advisers. He's free most "
            "mornings. Could somebody call him back on the number we have registered with you?"
        ),
        (
            "Thank you for the e-mail you sent on Monday. I appreciate the detailed reply, but "
            "I'm afraid I still don't quite follow what happens next with the replacement, and "
            "the back-and-forth is taking a long time. Would it be possible to arrange a call "
            "with a member of staff instead? Any time after 4pm on a weekday works for me."
        ),
        (
            "I've now spoken to two of your agents over chat, and both were perfectly polite, but "
            "neither of them seemed to have the authority to make a decision on my case. I don't "
            "want to complain about them; they were clearly trying. I'd just like my case passed "
            "up to a supervisor or team leader who can speak to me about it directly."
        ),
        (
            "I'm currently working on a ship and only have internet for a few hours a week, so "
            "e-mail back-and-forth isn't going to work for me. There's a problem with the tent I "
            "ordered, which I won't go into here. When I'm next in port on Thursday I'd like to "
            "phone your customer service directly. What number should I call from abroad?"
        ),
        (
            "I do hope I'm not being a nuisance. I've tried the live chat on your website several "
            "times this week, but it always seems to close before anyone joins. I have a question "
            "about a gift order that's a little sensitive, and I'd feel far more comfortable "
            "discussing it with a real person. Might someone be able to ring me at a time that "
            "suits?"
        ),
        (
            "Okay, this is probably going to be a long one, which is exactly why I want to speak "
            "to someone. There's an order from March, which was fine, one from April that was "
            "only partly fine, a gift card that I think went onto the wrong one, and something my "
            "partner ordered on my account too. Honestly, I can't type it all out. Could one of "
            "your team give me a quick call to untangle it?"
        ),
        (
            "Your chat assistant has now tried to cancel my order twice, when all I said was that "
            "I had a question about it. Luckily I stopped it both times. I'm not trusting that "
            "thing with anything else. Can I please be transferred to an actual member of your "
            "customer service staff?"
        ),
        (
            "ive emailed three times about {order} and all i get back is the same auto reply with "
            "links to the faq. not being funny but is anyone actually there?? i've been patient "
            "but this is getting silly. i just need a real person to look at it, so can someone "
            "get back to me properly or give me a number to ring"
        ),
        (
            "I should be grateful if a member of your customer relations team could contact me by "
            "telephone at their earliest convenience. The matter concerns {order} and involves "
            "some details I would prefer not to set out in writing. I am generally available "
            "between 10am and 3pm. Thank you in advance for your assistance."
        ),
        (
            "My mum placed an order with you {when} and has since been admitted to hospital, so "
            "I'm looking after her post and her accounts for now. There are a few things I need "
            "to sort out on her behalf, and I'd much rather speak to a person than fill in forms. "
            "Could somebody from your team ring me back, or tell me the best number to call?"
        ),
        (
            "Is there any way to reach a real person at your company other than this form? Phone, "
            "WhatsApp, live chat with staff, anything at all. I've got a question about {order} "
            "that needs a two-minute conversation, and waiting {wait} for each e-mail reply just "
            "isn't working for me."
        ),
        (
            "Your products are great and the courier was lovely, so I don't want this to sound "
            "like a moan. But I've been stuck in a loop with your automated help for two days "
            "now, and every answer links back to the same page. Please, just connect me with a "
            "human agent so I can get this sorted out."
        ),
        (
            "I have dyslexia, and reading long help articles and writing detailed e-mails is "
            "genuinely hard work for me. I have a problem with my account and one of my orders, "
            "and I know I'd explain it much better out loud. Could I please have a call back from "
            "a member of your team instead of an e-mail reply?"
        ),
        (
            "I visited your store last Saturday and the staff did their best, but they told me my "
            "issue had to go through head office. I've since been passed between the store and "
            "your online team three times. Before I lose the will to live: could you give me the "
            "name and direct number of someone at head office I can actually talk to?"
        ),
    ],
    "legal": [
        (
            "I ordered a {item} for {amount} at the start of last month, and since then I've had "
            "two 'dispatched' e-mails, a tracking link that doesn't work, and four unanswered "
            "messages. I was patient at first, because I know the holidays are busy. I've now run "
            "out of patience and opened a chargeback with my bank today. Please consider this "
            "notice that the dispute is in progress."
        ),
        (
            "I was a customer of yours for about five years and closed my account in the spring "
            "when I moved to {country}. Since then I've still been getting personalised e-mails "
            "that mention purchases I made years ago, which makes me wonder what you're keeping. "
            "Under Article 15 of the GDPR, I'm requesting a full copy of the personal data you "
            "hold about me, including where it came from and who it has been shared with."
        ),
        (
            "I'm an illustrator, and a friend sent me a link to your shop last night because one "
            "of your tote bags carries a design that is, line for line, a piece I posted on my "
            "portfolio two years ago. I have never licensed my work to your company, and I have "
            "the original files with timestamps. Remove the product from sale immediately and "
            "confirm this in writing. If I don't hear back within 14 days, I'll be passing the "
            "matter to my solicitor."
        ),
        (
            "My dad, who is in his eighties, received a parcel from you this week that he never "
            "ordered, and when we checked his bank statement we found three orders placed in his "
            "name using his card. Someone has clearly got hold of his details. We've reported it "
            "to the police and have a crime reference number. I'm writing to formally report "
            "these orders as fraud, and to ask that you keep all the records for the "
            "investigation."
        ),
        (
            "I bought a child's car seat from your site on the strength of the safety "
            "certification mentioned in the description. On closer inspection, the labels inside "
            "show no certification mark at all, and the manufacturer's website has no record of "
            "the model. I've reported the listing to Trading Standards and sent them copies of "
            "your product page. I'd strongly advise withdrawing it before a child gets hurt."
        ),
        (
            "We act for Mrs J. Patel in relation to a sofa purchased from your company under "
            "order {order}, the frame of which collapsed and caused her injury. Our client has "
            "instructed us to pursue a claim for personal injury and associated losses. Kindly "
            "acknowledge receipt of this letter within 14 days and provide the details of your "
            "insurers."
        ),
        (
            "I'm not someone who enjoys conflict, and I did try to sort this out with you "
            "directly. I sent the {garment} back exactly as your instructions said, with proof of "
            "postage, and your warehouse insists it never arrived. Since your team has stopped "
            "replying, I've opened a case with PayPal under buyer protection and uploaded the "
            "postage receipt. Please direct any further correspondence about this to the PayPal "
            "resolution centre."
        ),
        (
            "Hello, I made one order in your shop two years ago and never again. Now I receive "
            "all the time SMS and e-mails from you, and also from other companies with my name, "
            "so I think you sell my data. I want you to delete all my personal information from "
            "your systems, like the GDPR say. Please confirm to me in writing when it is done."
        ),
        (
            "Right. Three months, six e-mails and two phone calls, and I still don't have the "
            "{amount} you owe me for a cancelled order. I've been more than reasonable. As of "
            "today my solicitor has the full file and will be sending you a letter before action. "
            "Any further communication should go through her, not me."
        ),
        (
            "I've kept every receipt, screenshot and e-mail from this whole sorry saga with the "
            "washing machine, from the first fault to the engineer who never turned up. My "
            "patience has run out. I'm filing a claim in the small claims court for the cost of "
            "the machine plus my losses, and I'm letting you know as a courtesy before the "
            "paperwork arrives."
        ),
        (
            "This morning I received an e-mail addressed to me by name and quoting my last order "
            "number, asking me to confirm my payment details on a website that isn't yours. The "
            "only place those details could have come from is your customer database. I want to "
            "know whether you've had a data breach, whether it has been reported to the "
            "Information Commissioner's Office, and exactly which of my personal data has been "
            "exposed."
        ),
        (
            "I own a small candle company, and our brand name has been a registered trademark "
            "since 2019. This week several of our customers asked whether we'd started selling "
            "through you, because your new candle range uses our name and a very similar logo. We "
            "haven't, and we have not authorised this. Please treat this message as formal notice "
            "to stop using the mark; our legal representative is copied in."
        ),
        (
            "I bought a laptop from your shop in {country} and it stopped working after four "
            "months. Your team refused the warranty and said it was my fault, without any "
            "explanation. In my country the law gives two years of guarantee for defects, and you "
            "cannot simply refuse like this. I have opened a case with the European Consumer "
            "Centre and they will be contacting you."
        ),
        (
            "My wife asked me to write because she's been dealing with this for weeks and is "
            "exhausted. Your company took a payment of {amount} from her account for a "
            "subscription she cancelled in writing back in January, and she has the cancellation "
            "confirmation. We've now asked the bank to reverse the payment as an unauthorised "
            "transaction, and they've opened an investigation."
        ),
        (
            "Re: {order}. Goods never received. Refund refused. Five e-mails ignored. I've given "
            "you more than a month to put this right and heard nothing useful. A dispute is now "
            "open with my card issuer, so do not contact me about this except in writing."
        ),
        (
            "Last summer I posted a photo of my daughter wearing one of your dresses and tagged "
            "you, because we loved it. I've now found that same photo on your homepage and in a "
            "paid advert, and nobody ever asked my permission. I never agreed to my child's image "
            "being used commercially. Take it down everywhere it appears, and tell me what other "
            "images of us you are holding."
        ),
        (
            "I'm a collector and I know these trainers inside out, so I noticed straight away "
            "that the pair I received from you is fake: wrong stitching, wrong box, and a serial "
            "number that doesn't exist. You advertised them as authentic. I've reported your "
            "listing as fraudulent to the marketplace, to trading standards and to the brand's "
            "own legal team."
        ),
        (
            "I'll try to keep this brief, though it's a long story. Back in the autumn I signed "
            "up on your site for a discount, and ever since I've been getting calls from "
            "companies I've never heard of who know exactly what I bought from you. When I asked "
            "one of them where they got my number, they said from a partner retailer. I never "
            "consented to my details being passed on, so under data protection law I want a list "
            "of every third party you've shared my information with."
        ),
        (
            "Fine, if you won't answer, my bank will. I've just spent forty minutes on the phone "
            "with them, and they're reversing the payment for an order that never turned up. I "
            "wanted to give you the chance to do the right thing and you ignored it. Expect a "
            "chargeback notification for {order} any day now."
        ),
        (
            "I write further to my previous correspondence regarding the faulty heater, to which "
            "I have received no substantive reply. Given the safety risk, as the unit overheated "
            "and scorched my floor, I have now reported the matter to the Office for Product "
            "Safety and Standards and to my local Trading Standards office. I reserve the right "
            "to pursue further legal remedies and ask that you preserve all records relating to "
            "this product."
        ),
    ],
    "business_inquiry": [
        (
            "We opened a small café in the spring, and plenty of our customers have asked where "
            "our mugs come from, since I bought a few of yours for the counter. It got me "
            "thinking that we could sell them on a little shelf by the till. I'd love to know "
            "whether you offer wholesale pricing to small independent businesses, and what the "
            "minimum order would be."
        ),
        (
            "Every December our firm sends a small gift to its clients, and this year the "
            "partners have asked me to find something less predictable than wine. Your {item} "
            "made our shortlist and everyone liked it. We'd need around 120 units, ideally "
            "gift-wrapped and delivered to our office by the first week of December. Could you "
            "put together a quote for that?"
        ),
        (
            "Hi! I'm a mum of three and I share our family's day-to-day life on Instagram and "
            "TikTok, where I have a community of around 45,000 followers, mostly parents. We've "
            "been using your lunchboxes for a year and honestly they've survived everything my "
            "kids throw at them. I'd love to talk about a collaboration with you: a sponsored "
            "post, a giveaway or an affiliate code, whatever works best for your brand."
        ),
        (
            "Dear purchasing manager, we are a packaging factory located in {country} with more "
            "than fifteen years of experience. We notice your products are shipped in plain "
            "cardboard boxes, and we think we can offer you printed, eco-friendly boxes at a "
            "better price. We can send free samples and our catalogue. Please let us know who is "
            "the right person to contact."
        ),
        (
            "I'm a freelance journalist working on a feature about family-run businesses that "
            "survived the pandemic, for a national weekend supplement. Your shop was recommended "
            "to me by one of your customers, who spoke very warmly of you. I'd love to interview "
            "your founder, by phone or in person, some time in the next two weeks. Would that be "
            "possible?"
        ),
        (
            "I own an independent bookshop, and we've started carrying a small range of gifts "
            "alongside the books: notebooks, bookmarks, that sort of thing. A customer bought one "
            "of your literary tote bags as a present and three people have since asked me where "
            "it came from. Do you supply shops like ours, and if so, could you send me your trade "
            "price list and terms?"
        ),
        (
            "I'm a PE teacher, and our school is finally replacing the sports kit that's been in "
            "use since before I arrived. We'd like around 250 of your training tops in two "
            "colours, with the school crest printed on the chest. Is this something you could "
            "quote for, and do you offer a discount for schools?"
        ),
        (
            "I run a fairly popular blog about hiking in the UK, around 30,000 readers a month, "
            "and I often link to gear I actually use, including your waterproofs. At the moment I "
            "just send people to your site for nothing. Do you have an affiliate programme I "
            "could join, and what sort of commission does it pay?"
        ),
        (
            "Company: events agency, mid-sized, running events like this several times a year. "
            "Need: 400 x {item}, logo printed. Deadline: mid-March. Delivery: one address in "
            "{country}. We'd want a sample first to show the client. Can you quote for this, and "
            "what is the lead time?"
        ),
        (
            "Our company distributes homeware to around sixty independent retailers across "
            "{country}, and we're expanding our range for the coming season. Your ceramics caught "
            "our eye at a trade fair last month, although your stand was so busy that we never "
            "managed to speak to anyone. We'd like to discuss becoming your distributor for our "
            "region. Who would be the best person to talk to?"
        ),
        (
            "I manage a boutique hotel with forty rooms, and we're refreshing all the bedrooms "
            "over the winter. I've been sleeping on one of your linen pillowcases at home for a "
            "year and I'm completely converted. We'd need roughly 160 pillowcases and 80 duvet "
            "covers, plus replacements every year. Do you offer trade accounts for the "
            "hospitality sector?"
        ),
        (
            "Hello, I host a weekly podcast about slow living and sustainable homes, with around "
            "20,000 downloads an episode. Your brand keeps coming up when listeners write in with "
            "recommendations, which is partly why I'm reaching out. We're looking for a sponsor "
            "for our next season of twelve episodes. Would your marketing team be open to a chat "
            "about advertising with us?"
        ),
        (
            "Our office manager left suddenly last month and I've inherited the job of ordering "
            "everything from teabags to desk lamps for about 80 staff. At the moment we buy from "
            "you one order at a time on a personal card and claim it back, which is a nightmare "
            "for everyone. Is it possible to set up a business account with monthly invoicing and "
            "volume pricing?"
        ),
        (
            "I volunteer for a homeless charity, and every winter we put together care packs for "
            "people sleeping rough. This year a local company has donated funds, so we'd like to "
            "buy 300 pairs of your thermal socks and 300 hats. What price could you do for that "
            "quantity, and could you deliver it all to our warehouse?"
        ),
        (
            "I manage a new lifestyle market in the old railway arches, open every weekend with "
            "around 5,000 visitors. We're selecting a handful of online brands for a three-month "
            "pop-up programme, and yours fits the feel we're after. We'd provide the space and "
            "fittings at a reduced rate for the first month. Would you be interested in taking "
            "part, and who should I send the details to?"
        ),
        (
            "i make woodworking videos on youtube (about 120k subs) and i'm putting together a "
            "best tools for beginners video for next month. your chisel set is on my list and i'd "
            "like to feature it properly. would you be up for sending a review sample, or even "
            "sponsoring the video? happy to share my media kit"
        ),
        (
            "We're launching an online marketplace for handmade and small-batch goods in "
            "{country} and have been approaching brands we admire. There's no listing fee for "
            "founding sellers during the first year, only a small commission on each sale. I'd be "
            "delighted to set up a short call to explain how it works and whether it could suit "
            "you."
        ),
        (
            "I plan weddings for a living, and one of my couples this summer has fallen for your "
            "{item} as table favours. We'd need 180 of them, each with a small personalised tag, "
            "delivered to the venue two days before the wedding. I often get requests like this, "
            "so I'd also be open to a regular arrangement. Could you send me your pricing for "
            "bulk orders?"
        ),
        (
            "So, a bit of background: my brother and I took over our dad's garage last year and "
            "we're trying to smarten the place up, with a new sign, a new website and now proper "
            "workwear for the six of us and our apprentice. Your work jackets look tough enough "
            "for what we do. Could we order seven of them with our garage logo embroidered on the "
            "back, and what would that cost?"
        ),
        (
            "Our national cycling charity is seeking a commercial partner for its annual "
            "fundraising ride. Partners receive branding at every start and finish line, space in "
            "our participant pack and exposure to around 12,000 riders and their families. Given "
            "your range of outdoor clothing, we believe there is a natural fit. I would welcome "
            "the opportunity to discuss a partnership with the relevant member of your team."
        ),
    ],
    "other": [
        (
            "I think I may have the wrong e-mail address, but this was the only contact I could "
            "find online. I'm trying to reach the dental surgery on Mill Lane to move my "
            "appointment on Thursday, because my son has a school concert and I promised I'd be "
            "there. If this isn't the surgery, could you possibly let me know? Apologies for the "
            "bother."
        ),
        (
            "My daughter had a school project on how online businesses work, and she was supposed "
            "to interview someone who runs one. Her teacher has now changed the topic to "
            "volcanoes, so what she actually needs is help explaining why some volcanoes erupt "
            "explosively while others just ooze lava. She's eleven and I'm out of my depth. Could "
            "anyone explain it simply?"
        ),
        (
            "Dear Beneficiary, we are pleased to inform you that your e-mail address was selected "
            "in the annual International Online Shoppers Draw held in {country}, and you have won "
            "a cash prize of {amount}. To release your winnings, reply with your full name, date "
            "of birth and bank details, together with a small processing fee. This offer is "
            "strictly confidential; do not discuss it with anyone. Congratulations once again."
        ),
        (
            "Good afternoon. I am trying to find out what time the library closes on a Saturday, "
            "as my granddaughter usually takes me and she works until two o'clock. The number in "
            "my old telephone directory seems to be out of date, and nobody answers. I found this "
            "address on the internet. Would you be able to tell me the library's opening hours?"
        ),
        (
            "Not really a question about anything you sell, but I've been meaning to ask someone. "
            "I was walking the dog in the park this morning and saw a bird I've never seen "
            "before: bright blue back, orange chest, long pointy beak, sitting right by the pond. "
            "My husband says it was a kingfisher, but I thought they were much rarer than that "
            "round here. What do you reckon it was?"
        ),
        (
            "Hi Dave, just letting you know the boiler is making that banging noise again, and "
            "this time the hot water cut out for most of the evening. The plumber you sent last "
            "month said the pressure valve might need replacing. Could you arrange for someone to "
            "come round this week? I'm in every day after four."
        ),
        (
            "We're hosting my in-laws this Sunday for the first time since the wedding, and I've "
            "rashly promised them a roast. I've never cooked a whole leg of lamb before and every "
            "website gives me a different time and temperature. It's about 2 kg and I have a fan "
            "oven. How long should I roast it for, and should I cover it with foil?"
        ),
        (
            "Attention user, we have detected unusual sign-in activity on your mailbox, and it "
            "will be suspended within 24 hours unless you verify your identity. This is an "
            "automated security notice from the IT helpdesk. To avoid losing access to your "
            "e-mails, contacts and stored files, click the secure link below and re-enter your "
            "password. Thank you for your cooperation."
        ),
        (
            "Hello, I want to ask about the visa for work in {country}. I have all the documents, "
            "passport, contract from the employer and photos, but I don't know where I must send "
            "them and how much time it takes. My friend gave me this e-mail and said you can "
            "help. Please tell me the next step."
        ),
        (
            "My car has started making a grinding noise every time I brake, mostly going "
            "downhill, and there's a slight vibration through the pedal. I had the tyres changed "
            "{when} at a garage, so I'm wondering whether they did something wrong. I'm not a car "
            "person at all. Is it safe to keep driving it until I can get it booked in somewhere?"
        ),
        (
            "Hi Karen, following up on this morning's meeting: I've attached the revised budget "
            "for the community centre roof, with the three quotes we discussed. The cheapest one "
            "doesn't include scaffolding, so it isn't really the cheapest. Could you take a look "
            "before Thursday and let me know which one you'd like to put to the committee?"
        ),
        (
            "I've just started doing some freelance graphic design alongside my normal job, and "
            "I've made a few hundred pounds so far. One friend told me I need to register as "
            "self-employed, but another said there's an allowance and I don't need to bother "
            "under a certain amount. I'm totally confused. Do I need to tell the tax office about "
            "this money or not?"
        ),
        (
            "Hello there, whoever reads these. It's been a quiet week here, and the days can feel "
            "long since my husband passed away in the spring. I've been watching the birds on the "
            "feeder and doing the crossword, though one clue has stumped me all morning: 'Bird "
            "found in a bottle, five letters'. I don't suppose anyone in your office is good at "
            "crosswords?"
        ),
        (
            "My mates and I have been arguing about this since the pub quiz on Friday, and it's "
            "got completely out of hand, because there's now money riding on it. The question was "
            "how many bones there are in the adult human body. I said 206, Tom said 212, and the "
            "quizmaster gave it to neither of us. Can you settle it once and for all?"
        ),
        (
            "Hello friend, I am a professional investment adviser and I have helped over 3,000 "
            "people make {amount} a week from crypto trading with zero experience. Our new "
            "automated platform does everything for you; you only need to deposit a small "
            "starting amount. Places are limited this month. Reply INVEST to get your personal "
            "account set up today."
        ),
        (
            "I know you're not the gym, but I'm at my wits' end and hoping someone can point me "
            "in the right direction. I've been trying to cancel my gym membership for two months: "
            "the branch says I have to do it online, the website says I have to go in person, and "
            "meanwhile they keep taking money every month. Am I allowed to just stop the direct "
            "debit with my bank, or will that get me into trouble?"
        ),
        (
            "There's a card on my doormat from the post office saying they tried to deliver a "
            "parcel while I was out. It isn't from you, as I haven't ordered anything from you in "
            "years, and I've no idea who sent it. It says I can collect it from the sorting "
            "office after 24 hours. Do you know how late the sorting office on Station Road stays "
            "open on a weekday?"
        ),
        (
            "Good morning, Ms Harris. I'm writing to let you know that Oliver won't be in school "
            "today or tomorrow; he came down with a temperature overnight and has been sick twice "
            "this morning. He's resting now and drinking plenty of water. Could you let me know "
            "whether there's any homework he should catch up on while he's at home?"
        ),
        (
            "We're flying out to {country} next month for our 25th wedding anniversary, a trip "
            "we've been saving for since the kids left home. My wife is worried about packing the "
            "wrong clothes because we've no idea what the weather is like at that time of year. "
            "Is it likely to be hot enough for the beach, or should we pack jumpers as well?"
        ),
        (
            "im in year 9 and i have maths homework due tomorrow and my teacher explained it "
            "really fast. the question is: a jacket costs 40 pounds and is reduced by 15% in a "
            "sale, then there's a further 10% off the sale price. what's the final price? i got "
            "30 but my friend says 30.60 and i don't get why, can u explain it"
        ),
    ],
}
