"""A ninth set of hand-written English ticket messages (CC0) for order_modification, wismo,
policy_question and sales_question. It adds pre-dispatch order changes (size, colour and variant
swaps, adding or removing items, quantities, faster shipping, forgotten discount codes, gift
message and gift wrap) kept apart from status, cancelling and address; long wismo stories whose
where-is-it ask comes late; policy questions asked through a concrete situation; and sales
questions on non-clothing products, bundles, gift cards, loyalty points, student discounts and
shop stock. Lengths and registers are mixed. Same slots as ``ticket_cores_en``, minus the second
product."""

CORES: dict[str, list[str]] = {
    "order_modification": [
        "Can you swap the {garment} on {order} from {size} to the size above before it ships?",
        "pls change the shoes in my order to the black ones, its not posted yet i think",
        "Forgot to use my 15% code at checkout, could you still apply it to my order?",
        "Upgrade my order to next-day delivery please, it hasn't gone out yet.",
        "Please add a second phone charger to the order I placed an hour ago.",
        "Take the bath mat off my order, keep the towels.",
        (
            "Can the gift message on my order say 'Love, Nan and Grandad' instead of just 'Love, "
            "Nan'?"
        ),
        "i want 4 of the wine glasses not 2, change it before u pack it",
        "Kindly change the variant on my order from the 12-cup model to the 8-cup one.",
        "Could gift wrap still be added to {order}? Happy to pay the extra.",
        (
            "You'd better fix the colour on my order before it ships, I picked the wrong one and "
            "I want {colour}."
        ),
        "My order say 2 pillow but I need only 1 pillow, please you can change it?",
        (
            "I placed {order} {when} and it still says processing, which is fine. Could you "
            "change the bedding set from double to king size while there's still time?"
        ),
        (
            "Hi, I don't want to cancel anything, I just need the trainers in a {size} instead. "
            "The order hasn't shipped yet."
        ),
        (
            "The delivery address is fine, that's not the issue. I ordered the wrong lens cap, I "
            "need the 58 mm one instead of the 52 mm. Can you swap it on the order?"
        ),
        (
            "Just realised the gift wrap I chose is the birthday paper, but the present is for a "
            "retirement. Could you change it to the plain silver wrap before the order goes?"
        ),
        (
            "Ordered standard delivery this morning but the party has been moved forward. Can "
            "you upgrade the order to express and charge the difference to {pay}?"
        ),
        (
            "hey so i ordered the duvet but forgot the matching pillowcases. can u add two to "
            "the same order so it all comes together"
        ),
        (
            "Good afternoon. Please increase the quantity of champagne flutes on my order from "
            "six to twelve; the order has not yet been dispatched."
        ),
        (
            "My student discount code didn't go through when I paid, I think because I pasted it "
            "with a space. Could you apply it to my order before it ships?"
        ),
        (
            "ur site wouldnt let me edit my basket after paying. take the second phone case off "
            "my order, i only meant to buy one, rest is fine"
        ),
        (
            "I chose the gift message 'Happy 40th' but my brother is turning 50, oops. Can that "
            "be corrected on the order before the card is printed?"
        ),
        (
            "Hello, in my order I choose the grey cushion covers but I want the green ones. It "
            "is still not sent, so can you change them in the order please?"
        ),
        (
            "Can I swap the 4-pack of batteries on my order for the 12-pack? It's still showing "
            "as not dispatched."
        ),
        (
            "I know orders usually go out quickly, so I'm writing straight away. This morning I "
            "bought a set of saucepans and a frying pan for my mum's new flat. She's just texted "
            "to say she already has a frying pan, so I'd like that taken off the order. The "
            "saucepans should still come as planned. Could you make that change before it's "
            "packed?"
        ),
        (
            "Bit of a change of plans on my side. I ordered the {item} {when} with standard "
            "delivery because I thought I had plenty of time, but my flight has been brought "
            "forward to Friday. Is it possible to upgrade the order to next-day delivery, since "
            "it hasn't left your warehouse yet? I'm happy to pay whatever the extra is."
        ),
        (
            "Dear Customer Services, I placed order {order} yesterday evening. On reviewing the "
            "confirmation, I notice that my loyalty voucher for {amount} was not applied, as I "
            "neglected to enter it at checkout. As the order remains unshipped, I would be "
            "grateful if you could apply the voucher and adjust the amount charged. Thank you in "
            "advance."
        ),
        (
            "My sister and I split a present for our dad and I placed the order on my account. I "
            "typed the gift message before she'd had a chance to add her name, so it only says "
            "it's from me. She's understandably a bit put out. Could you please update the card "
            "to read 'From Sam and Ellie' before the parcel is sent?"
        ),
        (
            "Your checkout is a joke. I clicked size {size} for the {garment} and somehow it "
            "saved the one below. I'm not cancelling and starting again from scratch, I've "
            "wasted enough time already. Just change the size on {order} before it goes out and "
            "we're done."
        ),
        (
            "Hello, I am writing for my order from yesterday. I buy three boxes of the green tea "
            "but my wife say we need also the jasmine tea. Please can you put one box jasmine "
            "tea in the same order, I will pay the more money. The order is not send yet I "
            "think. Thank you very much."
        ),
        (
            "Quick note on my order from this morning. The address and everything else is "
            "correct, so please leave that as it is. The only thing is the desk lamp: I picked "
            "the brass finish but it would clash with the room, so I'd like the matte black one "
            "instead. It's the same price, so hopefully it's an easy switch before dispatch."
        ),
        (
            "ok so i ordered a phone case for my new phone but turns out i have the 15 not the "
            "15 pro. the case i picked is the pro one. can you switch it to the regular 15 case "
            "on my order? it hasnt shipped yet according to the email"
        ),
        (
            "I've just noticed that the shampoo and conditioner are cheaper as a bundle than "
            "bought separately, which is how I ordered them half an hour ago. Would you be able "
            "to switch my order over to the bundle instead? Nothing has been dispatched yet. "
            "It's not a big deal if not, I just thought I'd ask."
        ),
        (
            "My order has four things in it and I'd like to keep three of them. The yoga mat can "
            "come off, since my gym has just told me they provide them. Please don't cancel the "
            "whole order, the blocks, strap and water bottle are all still wanted. Thanks for "
            "your help."
        ),
        (
            "I ticked gift wrap on yesterday's order because I thought it was going straight to "
            "my niece. It's actually coming to me first and I'll be wrapping it with the rest of "
            "her presents. Could you take the gift wrap off the order and just send it plain? It "
            "would save me the wrapping charge too."
        ),
    ],
    "wismo": [
        (
            "Loved the candles from my last order, but this one's been on its way for {wait} "
            "now, so where is it?"
        ),
        (
            "gave up on the newsletter ages ago but i still order from u, anyway wheres my "
            "parcel, ordered on the 3rd"
        ),
        (
            "After resetting my password twice just to log in, I see the tracking still says 'in "
            "transit', so when will my order actually arrive?"
        ),
        "Not asking for a refund or anything, I just want to know when my order will turn up.",
        (
            "i might end up returning the jacket anyway but id like to actually receive it first "
            "lol, wheres it at"
        ),
        (
            "Dear Sir or Madam, further to my order of {when}, I should be obliged if you would "
            "inform me of the expected delivery date."
        ),
        "Bro the courier has had my box for a week, is it coming or what",
        (
            "My order came in two parcels and the first arrived Monday, but the second has sat "
            "at the depot since then, so when will it get here?"
        ),
        (
            "I ordered a birthday present for my nephew and paid with {pay}, and that all went "
            "through fine. The tracking hasn't moved since Tuesday though. Can you find out "
            "where it is?"
        ),
        (
            "We moved in last month and I've finally got round to furnishing the spare room, "
            "hence the bed frame. The confirmation said 5-7 working days and today is day 10. "
            "When is it going to be delivered?"
        ),
        (
            "I'm not in a rush, honestly, and the last thing I bought from you was lovely. But "
            "{carrier} say the parcel was handed over on Monday and their helpline has no record "
            "of it since. Where is it?"
        ),
        (
            "sorry my english not so good. i order the coffee machine two week before and also i "
            "ask a question about the guarantee, nobody answer, but ok. the most important: when "
            "the machine arrive to me?"
        ),
        (
            "Your chat bot was useless and your phone line closes at 5, which is why I'm "
            "e-mailing. The parcel for {order} was due yesterday. Where is it now?"
        ),
        (
            "The discount code didn't work, then it did, then I paid, so ordering was a bit of a "
            "saga. Now the delivery date has passed and there's still nothing. Could you check "
            "where it is?"
        ),
        (
            "Happy with the price, happy with the checkout, less happy that the lamp still "
            "hasn't come. Tracking has said 'in transit' since last week. Any idea when it will "
            "actually reach me?"
        ),
        (
            "my daughter keeps asking about her scooter, shes been good all week to earn it. the "
            "tracking number doesnt work on the courier site. where is it and when will it come"
        ),
        (
            "I'll start by saying I'm a big fan of your shop and I've recommended you to half my "
            "office. I ordered a set of ceramic planters for my balcony, which I've been slowly "
            "turning into a little garden this spring. I also signed up to your newsletter at "
            "the same time and have already had three e-mails from you, but nothing from the "
            "courier. The tracking has said 'in transit' since last Thursday. Could you tell me "
            "where the parcel is and when I can expect it?"
        ),
        (
            "Hello, I live in {country} for work since two years. I buy often in your shop, "
            "always very good quality, and my colleague also buy now because I show him. This "
            "time I order a winter coat and boots, and the e-mail say the package is send with "
            "{carrier} ten days ago. On the tracking I see only 'in transit' and nothing more. "
            "Please can you tell me where is my package and when it come?"
        ),
        (
            "My best friend is getting married next month and I'm her maid of honour, so I've "
            "been doing a lot of ordering lately. The ribbon and the little favour boxes from "
            "you were meant to be the easy part. I ordered them over a week ago; I might want to "
            "swap a couple of colours for the next batch, but that can wait. Right now the "
            "tracking has shown 'arrived at local depot' for four days. Is it actually going to "
            "be delivered, and when?"
        ),
        (
            "I've been a customer for years and I've put up with a lot: the website redesign, "
            "the price rises, the endless pop-ups. I ordered a drill last Saturday because mine "
            "broke mid-job, and I've got a kitchen half-fitted. Your e-mail said dispatched on "
            "Monday. It's Friday, there's no sign of it and the tracking hasn't changed. Where "
            "exactly is it?"
        ),
        (
            "Good morning. Our office placed order {order} for a replacement printer and toner, "
            "as our previous machine failed last week. The invoice was received and has already "
            "been paid by our accounts department. The confirmation indicated delivery by "
            "Wednesday; however, nothing has arrived at reception and the tracking reference "
            "returns no results. Please advise where the consignment currently is and when it "
            "will be delivered."
        ),
        (
            "so i ordered a hoodie and some socks like two weeks ago, and in the meantime i also "
            "managed to lock myself out of my account and had to reset it which was fun. anyway "
            "i finally got back in and the order page just says shipped, no tracking link or "
            "anything. the hoodie is for a trip on saturday. can u tell me where it actually is "
            "and if itll get here by then"
        ),
        (
            "I hope you don't mind me writing. I'm 74 and my grandson usually helps with these "
            "things, but he's away at university. I bought a radio for my kitchen from you, and "
            "I must say the description on your website was very clear. The post lady says she "
            "hasn't seen anything for me yet, and it has been about twelve days. Would you be "
            "kind enough to let me know when it is likely to arrive?"
        ),
        (
            "Last week was chaos: the kids had chickenpox, the boiler broke and I ordered half "
            "your kitchen section in a panic to cheer myself up. One parcel came on Tuesday and "
            "everything in it was perfect, thank you. The second one, with the kettle and "
            "toaster, is marked as delivered yesterday at 3pm with a photo of a door that isn't "
            "mine. I've checked with both neighbours. Where has it actually gone?"
        ),
        (
            "I ordered a birthday present for my mother, who lives in {country}, and had it "
            "shipped straight to her. I paid the import charges at checkout so she wouldn't get "
            "a bill at the door, which your site made nice and easy. She rings me every evening "
            "asking if it's come, and I keep having to say not yet. The tracking stopped "
            "updating once the parcel left the UK. Can you tell me where it is now and roughly "
            "when she'll get it?"
        ),
    ],
    "policy_question": [
        "If I buy a {item} as a Christmas present now, can it still be returned in January?",
        "Do you charge customs on orders to Norway, or is that paid to the courier on delivery?",
        (
            "If I buy a laptop as a present, does the warranty start on the day I buy it or the "
            "day it's opened?"
        ),
        "do u charge for returns if the thing is just the wrong colour for my room",
        "If a {item} breaks after 18 months, is that still covered by your guarantee?",
        "Do you ship to Iceland, and is it the same price as to mainland Europe?",
        (
            "If I order a sofa and it won't fit up my stairs, can it be returned, and who pays "
            "for the collection?"
        ),
        (
            "What happens with free delivery if I return part of an order and it drops below the "
            "minimum spend?"
        ),
        (
            "I'm thinking of ordering a few dresses for a wedding and sending back the ones I "
            "don't wear. Is there a limit on how many items I can return from one order? I don't "
            "want to get my account flagged."
        ),
        (
            "We're moving to Switzerland in the summer. Before I keep shopping with you: do you "
            "ship there, and would I pay duty on top of the price?"
        ),
        (
            "Another shop refused to take back a pair of earrings I bought for my daughter, even "
            "unopened. Is that your rule too, or can unopened earrings be returned?"
        ),
        (
            "hi so if i order something on a friday night, does next-day delivery mean saturday "
            "or monday? trying to plan around a birthday"
        ),
        (
            "Hello, I buy many times with {pay}. If I return a product, the money come back on "
            "the card or as a voucher? I ask before I make a big order."
        ),
        (
            "If I pay for express delivery and the parcel turns up late anyway, do you refund "
            "the express charge? I'm asking before I pick a delivery option."
        ),
        (
            "My mum is buying me a coat as an early birthday present, but my birthday isn't for "
            "another six weeks. Does the return period start when she orders it or when it's "
            "delivered?"
        ),
        (
            "What's your rule on cancelling a made-to-order item? I'm tempted by the "
            "personalised sign but I worry I'll change my mind a day later."
        ),
        (
            "Say I order two sizes of the same {garment} and send one back, is that return free "
            "or do I pay the postage? Just want to know before I do it."
        ),
        (
            "My partner and I are doing up our first house and we'll be buying quite a lot of "
            "lighting from you over the next few months. Some of it will sit in boxes until the "
            "electrician comes, which might be a while. I'm worried that by the time we open "
            "everything, the return window will have closed. How long do I have to return unused "
            "items, and does it count from delivery or from the order date?"
        ),
        (
            "Dear team, I live in Bergen and have been admiring your homeware for some time. "
            "Previous purchases from UK shops have resulted in unexpected customs charges and a "
            "handling fee from the courier at my door. Could you please tell me whether you "
            "collect VAT and duty at checkout for orders to Norway, or whether I should expect "
            "to pay these on delivery? I would rather know before placing an order."
        ),
        (
            "I bought an electric bike battery from you a while ago and I'm about to buy a "
            "second one. The first lost about half its range after a year, which I accept can "
            "happen. What I don't know is whether your warranty counts that as a fault or as "
            "normal wear. Is battery capacity covered, and for how long?"
        ),
        (
            "Last time I dealt with an online shop they kept my money for six weeks after I sent "
            "something back. I'm not doing that again. Before I spend {amount} here, tell me "
            "straight: how many days after you receive a return do you pay the refund?"
        ),
        (
            "ok random question but my mum keeps buying me stuff from ur site and having it "
            "delivered to my flat, and sometimes its not really my taste. can i return something "
            "if i wasnt the one who paid for it? and does the money go back to me or to her card"
        ),
        (
            "Good day. I am a student from Brazil and I study in London for six month. I want to "
            "buy some things for my room, but in July I go back to my country. If I buy a lamp "
            "in June and it is broken in August, the guarantee still work when I am in Brazil? "
            "Or I need to be in UK for the repair?"
        ),
        (
            "I'm sending presents to my nieces in Ireland, and last year another shop's parcel "
            "arrived on the 29th. I'd rather not repeat that. What is your last order date for "
            "Christmas delivery to Ireland, and is it different from the UK one? And if a "
            "present does arrive late, can it still be returned after the holidays?"
        ),
        (
            "We're away for a fortnight from the 10th and I'd like to order a few things before "
            "we go, so they're waiting when we get back. The trouble is our street has no safe "
            "place and the neighbours are away too. If the courier can't deliver, how long is a "
            "parcel held before it goes back to you? And would I be charged to have it sent out "
            "again?"
        ),
    ],
    "sales_question": [
        "Do your gift cards come as a physical card or just an e-mail code?",
        "How many loyalty points do I get per pound spent, and can I use them on sale items?",
        "Is the {item} in stock at your Leeds shop, or is it online only?",
        "student discount?? does it work on the coffee machines",
        "Can I buy the knife block and the knives as a bundle, or only separately?",
        "Do you sell a gift card for {amount}, or only fixed amounts like 25 and 50?",
        "Is there any way to check which shop has the {item} in stock before I drive over?",
        (
            "I've got about 2,300 loyalty points and I have my eye on the hand blender. How much "
            "are the points worth, and would they cover it?"
        ),
        (
            "My son starts uni in September and needs a kettle, a toaster and a microwave. Do "
            "you do a student kitchen bundle, or a discount if I buy all three together?"
        ),
        "is the {item} any good for a small balcony? dont want to buy it and find out its massive",
        (
            "I'm buying a birthday present for my brother, who is impossible to shop for. Can I "
            "put a personal message on an e-gift card and choose the date it gets sent?"
        ),
        (
            "Hello, I see the robot vacuum only in black but I need it for white house. You will "
            "have the white colour in stock again, and when?"
        ),
        (
            "Are the board games in the Christmas gift bundle the full versions or travel-sized? "
            "The photo makes it hard to tell."
        ),
        (
            "I'm a teacher and some shops give us a discount. Do you have anything like that on "
            "stationery and desk accessories?"
        ),
        (
            "My parents' 40th anniversary is in October and my siblings and I want to club "
            "together for something nice. We were thinking of the garden bench with the engraved "
            "plaque, but we also like the wine fridge. Can the bench plaque have a date as well "
            "as names, and how long does the engraving add? Also, is the wine fridge quiet "
            "enough for a living room?"
        ),
        (
            "I'd much rather see a mattress in person before spending that kind of money. I live "
            "about an hour from your Bristol store and could make the trip on Saturday. Before I "
            "do, could you tell me whether they have both the memory foam and the hybrid models "
            "on display to try? It would be a wasted journey otherwise."
        ),
        (
            "Dear Sir or Madam, I have been a regular customer for several years and recently "
            "noticed that you have introduced a loyalty programme. I should like to know how "
            "points are earned, whether purchases made before joining count towards them, and "
            "whether points can be redeemed against furniture. I intend to purchase a dining "
            "table in the coming weeks and would like to make the most of the scheme."
        ),
        (
            "Your website says 'save when you bundle' on every page and then won't tell me "
            "what's in the bundle. I'm looking at the camera, the tripod and a memory card. Is "
            "there an actual bundle price for those three, yes or no? If so, how much?"
        ),
        (
            "ok so im a student and im trying to kit out my room on a budget. i like the desk "
            "lamp, the storage boxes and a little rug. does your student discount work on "
            "everything or just some stuff? and can i stack it with the 3 for 2 on storage boxes "
            "or not"
        ),
        (
            "Hello, I want buy a present for my husband, he like very much cooking. I see on "
            "your site the cast iron pot set and also the knife set, but I don't know what is "
            "better for a gift. The pot set is very heavy? He has induction cooker, so the pots "
            "work on it? Thank you for help me."
        ),
    ],
}
