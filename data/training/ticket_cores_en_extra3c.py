"""A fifth set of hand-written English ticket sentences (CC0) for seven thinly covered
categories (sizing_fit, damaged_or_wrong_item, complaint, human_request, legal,
business_inquiry, other). It adds plain chat-widget requests ("I need help with...", "could
you help me to..."), e-mails with some back-story before the ask, and terse, typo-ridden,
non-native, angry, sarcastic and formal wordings: many ways to ask for a person or a call
back, GDPR, chargeback and copyright messages, corporate gifts, press and creator pitches,
and off-topic messages with shop-like words that are not about this shop (wrong company,
post office, phishing, spam). Same slots as ``ticket_cores_en``, minus the second product."""

CORES: dict[str, list[str]] = {
    "sizing_fit": [
        "what size should i get",
        "I need help choosing the right size for the {garment}.",
        "Could you help me to work out my size? I've never bought from you before.",
        "How can I tell which of your sizes matches my usual {size}?",
        "I'd like some advice on sizing before I order the {garment}.",
        "Where can I see the actual measurements for each size?",
        "I have a problem with the fit, the {garment} is tight across the hips.",
        "the {garment} is too small on me",
        "Are your clothes in UK or EU sizes?",
        "Is there a conversion from US sizes to yours?",
        "how do i measure myself for your size chart",
        "I'm a 42 in European shoes, what's that in your sizing?",
        "I bought the {garment} {when} in my usual {size} and it's so snug across the chest that "
        "I can barely lift my arms. Does this brand generally need sizing up?",
        "Hello, I'm buying for my daughter who is 13 but tall for her age. Would the adult XS or "
        "the kids' 14-15 fit her better?",
        "Hi there, my partner normally wears a medium but carries a bit of weight round the "
        "middle. He likes the {garment}, which size would you go for?",
        "I tried the trousers on and the waist is perfect but the legs are miles too long. Can I "
        "choose the leg length as well as the waist size?",
        "I've read the size guide three times and I'm still confused. My bust is 38 inches and "
        "my waist is 30, so which size is that?",
        "Hi, the model in the photo is wearing a small. How tall is she? I'm 5ft 3 and want to "
        "know how long the {garment} would be on me.",
        "I ordered the trainers in {size} and my toes touch the end. Do they run half a size "
        "small?",
        "I've lost a fair bit of weight this year and no longer know my size. Could you give me "
        "the chest and waist measurements for a {size}?",
        "I have a wedding to go to and want the {garment} to fit properly. My measurements are "
        "36-29-39, which size matches best?",
        "My son's feet are growing fast so I'd like his school shoes with a bit of room. Half a "
        "size up or a full size?",
        "size M or L? 180cm 80kg",
        "does it fit big or small",
        "wich size for 175 cm tall man",
        "too tight on the shoulders, what size do i need",
        "Hello, I am from {country} and I not understand your sizes, what is size 38 for you?",
        "the {garment} fits weird, baggy at the waist and tight in the arms",
        "sleeves way too short on me, is that normal for this cut?",
        "these shoes are crushing my feet, are they supposed to be this narrow",
        "Does your size {size} equal a US 6 or a US 8?",
        "The trousers gape at the back of the waist on me. Would the next size down be better?",
        "I would be grateful if you could advise on the appropriate size of the {garment} for a "
        "chest measurement of 102 cm.",
        "Apparently I'm an XL according to your chart. I'm a medium everywhere else, is that "
        "right?",
        "The jeans are fine standing up but dig in when I sit down. Is the rise low on these?",
        "Are the gloves sized by hand circumference? Mine is about 20 cm.",
        "Is the bra sizing by band and cup, or just S, M and L?",
        "The hat is loose on my head, what head circumference is the medium made for?",
        "How much room is there in the hips on the {garment}? I'm pear-shaped.",
        "The {garment} I bought pinches under the arms. Is that just how it's cut or should I go "
        "bigger?",
        "Could you tell me the foot length in cm for each shoe size?",
        "Is the waist adjustable on the {garment} or do I need to get the size exactly right?",
        "I'm petite and the {garment} swamps me, which size should I try instead?",
        "I can't get the zip up on the {garment}, do your sizes come up on the small side?",
        "My baby is 62 cm long, which of your baby sizes would fit?",
    ],
    "damaged_or_wrong_item": [
        "the product arrived broken, what now",
        "I need help, my {item} came damaged.",
        "I have a problem with my order, something is missing from the box.",
        "Could you help me? I've been sent the wrong item.",
        "How can I report a damaged delivery?",
        "I'd like to report a faulty product.",
        "Where can I send photos of the damage?",
        "wrong colour sent",
        "You sent me the wrong size of the {garment}.",
        "the thing i ordered is defective",
        "The {item} came without the screws needed to put it together.",
        "I got a parcel with stuff in it that I never ordered.",
        "Hi, {order} was delivered {when}. When I unwrapped it, the handle of the {item} had "
        "snapped clean off. I've kept all the packaging if you need it.",
        "Hello, I ordered the {garment} in navy but the one in the bag is {colour}. The sticker "
        "on the bag says navy, so I think it was picked wrong at the warehouse.",
        "Good morning. The {item} arrived {when} and looked fine, but when I plugged it in it "
        "sparked and tripped the fuse. I haven't used it since.",
        "Dear customer service, I'm writing about {order}. The packing slip lists three items "
        "but only two were in the box; the {item} is missing.",
        "Hi, I bought a set of six glasses and two were in pieces when I opened the box. The "
        "outer carton had a hole in it too.",
        "Just unpacked my delivery and the screen on the {item} has a line of dead pixels down "
        "the middle. Not what I expect from something brand new.",
        "Hello, I think there was a mix-up at your end. I ordered a double duvet cover and got a "
        "single one in the same pattern.",
        "I'm a bit gutted. The {item} was meant to be a birthday present and it's arrived with a "
        "chip on the rim, so I can't give it like this.",
        "The parcel was left at my door {when}. The box was crushed on one corner and the {item} "
        "inside is bent.",
        "My {garment} arrived today but it's the men's version and I ordered the women's.",
        "box smashed, item broken",
        "got a blue one, ordered red",
        "item is brokn!!",
        "it dont turn on, brand new out the box",
        "missing the lid",
        "Hello, the product arrive with a crack, please what I must do?",
        "Is not my order in the package, there is other things inside.",
        "zip on the {garment} broken straight out of the bag",
        "Great, it turned up in three pieces. What happens now?",
        "This is the second kettle you've sent me that was dead on arrival!!",
        "I regret to inform you that the {item} delivered under {order} was received in a "
        "damaged condition.",
        "Kindly note that the shoes I received are two different sizes, the left is {size} and "
        "the right is bigger.",
        "The stitching on the jacket is crooked and one seam is open, it's clearly a defect.",
        "the batteries in the box were leaking when i opened it",
        "The coffee in my order was already past its best-before date when it arrived.",
        "The bottle of shampoo leaked all over the rest of my order.",
        "I only got the top of the pyjama set, the bottoms weren't in the parcel.",
        "My TV came without its remote control.",
        "The engraving on my bracelet is wrong, my name is spelled incorrectly.",
        "The pattern on the {garment} isn't the one I chose, you've sent a different design.",
        "Received an empty box.",
        "there's a tear in the fabric of the {garment} i just got",
        "I opened {order} and found a pair of kids' wellies instead of my {item}.",
    ],
    "complaint": [
        "i want to file a complaint",
        "I need help putting in a complaint about your delivery team.",
        "How can I submit a complaint?",
        "Where do I send a formal complaint?",
        "I'd like to raise a grievance about the service I've had.",
        "I have a problem with how I was treated by your team.",
        "Could you help me to lodge a complaint about my experience with you?",
        "Your service is a disgrace.",
        "I'm not happy with the support I got about {order}.",
        "complaint about the agent i spoke to {when}",
        "I contacted you {wait} ago with a simple question and I've had four different answers "
        "from four different people. Honestly embarrassing for a company your size.",
        "Last time I ordered, the driver threw the box over my gate. I mentioned it politely and "
        "got a copy-paste reply. I want it on record that this is not acceptable.",
        "I've been a customer for years and the way I was spoken to on your helpline {when} was "
        "shocking. Please treat this as a formal complaint.",
        "My emails keep getting closed as 'resolved' when nothing has been resolved. It's "
        "insulting and I want it to stop.",
        "Your agent promised me an answer within 24 hours. That was {wait} ago. I'm writing to "
        "complain about being strung along.",
        "I went into your shop {when} and the staff at the till ignored me while chatting to "
        "each other. Not the service I expect.",
        "I've spent {wait} explaining my situation to five different agents. Why is there no "
        "note on my account? This is really poor.",
        "After spending {amount} with you this year I expected a bit more respect. The reply I "
        "got was curt and unhelpful.",
        "I don't normally complain, but the chat agent was sarcastic and rude to me. I'd like "
        "someone to look into how I was treated.",
        "Your website says you reply within two working days. It has been {wait}. I'm "
        "disappointed and I want that noted.",
        "Absolutely useless company.",
        "Thanks so much for ignoring my last six emails, really top-notch customer care.",
        "Five stars for making me wait {wait} for a reply. Outstanding work.",
        "What a fantastic experience, being hung up on twice in one morning.",
        "nobody ever replys to me this is rubbish",
        "ur customer service is a joke",
        "im so angry at how this been handled",
        "Very bad service. I am not happy. Nobody help me with {order}.",
        "I am very disappointing with your company, always you promise and never you do.",
        "I write to register my dissatisfaction with the standard of service provided by your "
        "customer care department.",
        "Please accept this message as a formal complaint about the conduct of your staff.",
        "Still waiting. Still no answer. Unreal.",
        "{carrier} are terrible and you clearly don't care how they treat your customers.",
        "I'm sick of generic replies that don't even mention what I actually asked.",
        "Your communication throughout {order} has been non-existent.",
        "One of your staff laughed at me when I explained my problem.",
        "The salesperson on the phone was pushy and kept pressuring me, I want to complain about "
        "that.",
        "I'd like to complain about the misleading information your staff gave me.",
        "Not impressed. Your team blamed me for a mistake your warehouse made.",
        "I've had better service from a vending machine.",
        "The manager at your high street branch was condescending when I asked a simple question.",
        "Your response times are awful, it takes days to get a single reply.",
        "I want to submit a complaint about the tone of the last email your team sent me.",
        "Disappointed doesn't cover it. I've been treated like a nuisance from start to finish.",
        "Where do complaints go in your company? I want mine taken seriously this time.",
    ],
    "human_request": [
        "i want to speak to a real person",
        "I need help from a human please.",
        "Could you help me to reach a customer service agent about {order}?",
        "Could I be put through to a customer service representative?",
        "How can I speak to a manager?",
        "Where can I find a number to ring your support staff?",
        "I have a problem with {order} and need to talk to someone on the phone.",
        "agent please",
        "human",
        "representative",
        "transfer me to a live agent",
        "stop sending me bot replies and get a person to answer",
        "Can I have a call back tomorrow morning about {order}?",
        "Is there a live chat with actual staff? I don't want the bot.",
        "customer service number??",
        "I've tried the help pages and the virtual assistant, but my question about {order} is a "
        "bit unusual. Could a real person please get in touch with me?",
        "Hello, I'm elderly and not very good with computers. Would somebody be able to phone me "
        "on the number on my account so I can explain?",
        "I've been going round in circles with the automated assistant for twenty minutes. "
        "Please connect me to a member of staff.",
        "Hi, it's a bit complicated to explain in writing. Is there a time today when one of "
        "your team could ring me?",
        "Good morning. I'd rather discuss this with a supervisor than keep e-mailing back and "
        "forth. Could you arrange that please?",
        "My issue with {order} needs someone who can actually look at my account. Can you pass "
        "this to a human agent?",
        "I'm deaf so I can't phone you. Is there a way to chat live with a real member of the "
        "team?",
        "Hello, I'm in {country} at the moment. Is there an international number I can call your "
        "customer service on?",
        "Your auto-reply {when} said someone would be in touch. Could an actual person please "
        "reply to this thread?",
        "talk to human",
        "can i talk with somebody real pls",
        "i need speak with a person, not robot",
        "get me a manager",
        "pls call me asap about {order}, number is on my account",
        "operator",
        "Are there actual people working there? I'd like to talk to one.",
        "I would appreciate the opportunity to speak with a member of your customer service team "
        "by telephone.",
        "Please escalate my case to your customer service manager.",
        "Is there a WhatsApp number or phone line where I can reach your staff?",
        "Can I book a time to speak to someone in person at your store?",
        "Connect me with support staff, the bot keeps misreading my question about {order}.",
        "i dont want the chatbot i want customer service",
        "Who do I speak to? I need a proper person to sort out {order}.",
        "I'd like somebody from the team to ring me back between 2 and 5 today about my {item}.",
        "Do you have a freephone number?",
        "Hand me over to a colleague please, a human one.",
        "I've been messaging for {wait}. Is anyone actually reading these? Please have a member "
        "of staff reply to me.",
        "Thanks, bot. Now can I talk to someone with a pulse?",
        "I need to talk to customer support about my {item}, what's the quickest way to reach a "
        "person?",
        "Could I get a direct email address for an agent instead of this contact form?",
    ],
    "legal": [
        "I want to sue you.",
        "I'm filing a chargeback for {order}.",
        "How can I request a copy of all the personal data you have on me?",
        "I'd like to exercise my right to erasure under GDPR.",
        "Could you help me to make a subject access request?",
        "Who is your data protection officer? I want to know who you've shared my details with.",
        "I have a problem: you're using my photo on your website without my permission.",
        "my solicitor will be in touch",
        "see you in court",
        "I'm reporting you to the Better Business Bureau.",
        "I've reported your shop to consumer protection.",
        "This is a scam and I'm reporting it as fraud.",
        "I've opened a dispute with my bank over the {amount} charge.",
        "I paid {amount} by {pay} for {order} {when} and have received nothing and no replies. "
        "I've now raised a formal dispute with the payment provider.",
        "I'm a photographer and one of my images is on your product page for the {item}. I never "
        "licensed it to you. Remove it within seven days or I'll take legal action.",
        "I closed my account {when} but you're still processing my details. Under GDPR I'm "
        "asking for written confirmation that all my personal data has been erased.",
        "Dear Sir or Madam, I act on behalf of my client regarding the {item} purchased under "
        "{order}. Please direct all further correspondence to this office.",
        "Someone used my card to place {order} on your site. I didn't authorise it and I've "
        "reported it to my bank and the police.",
        "You sold me a counterfeit {item}. I've reported this to trading standards and I'm "
        "keeping all the evidence.",
        "Our company owns the trademark for the name you're using on your {item} listings. Treat "
        "this as formal notice to cease and desist.",
        "I have issued a claim in the small claims court for {amount}. You'll receive the papers "
        "shortly.",
        "I've complained to the consumer ombudsman in {country} about your refusal to honour the "
        "warranty.",
        "Please be aware I'm keeping copies of all our emails as evidence for my lawyer.",
        "Your site took {amount} from my account without my consent. That's an unauthorised "
        "transaction and I'm treating it as fraud.",
        "gonna report u to my bank for fraud",
        "i want my data deleted. gdpr",
        "lawyer is getting involved now",
        "chargeback filed.",
        "i will sue this compagny",
        "I am contacting the consumer agency of my country about you.",
        "Pursuant to Article 15 of the GDPR, I request access to the personal data you process "
        "about me.",
        "Please treat this as a formal request under Article 17 GDPR to erase all my records.",
        "I've asked Visa to claw the payment back.",
        "Your product description is false advertising and I've reported it to the Advertising "
        "Standards Authority.",
        "I'll be filing a report with the BBB and the state attorney general.",
        "You're printing my artwork on your t-shirts without permission. That is copyright "
        "infringement.",
        "Your {item} caught fire in my kitchen and my insurer's lawyers will be contacting you.",
        "I've raised a PayPal claim for {order} under buyer protection.",
        "My bank is investigating your charge as fraudulent.",
        "Do not contact me again except through my attorney.",
        "This breaches the Consumer Rights Act and I'll be taking it further through the courts.",
        "I will be issuing proceedings if I don't hear back within 14 days.",
        "You've ignored me long enough, so now you can deal with my solicitor.",
        "Why do you have my phone number? I never consented to you storing it and I want to know "
        "where you got it.",
        "how do i start a chargeback if you won't even answer me",
    ],
    "business_inquiry": [
        "I'd like to order 150 branded gifts for our staff.",
        "How can I open a wholesale account?",
        "I need help with a bulk order of {item} for my company.",
        "Could you help me to set up a corporate account for our office?",
        "Where can I find details of your affiliate program?",
        "I'm a journalist writing about sustainable brands, could I ask you a few questions?",
        "Do you work with influencers?",
        "How do I become a stockist?",
        "wholesale prices?",
        "I'd like to talk about a partnership between our companies.",
        "We're a hotel and need 300 bath towels, do you have trade pricing?",
        "Hi, I manage three restaurants in {country} and we're refitting our kitchens. Could we "
        "get a quote for 200 of your {item}?",
        "Hello, we're planning end-of-year gifts for around 150 employees. Can you print our "
        "logo on the {item}, and what would the lead time be?",
        "I'm a content creator with about 80k followers, mostly home and lifestyle. I'd love to "
        "talk about a paid collaboration or gifting.",
        "Good afternoon, I'm a buyer for an independent department store. We saw your range at a "
        "trade fair and would like your line sheet and minimum order quantities.",
        "Dear team, our factory in {country} manufactures cotton garments for several European "
        "labels. We'd be happy to send samples and a price list.",
        "Hi! I write for a regional lifestyle magazine and we're putting together a gift guide. "
        "Could you send high-res images and a press sample of the {item}?",
        "We run a coworking space and want to buy supplies monthly for about 120 members. Is "
        "there a business rate?",
        "Hello, I host a podcast about small businesses and would like to invite your founder on "
        "as a guest.",
        "I'm organising a conference and need 500 items for goodie bags. Can you do volume "
        "pricing and invoice our company?",
        "do u do wholesale",
        "bulk discount for 200 units?",
        "Hello, we are importer from {country}, we want to be your distributor.",
        "we are factory, we can make your products cheaper, please contact us",
        "affiliate link how to sign up",
        "collab? i do unboxing videos",
        "We would welcome the opportunity to discuss a strategic partnership between our "
        "organisations.",
        "Do you offer dropshipping for online retailers in {country}?",
        "Could you send me a media kit? I'm a freelance journalist.",
        "I'm a student reporter doing a piece on local businesses, could I interview the owner?",
        "Do you do private-label orders, with our brand on your products?",
        "We'd like to carry your range in our museum gift shop.",
        "Our marketing agency would love to pitch a campaign idea to your team.",
        "I run a wedding planning business and regularly need 100+ favours. Could we set up a "
        "trade account?",
        "Can we order the {item} in bulk for our gym members, with our logo printed on it?",
        "Our office would like a standing monthly order of {item} for 60 staff.",
        "We're launching a marketplace for eco brands and are inviting a few shops to join as "
        "founding sellers.",
        "I'm a YouTuber who reviews outdoor gear. Could you send a {item} for an honest review?",
        "Do you have a referral or commission scheme for bloggers?",
        "I work for a logistics company and would like to offer you better shipping rates than "
        "you have now.",
        "We supply a boutique airline and are looking for a partner to produce 5,000 amenity "
        "kits a quarter.",
        "Would you be interested in a pop-up space in our shopping centre?",
        "Our university shop would like to stock your notebooks, what are your trade terms?",
        "Could I get a price for 40 of the {garment} for our restaurant staff?",
        "We need 75 client hampers at about {amount} each, can you put together a quote?",
    ],
    "other": [
        "asdf",
        "test 123",
        "I need help with my homework, what's the capital of Australia?",
        "Could you help me to find the nearest post office?",
        "How do I get to the central station from here?",
        "I'd like to book a table for two tonight at 8.",
        "How can I renew my passport? I'm living in {country} now.",
        "Where can I buy stamps around here?",
        "I have a problem with my neighbour's dog barking all night.",
        "What's a good recipe for banana bread?",
        "what's the weather like in {country} in March",
        "Hi Mum, can you pick me up at 6?",
        "Dear Sir or Madam, I am a hard-working graduate looking for any position. Please find "
        "my CV attached.",
        "Congratulations! You have been selected to win a free cruise, click the link to claim.",
        "Cheap designer watches, best prices, visit our site now",
        "Sorry, is this the pizza place? I wanted to order a large margherita for delivery.",
        "How late is the post office on the high street open on Saturdays?",
        "Can you help me write an essay about climate change?",
        "Are banks open on bank holidays?",
        "How many grams are in a cup of flour?",
        "My mobile phone contract is too expensive, how do I switch to another network?",
        "Hello, is this the school office? My son is off sick today.",
        "hjkl;",
        ".",
        "Just testing whether this form works, please ignore.",
        "Meant to forward this to Sarah in accounts, sorry, please disregard.",
        "Can you recommend a good film to watch tonight?",
        "My cat won't eat her food, what should I do?",
        "yo whats up",
        "My wifi at home keeps dropping out, any ideas?",
        "Which bus goes to the hospital?",
        "What's the capital of {country}?",
        "URGENT: your parcel is held at customs, pay {amount} at this link within 24h or it will "
        "be destroyed",
        "Earn {amount} a day working from home! Reply YES for details.",
        "My electricity bill is much higher this month, can you check my meter reading?",
        "Wrong person, sorry! That was meant for my landlord.",
        "lol",
        "Can you solve 3x + 5 = 20 for me?",
        "Does the council collect bins on bank holidays?",
        "How do I cook rice in the microwave?",
        "Sorry, this was meant for my doctor's surgery, please delete it.",
        "I left my umbrella on the train {when}, who do I ask about lost property?",
        "Did anyone win the lottery jackpot {when}?",
        "Is this the Royal Mail helpline? I want to set up post redirection for when I move.",
        "Is the swimming pool open this Sunday?",
    ],
}
