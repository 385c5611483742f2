"""A sixth set of hand-written English ticket sentences (CC0) for four categories
(policy_question, feedback, newsletter, sales_question). It adds wordings the earlier sets lack:
chat-widget frames ("I need assistance with", "can you give me information about", "I'm trying
to", "I can't find where to", "what's the procedure", "is there a way to", "show me", "I'd
appreciate help"), contact-form e-mails whose ask comes late, third-person messages (wife, mum,
son, neighbour), and lower-case, typo-ridden, non-native, rude and very formal styles, with new
vocabulary (testimonial, commendation, mailshots, email blasts, drops, cut-off time, wear and
tear, spec sheet, lab-grown). Same slots as ``ticket_cores_en``, minus the second product."""

CORES: dict[str, list[str]] = {
    "policy_question": [
        "I need assistance understanding your returns rules before I spend anything.",
        "can you give me information about the guarantee on your kitchen appliances?",
        (
            "I'm trying to work out whether you let people swap things for another colour or "
            "only refund them."
        ),
        (
            "I don't know how your delivery charges are calculated, is it by weight or by "
            "basket value?"
        ),
        "I can't find the part of your terms and conditions that explains cancellation fees.",
        "tell me how returns work for {item}s bought from the outlet section",
        (
            "What's the procedure, in general, if a product stops working while it's still "
            "under guarantee?"
        ),
        "Is there a way to get free delivery without spending {amount}?",
        "i wanna know if u charge for returns or not",
        (
            "Help! I need to know tonight whether your returns window covers Christmas "
            "presents bought in November."
        ),
        (
            "Could I ask you to explain the difference between your standard and premium "
            "delivery services?"
        ),
        (
            "I'm having trouble understanding your returns page: does 'unused' mean unworn, "
            "or just with the tags still on?"
        ),
        "I would need to know whether the warranty is still valid if I move to {country}.",
        "Where do I read your terms on delivery times and charges?",
        (
            "Just curious, not about any order: how do you deal with parcels that go missing "
            "in transit, resend or refund?"
        ),
        (
            "It's impossible to find your cancellation terms anywhere on the website, so what"
            " are they?"
        ),
        "I'm unable to tell from the FAQ whether the delivery fee is per parcel or per order.",
        "Show me the cut-off time for same-day dispatch, I can't see it anywhere.",
        "I'd appreciate some clarity on whether normal wear and tear counts under your guarantee.",
        (
            "Hello there. My mother is 82 and can't get to the post office easily, so I'm "
            "checking on her behalf before she orders anything: if something has to go back, "
            "can a courier collect it from her home, and is there a charge for that?"
        ),
        (
            "Dear team, I've read your FAQ twice and I'm still confused. It says orders can "
            "be changed 'until processing begins' but not what happens after that. If someone"
            " cancels at that stage, is a fee deducted?"
        ),
        (
            "My husband insists online shops have to give you 14 days to change your mind. Is"
            " that how it works with you too, or do you allow longer?"
        ),
        (
            "We're moving house in the spring and will be buying a lot of furniture. Before "
            "we do: do your drivers carry big items into the room or only to the front door, "
            "and does that cost extra?"
        ),
        (
            "Last year another website took two months to repair my hairdryer under warranty."
            " Do you replace faulty goods straight away, or do they have to go back to the "
            "manufacturer first?"
        ),
        "do you guys do free returns on shoes or is that only for clothes",
        "wats ur polcy on retuns for presents",
        (
            "Good day. Please tell me the conditions for give back a product. It must be in "
            "the box original?"
        ),
        (
            "I should be grateful if you could set out the terms under which goods may be "
            "exchanged, including any time limits that apply."
        ),
        (
            "no offence but your shipping page makes zero sense, how much is postage for one "
            "small item?"
        ),
        "Does the free-returns offer cover the {garment} range as well, or only full-price stuff?",
        "Do you offer tracked delivery to {country}, or is it standard post only?",
        "Do rural addresses get the same delivery times as towns and cities?",
        "Is there a price guarantee if the {item} I've bought drops in price a week later?",
        "Do the same return rules apply when you've paid with {pay}?",
        "What's your stance on returning one piece from a set or bundle?",
        (
            "My wife wants to know if your guarantee transfers to someone else when the "
            "{item} is given as a present."
        ),
        "Are cancellation fees any different for made-to-order furniture?",
        "Can returns be dropped off at a {carrier} shop, or does it have to be a post office?",
        "What counts as 'faulty' under your guarantee, and what counts as misuse?",
        "I wanna understand the rules for returning a {garment} bought in the Black Friday sale.",
    ],
    "feedback": [
        "I need assistance with leaving a testimonial for your website.",
        "Can you give me information on where my review shows up once I've submitted it?",
        "I'm trying to rate the {item} but the stars won't let me click them.",
        "I don't know how to send a compliment about one of your drivers, so I'm writing it here.",
        "I can't find where to put feedback about the website itself rather than a product.",
        "tell me how to suggest a product idea to your buyers",
        "What's the procedure for nominating one of your staff for a customer-service shout-out?",
        "Is there a way to give feedback anonymously?",
        "i wanna say ur team absolutely smashed it this christmas",
        "help! how do i bump my 3 star review up to 5 now you've fixed everything",
        (
            "Could I ask you to forward this to whoever picks the music in your Manchester "
            "store? It was brilliant."
        ),
        "I'm having trouble finding the feedback survey mentioned at the bottom of my receipt.",
        (
            "I would like to suggest offering a repair service for older {item}s instead of "
            "people binning them."
        ),
        "Where do I drop ideas for things you should start selling?",
        (
            "How do you pick which reviews go on the product page? Mine about the {item} "
            "never appeared."
        ),
        (
            "It's impossible not to smile when opening your parcels, the little stickers are "
            "adorable."
        ),
        "I'm unable to put into words how much my dad loves the lamp you recommended.",
        "Show me where I can see all the reviews I've written so far.",
        "Hats off to Priya on your chat team, she was a star.",
        (
            "Hi, I've been shopping with you since you had a market stall and I've watched "
            "the range grow. It's rare to find a company that still feels this personal. No "
            "need to reply."
        ),
        (
            "Good afternoon. Our wedding gift list was run through your site and every guest "
            "commented on how lovely the presentation was. My husband and I wanted to send "
            "our heartfelt thanks to everyone involved."
        ),
        (
            "Hello, long-time customer here. One thing that would make my life easier: a way "
            "to save my usual {size} so the site picks it automatically. Not urgent, just an "
            "idea."
        ),
        (
            "My daughter is very sensitive to textures and your seam-free {garment} is the "
            "first one she'll wear without a fuss. I honestly can't thank you enough."
        ),
        (
            "I ordered for my elderly neighbour and the {carrier} driver took the time to "
            "carry the box inside for her. Please make sure he gets recognised."
        ),
        (
            "Feedback on your returns portal: it worked fine, but it asked for the reason "
            "three times. One drop-down would do."
        ),
        "honestly the best customer experiance ive had online this year",
        "bloody brilliant service, cheers",
        (
            "I am very satisfy with the product, it is same like the photo and good price. "
            "Thank you very much."
        ),
        (
            "Please accept this message as a formal commendation of the courtesy shown by "
            "your telephone staff."
        ),
        "Would give your shop eleven out of ten if I could.",
        (
            "A tip from a regular: put the measurements in the product title, it'd save so "
            "much scrolling."
        ),
        (
            "My mum asked me to write in and say the {item} has made cooking so much easier "
            "since her hip operation."
        ),
        "Your chatbot is actually useful, which is a first for me.",
        "Brilliant idea sending the tracking link by WhatsApp, much handier than email.",
        (
            "The instructions with the bookshelf were the clearest I've ever read, whoever "
            "wrote them deserves a pay rise."
        ),
        (
            "Nothing's wrong, I promise! I just wanted to tell you order {order} was perfect "
            "from start to finish."
        ),
        "Thumbs up for the new one-click reorder button.",
        "Who do I send praise to about my visit to your store {when}? The team were great.",
        (
            "Here's my honest appraisal of the {item}: sturdy, good value, though the cable "
            "could be longer."
        ),
        "Can I share my experience of the {item} somewhere other customers will read it?",
    ],
    "newsletter": [
        "I need assistance opting out of your promotional mailings.",
        "Can you give me information about what the newsletter includes before I sign up?",
        "I'm trying to unsubscribe but the page says my email address isn't recognised.",
        "I don't know how to stop the daily deal emails landing in my inbox.",
        "I can't find where to untick the marketing box in my profile.",
        "tell me how to join the early-access list for your sale emails",
        "What's the procedure to stop the promotional emails altogether?",
        (
            "Is there a way to pause the newsletter for a couple of months instead of "
            "unsubscribing completely?"
        ),
        "i wanna be taken off ur email blasts",
        "help! my inbox is flooded with your sale emails, make it stop",
        (
            "Could I ask you to sign my mum up to your newsletter? She loved the {item} I got"
            " her. Her email address is below."
        ),
        (
            "I'm having trouble subscribing, the sign-up box at the bottom of the page "
            "doesn't do anything."
        ),
        "I would need our shared family email taken off all your promotions.",
        "where do I go to opt in to offers by email",
        "How do you unsubscribe from the promo text messages? Replying STOP didn't work.",
        (
            "It's impossible to unsubscribe on your site, the link just takes me back to the "
            "homepage."
        ),
        "I'm unable to find the opt-out link at the bottom of your mailshots.",
        "Show me how to choose which promotional emails I get.",
        "I'd appreciate help getting off your marketing lists, I've tried twice already.",
        (
            "I bought a single {item} as a gift {when}, which was fine, but since then your "
            "promotions have arrived almost daily. I'd rather not receive any more marketing,"
            " thanks."
        ),
        (
            "Hello, I look after the household budget and I'm trying to cut down on "
            "temptation. Could you please remove this address from every newsletter and sale "
            "alert you send?"
        ),
        (
            "My teenage son signed up to your newsletter with my email address to get money "
            "off a {garment}. I don't want the emails, so please unsubscribe me."
        ),
        (
            "Dear Sir or Madam, I was previously subscribed to your bulletin and appear to "
            "have been removed without asking. I would like to be re-added."
        ),
        (
            "I used to get your monthly style digest, but it stopped arriving after {when}. "
            "Have I been dropped from the list?"
        ),
        "pls dont send me any more marketing stuff",
        "how do i get of the mailling list, tried evrything",
        "Please, I not want more the newsletters. Erase my mail from the list, thank you.",
        "I should be obliged if you would cease sending promotional material to this address.",
        "for the love of god stop emailing me, I've unsubscribed three times since {when}",
        "I live in {country}, can I still subscribe? The sign-up form only accepts UK postcodes.",
        "Do newsletter subscribers get early access to the {item} launch? If so, count me in.",
        (
            "My wife gets your emails too, so we receive everything twice. Please unsubscribe"
            " me and leave her on."
        ),
        "Enrol me in the promo mailing list, please.",
        "How long after unsubscribing do the emails actually stop?",
        (
            "Someone said I should subscribe to the newsletter to hear when the {garment} is "
            "back. Where's the form?"
        ),
        "Kindly stop the WhatsApp promotions, I never agreed to them.",
        "Put me down for the weekly offers email.",
        "you keep mailing me discounts on {item}s after I said no thanks, opt me out for good",
        "I got a 'welcome to the club' email but I never joined any newsletter, please cancel it.",
        "Hi! Love your brand. Where can I sign up to hear about new drops first?",
    ],
    "sales_question": [
        "I need assistance picking a barbecue for a small balcony.",
        "Can you give me information about the ingredients in your hand cream?",
        "I'm trying to buy two of the bath towels but the quantity box won't go above one.",
        (
            "I don't know how to choose between the 2-slice and 4-slice toaster, which one do"
            " most people go for?"
        ),
        "I can't find where to see the full spec sheet for the robot mower.",
        "tell me how to order something that's only shown in the printed catalogue",
        "What's the procedure for ordering a made-to-measure blind?",
        "Is there a way to get notified when the {garment} is back in {size}?",
        "i wanna get the {item} but is it loud? i live in a flat with thin walls",
        "help! need a present for my boss by friday, what have you got under {amount}?",
        "Could I ask you to check whether the ceiling light takes standard bulbs or special ones?",
        "I'm having trouble deciding which mattress firmness to buy, I sleep on my side.",
        "I would need about 30 metres of the fairy lights, do you sell longer lengths?",
        "where do I find out if the smart plug works with Alexa?",
        "How do you clean the velvet armchair, is the cover removable?",
        (
            "It's impossible to tell from the photos how deep the bookcase is. What are the "
            "measurements?"
        ),
        (
            "I'm unable to add the {item} to my basket, it says 'not available in your area'."
            " Is there any way to buy it?"
        ),
        "Show me your cheapest cordless vacuum.",
        "I'd appreciate help choosing a pram that folds small enough for a hatchback boot.",
        (
            "My wife and I are expecting twins in the spring and the nursery is tiny. Do you "
            "sell a cot that converts into a bed later on, and how big is it?"
        ),
        (
            "I've just started painting and my tutor recommended your watercolour set. Before"
            " I order, does it include brushes or are those sold separately?"
        ),
        (
            "My dad uses a wheelchair and we're looking for a desk he can roll under. What's "
            "the clearance under your standing desk at its lowest setting?"
        ),
        (
            "Our old kettle died this morning. I've been eyeing up a few on your site: which "
            "one boils fastest, and do any have a keep-warm setting?"
        ),
        (
            "Hello, I visited your store {when} and the assistant mentioned a loyalty card "
            "that gives money off. Can I use it when buying online too?"
        ),
        "is the {garment} see through at all",
        "do u have this in a biger pack size",
        "I want buy the {item} for my house in {country}, the plug is correct for there?",
        (
            "I would be grateful for confirmation of the thread count of your Egyptian cotton"
            " bedding prior to placing an order."
        ),
        "your product pages are useless, does the damn thing come with a charger or not",
        "How much is the drill with the bigger battery?",
        "Will the {item} go with {colour} walls? Do you have a photo of it in daylight?",
        "Are your diamonds lab-grown or mined?",
        "Are the water bottles BPA-free?",
        "When does the autumn collection land on the website?",
        "Is there a trade-in discount if I hand in my old {item}?",
        "Do you restock the limited-edition prints, or is it one run and done?",
        "Which of your walking boots are best for rocky trails?",
        "Is the {garment} lined, and is it warm enough for winter?",
        "What does the 'fresh linen' candle actually smell like?",
        "Got any bank holiday deals planned?",
    ],
}
