"""An eighth set of hand-written English ticket messages (CC0) for three categories (complaint,
feedback, human_request), aimed at the line between them. It adds complaints that mention a
delivery, refund or callback only as background (the parcel has arrived, the money is back, and
the ask is to register dissatisfaction), sarcastic thank-yous and survey replies that are really
complaints, constructive feedback that names a problem as a suggestion (checkout, app, returns
label, accessibility, oversized boxes), praise for couriers, staff and eco-friendly packaging,
mixed reviews, and human requests that say they are not complaining. Lengths run from one-liners
to 4-6 sentence e-mails, in polite, formal, blunt, rude, lower-case and non-native styles. Same
slots as ``ticket_cores_en``, minus the second product."""

CORES: dict[str, list[str]] = {
    "complaint": [
        (
            "My refund did come through in the end, but the way your team handled it was "
            "shambolic and I want that on record."
        ),
        "Got my parcel eventually, no thanks to your useless communication.",
        "Not a question, a complaint: your delivery updates are pure fiction.",
        "Love how your 'priority support' means waiting {wait} for a two-line reply.",
        "i got my money back but honestly the attitude of ur refunds team was disgusting",
        "Your courier was rude to my elderly father and I want it recorded as a complaint.",
        "Congratulations, you've managed to turn a loyal customer into an ex-customer.",
        "Every time I ring I'm told a different story, and I've had enough of it.",
        (
            "Please note my dissatisfaction: the order turned up fine, the customer service "
            "around it was dreadful."
        ),
        "My order arrived a week late and nobody bothered to warn me, which is really poor.",
        "The woman on your returns desk rolled her eyes at me the whole time, appalling.",
        "I am not happy, the service was very slow and nobody say sorry to me.",
        "Spectacular effort, guys: two missed callbacks and a ticket closed without a word.",
        (
            "so basically your customer service = a bot that says sorry and a human who never "
            "replies, amazing"
        ),
        (
            "The parcel arrived {when}, so this isn't about tracking. It's about the fact that I "
            "sent five messages asking for an update and not one of them was answered. That's "
            "simply not acceptable."
        ),
        (
            "I've already had my refund for {order}, so please don't offer me another one. I want "
            "someone to acknowledge how badly my case was handled, because being told three times "
            "that the money 'had been sent' when it hadn't was infuriating."
        ),
        (
            "Your chat agent told me to 'calm down' when I hadn't even raised my voice. I found "
            "that patronising and I'd like it noted as a complaint."
        ),
        (
            "Every single order I place with you comes with a problem and a fight to get it "
            "fixed. I'm exhausted by it. Sort your service out."
        ),
        (
            "oh great, another survey asking how you did. you ignored me for a fortnight, thats "
            "how you did."
        ),
        (
            "I appreciate your staff are busy, but being left on hold for 55 minutes is not okay. "
            "When someone finally answered, they had no idea what I was talking about."
        ),
        (
            "Delivery was fine and the product was fine. What wasn't fine was the total silence "
            "from your side when I asked a simple question beforehand, and frankly it's put me "
            "off ordering again."
        ),
        (
            "Your {carrier} driver drove over my lawn and then laughed about it when I came out. "
            "I've already told {carrier}, but you chose them, so you're hearing it too."
        ),
        (
            "I was promised a call back on Tuesday, then Thursday, then 'definitely Monday'. None "
            "of them happened. I'm writing to complain about being repeatedly let down."
        ),
        (
            "This is a complaint about your store in the retail park. The staff were glued to "
            "their phones and nobody offered to help, even when I asked twice."
        ),
        (
            "i dont want anything from you anymore, i just want you to know how rubbish this has "
            "been. 3 weeks of excuses over a simple exchange"
        ),
        (
            "I am customer since long time and I never before write a complaint. But this time "
            "your staff was very impolite with me on the phone, and I am very sad about it."
        ),
        (
            "Formal complaint regarding {order}. Your team repeatedly failed to reply within the "
            "timeframes stated on your own website, and I expect this to be reviewed."
        ),
        (
            "Hello. I ordered a {item} as a birthday present {when} and it was meant to arrive "
            "within three days. It turned up after {wait}, the day after the birthday, and it's "
            "with me now, so I don't need tracking. What upsets me is that your website said 'on "
            "time' the whole way through, and your team sent me the same copy-and-paste reply "
            "every time I asked. I'd like this treated as a complaint about how the whole thing "
            "was communicated."
        ),
        (
            "Dear Customer Services, I returned a {garment} {when} and the refund has now reached "
            "{pay}, so that side is settled. However, it took six e-mails, two phone calls and a "
            "great deal of my time to get there, and at one point I was told the return had never "
            "arrived even though I had proof of postage. Nobody apologised at any stage. I am "
            "writing to make a formal complaint about the way this was handled, not to ask for "
            "anything further."
        ),
        (
            "I'll keep this short because I've written to you too many times already. Four weeks "
            "ago I reported a problem, was given a case number, and then heard nothing. When I "
            "chased, the case number 'didn't exist'. When I chased again, I was told to start "
            "over. I'm not asking you to fix anything at this point, I'm telling you this is a "
            "terrible way to treat people."
        ),
        (
            "Just a quick note to say how impressed I am. Not with the product, which is fine, "
            "but with your team's ability to send me seven e-mails about a sale and zero replies "
            "to my actual question. Truly a masterclass in priorities. I'd ask for a response, "
            "but I think we both know how that goes."
        ),
        (
            "I want to raise a concern about one of your delivery drivers. On Friday he left a "
            "parcel on my doorstep, rang the bell, and by the time I opened the door he was "
            "shouting at me for being slow. I'm recovering from surgery and walk with a stick. "
            "The parcel itself was fine, but I was shaken for the rest of the day and I think "
            "your company should know how he behaves."
        ),
        (
            "Hello, I write to you because I am not satisfied. My order came after two weeks, "
            "okay, this can happen. But when I ask in the chat, the person answer me very short "
            "and not friendly, and then close the chat. I think this is not good way to speak "
            "with customer. Please you tell this to your team."
        ),
        (
            "right so. ordered {when}, arrived eventually, whatever. but the bloke on your phone "
            "line actually told me it was 'not his problem' when i asked why it was late. then he "
            "put me on hold and never came back. absolutely shocking, i want that on record"
        ),
        (
            "Dear Sir or Madam, I write regarding the service I received in connection with "
            "{order}. Although the goods themselves were satisfactory, I was given incorrect "
            "information on three separate occasions about when they would be dispatched, and at "
            "no point did anyone take responsibility for the errors. I have shopped with your "
            "company for many years and always found the service excellent, which makes this all "
            "the more disappointing. I would be grateful if this letter could be passed to "
            "whoever deals with complaints."
        ),
        (
            "I run a small café and order from you every month, so I know how things usually go. "
            "This time the order came late, the paperwork was wrong, and when I rang, the person "
            "on the phone was short with me and said I should have 'read the small print'. I've "
            "since sorted the paperwork out myself. I'm writing because the attitude, more than "
            "the mistakes, is what's made me think twice about ordering again."
        ),
        (
            "Your advert said 'free returns, no questions asked'. In practice I had to fill in a "
            "form, wait {wait} for a label, and then argue with an agent who insisted I'd missed "
            "the return window when I hadn't. The refund did come through eventually. But that is "
            "not what was advertised, and I'd like you to take this as a complaint about the "
            "whole experience."
        ),
        (
            "I'm honestly not an angry person and I hate writing these. But I spent the best part "
            "of two weeks trying to get a simple answer about whether my order had gone out, and "
            "the chat kept giving me the same canned response. The order has arrived now. I just "
            "want someone at your company to know that the experience left me feeling like I "
            "didn't matter."
        ),
        (
            "Thanks for the apology e-mail. Unfortunately it arrived {wait} after I first wrote "
            "in, it got my name wrong, and it apologised for a 'delayed parcel' when my issue was "
            "how rudely I was spoken to in your shop. It rather proves my point. I still want my "
            "original complaint looked at properly."
        ),
        (
            "I'd like to complain about your communication over the past month. My pre-order was "
            "pushed back three times, and each time I found out from a fan forum rather than from "
            "you. I don't mind waiting for something good, but I do mind being kept in the dark "
            "by a shop I've trusted for years."
        ),
    ],
    "feedback": [
        (
            "A suggestion: your checkout could remember my address so I don't have to type it "
            "every time."
        ),
        (
            "The {carrier} courier texted a photo of where he left my parcel, which was really "
            "reassuring."
        ),
        "Loving the compostable mailer bags, please never go back to plastic.",
        "Idea: let us tick 'no paper receipt' in the app to save a bit of paper.",
        (
            "Not a complaint, but the basket page in the app takes ages to load on my phone, "
            "might be worth a look."
        ),
        "Your staff at the click-and-collect desk were quick and cheerful, nice one.",
        "Five stars for the {item}, three for the delivery time, overall happy.",
        "the new colour filter on the site is so useful thank u",
        (
            "Just an idea: a plastic-free packaging option at checkout. I'd happily pay a little "
            "extra."
        ),
        "I'd love to leave a video review of my new jacket, any chance you'll add that?",
        "Honestly the only shop whose e-mails I actually read, they're really well written.",
        "very nice shop, good price, fast sending, I will come back",
        (
            "Tiny thing: the 'continue shopping' button is the same colour as 'pay now', easy to "
            "mix up."
        ),
        "Whoever chose the new recycled paper tape for your boxes, good call.",
        (
            "My parcel was a couple of days late, but honestly that's not why I'm writing. The "
            "{item} is gorgeous and the note inside made me smile. Thanks to whoever packed it."
        ),
        (
            "Feedback on the app: the new barcode scanner is brilliant in store. It would be even "
            "better if it showed the reviews for the product I scan."
        ),
        (
            "I've noticed your boxes are always far bigger than what's inside them. Have you "
            "thought about a few smaller box sizes? It would save cardboard and look a lot more "
            "eco-friendly."
        ),
        (
            "Just had my first delivery from your new courier partner and it was a big "
            "improvement. The driver was on time and the tracking actually matched reality."
        ),
        (
            "Mixed review from me. The {garment} fits perfectly and the fabric is lovely, but the "
            "{colour} is more muted than in the photos. Still keeping it!"
        ),
        (
            "I'd like to write a review of my visit to your Bristol shop. Is there anywhere on "
            "the website for store reviews rather than products?"
        ),
        (
            "Your refund came through in two days, which is faster than I've ever seen. Thought "
            "you should hear a bit of good news for once."
        ),
        (
            "Had a small issue with an order last month, but Tom on the chat sorted it in "
            "minutes. He was friendly and didn't make me repeat myself, please tell his manager."
        ),
        (
            "just a thought but it'd be nice if the app showed how much co2 each delivery option "
            "uses. i'd pick the greener one every time"
        ),
        (
            "Your product range has really grown and I like most of it. I'd love to see more for "
            "people with small balconies though, like compact planters."
        ),
        (
            "Hello, I am from {country} and the delivery was faster than from shops in my own "
            "country. Very good packaging also, nothing was broken. Thank you."
        ),
        (
            "Some constructive feedback on the returns label: it prints across two pages on a "
            "normal printer. Fitting it onto one sheet would save people a bit of faff."
        ),
        (
            "Three stars. Good {item}, but the instructions were in tiny print and my dad "
            "struggled to read them."
        ),
        (
            "Hi there. I've ordered from you about a dozen times now and the experience has "
            "always been solid. The one thing that bugs me is that I have to type my full address "
            "and card details in every single time, because there's no option to save them. It's "
            "not a big deal and I'll keep ordering either way. Just thought it might be useful to "
            "pass on to whoever builds the checkout."
        ),
        (
            "I wanted to share a bit of feedback about the packaging. My last order came in a box "
            "filled with shredded paper rather than plastic peanuts, which was lovely to see. The "
            "only downside is that the paper gets everywhere when you unpack it. Maybe a paper "
            "honeycomb wrap would work just as well and be less messy? Either way, thanks for "
            "making the effort to go green."
        ),
        (
            "I'm a wheelchair user and I wanted to say thank you to the {carrier} driver who "
            "delivered {order} {when}. He noticed my ramp, brought the parcel right up to the "
            "door and even asked if I'd like it put on the table. It's such a small thing, but it "
            "made a real difference. If you have any way of passing praise on to your couriers, "
            "please do."
        ),
        (
            "Good morning. I am writing to offer some feedback on your mobile app, which I use "
            "weekly. The redesign is cleaner and the search results are far more relevant than "
            "before. However, the text on the order history page is very small and there doesn't "
            "seem to be a way to enlarge it. I would be grateful if you would consider this in a "
            "future update."
        ),
        (
            "My partner and I have been buying your coffee for a year and we'd love to write "
            "something about it. We don't really use social media, so is there a place on your "
            "website where we can leave a proper review? We'd like to mention the roasting dates "
            "printed on the bags, which are a great touch. Thanks in advance."
        ),
        (
            "ok so honest feedback since you asked in the e-mail. the {item} itself is great, "
            "really sturdy. the delivery was a day later than promised which was annoying but not "
            "the end of the world. the unboxing was nice. overall 4/5, would order again"
        ),
        (
            "Hello, I'm writing with a suggestion rather than a problem. I often buy gifts for "
            "family in {country}, and at the moment I only see the shipping cost at the very end "
            "of checkout. A simple shipping estimate on each product page would make it much "
            "easier to plan. Thanks for considering it, and keep up the good work."
        ),
        (
            "I've been meaning to write this for a while. Your customer service team has helped "
            "me three times this year, with a late delivery, a size mix-up and a question about "
            "my account, and every time the person was patient and knew what they were doing. In "
            "a world of scripted replies that's rare. Please pass my thanks on to the whole team."
        ),
        (
            "Hi, I'm a primary school teacher and I bought your craft kits for my class. The "
            "children loved them and the quality was much better than the cheaper ones we usually "
            "get. One small idea: each kit comes with lots of little plastic bags inside, and a "
            "single paper pouch would be kinder to the planet. Thanks for a great product."
        ),
        (
            "Hello, I buy from your shop since one year. Always it is good quality and the "
            "delivery is fast. Only one thing, the website on my phone is sometimes difficult, "
            "the buttons are very small. Maybe you can make them bigger? Thank you and have a "
            "nice day."
        ),
        (
            "Just a mixed bag of thoughts after my first order. Ordering was easy and the "
            "{garment} in {size} fits me perfectly, which is a relief. The delivery e-mails were "
            "a bit much, though: I got five of them for one parcel. I'd trim that down if I were "
            "you. But overall a really good first impression."
        ),
        (
            "I know people usually only write in when something goes wrong, so I wanted to do the "
            "opposite. {order} had a hiccup, as one item was out of stock, but you e-mailed me "
            "straight away with options and let me choose. That kind of honesty is exactly why I "
            "keep coming back. Thank you."
        ),
        (
            "Feedback for your web team: I tried to check out using a screen reader and got stuck "
            "on the date-of-birth field, which has no label. I managed in the end with help from "
            "my sister. The rest of the site works really well with my reader, so it's just that "
            "one field. Hope this helps."
        ),
    ],
    "human_request": [
        "I'm not complaining, I just need to talk to an actual person about {order}.",
        "Before I lose my patience, can a human please look at this?",
        "is there a phone line, I'd rather talk than type",
        "Could one of your agents ring me this afternoon, please?",
        "Can I get a supervisor on the line? The chat isn't getting anywhere.",
        "give me a number to call, not another link",
        "Please may I speak with someone in your customer care team by phone.",
        (
            "I'm not looking to make a complaint, I just think this will be quicker as a "
            "conversation. Could someone from your team give me a ring on the number on my "
            "account?"
        ),
        (
            "The delivery was late, but that's in the past now. What I need is to talk to someone "
            "about a problem that doesn't fit any of your menu options. Can you connect me to an "
            "agent?"
        ),
        (
            "Your bot keeps suggesting I leave a review, which is not what I asked. I need a "
            "person who can look at my order, please."
        ),
        (
            "Hi, I'm hard of hearing, so phoning isn't great for me. Is there a live chat where "
            "I'd be talking to a real member of staff?"
        ),
        "yo can someone from the team actually call me, the emails are going nowhere",
        (
            "I've explained my situation three times to your virtual assistant. Please transfer "
            "me to a human."
        ),
        "My English is not so good for writing. Can someone call me and speak slowly? Thank you.",
        (
            "Hello. I've got a question that covers a return, a missing voucher and my delivery "
            "details, and your form only lets me choose one topic. I tried splitting it into "
            "three messages but got three automated replies that contradict each other. I'm not "
            "cross, it's just a bit complicated. Could a member of staff call me so we can go "
            "through it all at once?"
        ),
        (
            "Dear Sir or Madam, I have been a customer of yours for many years and have never had "
            "cause to complain, nor am I complaining now. However, I have a rather delicate "
            "matter concerning {order} which I would prefer not to set out in writing. I should "
            "be grateful if a senior member of your customer service team could telephone me at a "
            "convenient time. My number is on my account."
        ),
        (
            "ok so i dont want to moan, your stuff is great. but i've got an issue with {order} "
            "and the chatbot just keeps looping me back to the faq. is there literally any way to "
            "talk to a real human? phone, chat, carrier pigeon, anything"
        ),
        (
            "I'm writing for my grandmother, who ordered a {item} {when}. She's not online much "
            "and gets confused by e-mails, but she's perfectly fine on the phone. Is it possible "
            "for one of your team to ring her at home? She's usually in after 10am."
        ),
        (
            "I work in a hospital and can only check my phone on breaks, so the live chat always "
            "times out before I can reply. I'd really appreciate it if someone could call me "
            "instead. Between 1 and 2pm is best, or after 6. It's about {order}, nothing urgent, "
            "it's just easier to talk it through."
        ),
        (
            "Hello, I'm in {country} at the moment and the freephone number on your site doesn't "
            "work from here. Is there another number I can call, or could someone ring me on "
            "WhatsApp? I need to speak to someone about a recent order."
        ),
    ],
}
