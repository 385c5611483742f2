"""A seventh set of hand-written English ticket messages (CC0): longer e-mails of three to seven
sentences for the seven order-journey categories (wismo, order_status, address_change,
order_modification, cancellation, return_request, refund_request). It adds back-story before the
ask (birthdays, house moves, weddings, shop stock, school terms), distracting mentions of other
topics (fees, couriers, newsletters, sizes, payments), and writers the earlier sets lack:
parents, small businesses, elderly and non-native customers, partners writing on someone's
behalf, angry, very polite, rambling and bullet-like e-mails. Same slots as ``ticket_cores_en``,
minus the second product."""

CORES: dict[str, list[str]] = {
    "wismo": [
        (
            "My son saved his pocket money for months to buy a remote-control car from you, and "
            "he has been checking the front window every afternoon since we ordered it. I "
            "promised him it would be here before his birthday on Saturday, and now I'm starting "
            "to worry I spoke too soon. The e-mail said it had been dispatched, but there's been "
            "nothing since. Could you tell me where the parcel actually is and whether it will "
            "reach us by Friday?"
        ),
        (
            "I run a small flower stall at the weekend market and ordered a box of ribbon and "
            "tissue paper from you to get ready for Mother's Day. Your prices beat my usual "
            "wholesaler, so I was happy to give you a try. The trouble is the tracking has been "
            "stuck at the regional sorting hub for four days without moving. I have bouquets to "
            "wrap on Thursday morning. Can somebody find out where this shipment has got to and "
            "give me a realistic delivery date?"
        ),
        (
            "I am 81 years old and do not use the computer much, so my granddaughter is typing "
            "this for me. About three weeks ago I ordered a reading lamp from your catalogue and "
            "paid over the telephone. The lady I spoke to said it would come within a week. "
            "Nothing has come to my door and I do not know how to look at this tracking business. "
            "Would you kindly find out where my lamp is and when I can expect it?"
        ),
        (
            "Hello, I am writing from my work so sorry for short English. I buy {item} on your "
            "website {when}, the e-mail say it is send with {carrier}. On the carrier website the "
            "status is 'in transit' since many days, no change at all. I need to know where is "
            "the package now and when it comes, because I travel to visit my family next week."
        ),
        (
            "This is getting ridiculous. I paid extra for next-day delivery on {order} and it's "
            "now day five. I took a morning off work for the first delivery attempt, which never "
            "happened, and nobody called or left a card. I'm not even asking for the shipping "
            "money back at this point, I just want the thing. Where exactly is my parcel and when "
            "is it going to turn up?"
        ),
        (
            "I do hope I'm not being a nuisance by writing. A little under two weeks ago I placed "
            "an order for a set of linen napkins, which I intend to use at a family lunch on the "
            "20th. Your website mentioned five to seven working days, so I thought it wise to "
            "check in. Would you be so kind as to let me know whereabouts the parcel is at the "
            "moment and roughly when it might arrive?"
        ),
        (
            "- order {order} - tracking says delivered {when} at 14:02 - nothing on the doorstep, "
            "nothing with either neighbour, no photo, no card - checked the bins and the shed as "
            "well. So where did it actually go? I need the driver's drop-off location or the "
            "parcel found, please."
        ),
        (
            "I'm writing on behalf of my husband, who ordered a pair of walking boots from you "
            "for our trip to the Lakes. He's hopeless with e-mails and deleted the dispatch "
            "message, so we have no tracking number at all. We leave on the 3rd and he keeps "
            "grumbling about needing to break the boots in first. Could you send me the tracking "
            "details, or just tell me where the parcel is and when it will be delivered?"
        ),
        (
            "So I ordered the {item} after seeing it on a friend's Instagram, and honestly I've "
            "been so excited, I even cleared a shelf for it. Then my postman mentioned there's "
            "some kind of backlog at the local depot, which might explain things, but I don't "
            "know if that affects your courier. I've been waiting {wait} so far, longer than the "
            "site said, and my friend got hers in three days! Long story short, can you check "
            "where my order is and whether it's caught up in all that?"
        ),
        (
            "I got a card through the door saying the driver tried to deliver while I was on the "
            "school run, but the card has no reference number on it and the phone number printed "
            "on it just rings out. I really like the cushions I picked and I'd hate for them to "
            "be sent back to you. How do I find out where the parcel has been taken and get it "
            "delivered again?"
        ),
        (
            "My order is being shipped to {country}, and the last update on the tracking page "
            "says 'held at customs' from over a week ago. I'm perfectly happy to pay any import "
            "fees if that's what is holding it up, but nobody has contacted me about any. Can you "
            "tell me what is happening with the shipment and when it is likely to be released and "
            "delivered?"
        ),
        (
            "The {garment} I ordered was meant to be a surprise for my sister's graduation, so I "
            "had it sent straight to her flat. She hasn't mentioned anything, and I can't exactly "
            "ask without ruining the surprise. The ceremony is next Tuesday. Could you confirm "
            "whether it has been delivered yet, and if not, where it is now?"
        ),
        (
            "Two of the three items from my order arrived yesterday in one box, and everything "
            "looks lovely, especially the candle holder. The packing slip says the table runner "
            "is being shipped separately from another warehouse, but there's no second tracking "
            "number in my e-mails. Where is the rest of my order, and when should I expect it?"
        ),
        (
            "Your courier was fantastic last time, he even carried the box upstairs for me, and "
            "I've been recommending you to everyone at work ever since. This time, though, my "
            "order seems to have vanished off the face of the earth. The tracking link has said "
            "'out for delivery' since Monday and then nothing. Could you chase the courier and "
            "let me know where my parcel is?"
        ),
        (
            "We're moving house at the end of the month, which is partly why I'm anxious about "
            "this. The order I placed nine days ago should have arrived by now, and I don't want "
            "it turning up after we've handed the keys back. The address on the order is correct, "
            "so I don't need anything changed. I just need to know when it's coming. Can you give "
            "me an estimated delivery date?"
        ),
        (
            "Our office ordered a box of branded notebooks from you for a team away-day, and I'm "
            "the one who gets the blame if they don't show up. Accounts have already paid the "
            "invoice, so that side of things is sorted. What I need from you is a firm delivery "
            "date, or at least the current tracking status, so I can tell my manager whether we "
            "need a backup plan."
        ),
        (
            "The tracking page for my parcel has said 'arrived at destination country' for eleven "
            "days. I've e-mailed the local post office twice and they say they have no record of "
            "it yet. I can't tell whether it's lost or just slow, and I don't want to reorder and "
            "end up with two. Could you open an investigation with the carrier and find out where "
            "it is?"
        ),
        (
            "I'm a student and I ordered a desk lamp and some storage boxes to take to halls with "
            "me. I move in on Sunday and my mum is driving me up, so there's a hard deadline "
            "here. The confirmation said three to five days and it has now been eight. Is the "
            "parcel still on its way, and when will it reach me?"
        ),
        (
            "Our baby has now arrived before the baby monitor I bought from you, which is not "
            "ideal. My partner is convinced it's been left at the wrong house, because tracking "
            "said delivered yesterday but the photo shows a blue front door, and ours is green. "
            "Could you please find out where it actually went and get it to us?"
        ),
        (
            "My daughter set up this e-mail for me, so please forgive any mistakes. I paid "
            "{amount} with {pay} for a pair of slippers and a hot water bottle, because my old "
            "ones have fallen apart and it's getting cold at night. That was a fortnight ago. I "
            "have not had any letter or parcel. Please can you tell me where they are and when "
            "the postman will bring them?"
        ),
    ],
    "order_status": [
        (
            "I placed my order late last night on my phone while the baby was finally asleep, and "
            "I think I nodded off before the page finished loading. My banking app shows a "
            "pending payment, but I never got a confirmation e-mail, not even in the spam folder. "
            "I don't want to order again and end up paying twice. Could you check whether my "
            "order actually went through?"
        ),
        (
            "I preordered the {item} back in the spring when it was first announced, and I've "
            "been waiting patiently since. The product page now says 'shipping from the 15th', "
            "but my account still shows 'preorder - awaiting stock'. I'm not after tracking yet, "
            "I just want to know whether my preorder is in the first batch or whether I've been "
            "pushed back to a later one."
        ),
        (
            "When I ordered the garden bench, a small line at checkout said one of the cushions "
            "was on backorder. That was {wait} ago, and the status on my account hasn't changed "
            "since. I'm not in a massive rush, because the weather has been awful anyway, but I'd "
            "like to know where things stand. Has the backordered cushion come in yet, and has "
            "the order been packed?"
        ),
        (
            "My order {order} has been sitting on 'under review' for three days now. I'm a bit "
            "puzzled, because I've ordered from you plenty of times and never seen that before; "
            "the only difference is that I used a new card this time. Is there something you need "
            "from me, or can you tell me when it will move on to processing?"
        ),
        (
            "We buy our packaging supplies from you every month, and usually the order goes out "
            "the same day. This month's order went in on Monday morning and still shows "
            "'processing' on Thursday. Nothing has changed on our end: same account, same "
            "delivery address, same products. Could you check whether it's been picked and packed "
            "yet, and when it's due to leave the warehouse?"
        ),
        (
            "Good day. I make order yesterday for two {garment} for my children. I receive one "
            "e-mail that say 'thank you for your order' but no second e-mail that it is "
            "confirmed. My friend tell me there usually come a second e-mail after some hours. "
            "Please can you check that my order is confirmed and everything is ok with it?"
        ),
        (
            "I'm afraid I'm not very confident with ordering online; my grandson usually does it "
            "for me, but he's away at university. I pressed the button to pay for some bird "
            "feeders, a message came up saying 'something went wrong', and then it took me to a "
            "thank-you page. Now I'm not sure what happened. Would you be able to tell me whether "
            "the order was placed properly?"
        ),
        (
            "I was told my order would be dispatched within 24 hours. That was four days ago and "
            "it is STILL showing 'awaiting fulfilment'. I chose you over a cheaper shop "
            "specifically because of that promise. I'm not asking where the parcel is, because as "
            "far as I can tell there is no parcel. Has anyone even started working on my order "
            "yet?"
        ),
        (
            "My wife ordered a birthday present for her dad on our joint account {when}, and "
            "she's asked me to follow up because she's on night shifts this week. She says the "
            "account page just shows 'received' and hasn't changed since. We don't need it "
            "urgently, but she would like to know it's actually being processed and will go out "
            "soon. Can you confirm the status for her?"
        ),
        (
            "I ordered a personalised chopping board with our wedding date engraved on it, as an "
            "anniversary present for my husband. I know custom items take longer, and I'm "
            "completely fine with that. I'd just like to check that the engraving has been done "
            "and the board has been sent off, because the order page hasn't updated since I "
            "placed it. Has it been dispatched yet?"
        ),
        (
            "Order {order}. Placed on Sunday. Paid in full. Status still says 'pending' and there "
            "has been no dispatch e-mail. Is it confirmed or not? If there is a problem with it, "
            "I'd rather you told me now than next week, because I have to plan around it."
        ),
        (
            "I think I might have placed the same order twice, because the checkout froze and I "
            "pressed the pay button again out of impatience. I've only received one confirmation "
            "e-mail, which is a relief, but I'd like to be certain. Could you check how many "
            "orders actually went through under my e-mail address?"
        ),
        (
            "It's my niece's christening on Sunday and I ordered a silver photo frame for her on "
            "Tuesday. I chose standard delivery to save a few pounds, which I'm now slightly "
            "regretting. Before I panic and buy something in town instead, could you let me know "
            "whether the order has been dispatched yet, or whether it's still waiting to be "
            "packed?"
        ),
        (
            "I got an e-mail saying one item in my order was out of stock and that you'd ship "
            "everything together once it came back in. That was nearly a fortnight ago. I don't "
            "mind waiting a bit longer, but I'd like some idea of what's going on. Is the "
            "out-of-stock item back on the shelf, and has my order gone out yet?"
        ),
        (
            "I chose bank transfer at checkout and sent the {amount} the same afternoon, with the "
            "order number as the reference as instructed. My bank shows the money has left my "
            "account, but your site still says 'awaiting payment'. Has the transfer been matched "
            "to my order, and is the order now confirmed and being processed?"
        ),
        (
            "I've been meaning to write for a few days. I ordered a few bits for the kitchen, a "
            "kettle, some tea towels and a bread bin in that lovely sage green, and the "
            "confirmation said it would ship in one to two working days. It's now been five and "
            "I've had no shipping notification. I did wonder whether the bank holiday had slowed "
            "things down. Is my order still sitting in the warehouse, or has it gone out and I "
            "missed the e-mail?"
        ),
        (
            "I'm used to ordering from the big sites where you get an update at every stage, so "
            "your system is new to me. I placed an order on Monday and the only thing I've had is "
            "the receipt. There's no status showing on my account page at all. Is the order being "
            "prepared, and will I get an e-mail when it's dispatched?"
        ),
        (
            "I received a text saying my order was 'on hold pending address verification'. I've "
            "checked, and the address on the order is exactly right, so I don't want to change "
            "anything. Is the order still on hold, or has it been released for packing now? I'd "
            "like to know whether I need to do anything."
        ),
        (
            "I telephoned last week to place an order for a large-print calendar and a magnifying "
            "glass, and the young man on the phone took my card details. I have not had any "
            "paperwork from you since, not even a receipt. I want to be sure he actually put the "
            "order through. Could you confirm that it has been placed and is being dealt with?"
        ),
        (
            "Quick one, though with a bit of context: I preordered the collector's edition of a "
            "video game for my son, to arrive on release day. Release day is Friday, and usually "
            "I get an e-mail a couple of days before saying preorders are being packed. Nothing "
            "yet this time. Is my preorder still confirmed and on track to be dispatched for "
            "release?"
        ),
    ],
    "address_change": [
        (
            "We've just had an offer accepted on a new flat and, typically, the move date has "
            "been brought forward to this Friday. I ordered a rug from you on Tuesday and it's "
            "still set to go to the old place. I'd be gutted if it ended up with the new tenants. "
            "Please can you change the delivery address on the order to {address}?"
        ),
        (
            "I've just spotted that I typed my house number as 41 instead of 14 when I checked "
            "out. It's an easy slip with clumsy thumbs on a phone screen, but the postman on our "
            "street is new and probably won't realise. My account says the order hasn't shipped "
            "yet. Could you correct the house number before it goes out?"
        ),
        (
            "My eyesight is not what it was, and I think I have put the wrong postcode on my "
            "order. I only noticed when I read the confirmation e-mail with my magnifier. The "
            "postcode should end in 4RT, not 4TR. Would you kindly correct it so that the parcel "
            "comes to the right house?"
        ),
        (
            "I'm writing for my partner, who ordered a pair of headphones to be delivered to her "
            "office. She's just been told to work from home for the rest of the month, so "
            "there'll be nobody there to sign for it. Could the delivery address be switched to "
            "our home instead? It's the same as the billing address on the order."
        ),
        (
            "Our company has recently moved premises, and I've realised the default shipping "
            "address on our account is still the old unit on the industrial estate. We have a "
            "couple of orders coming up and I don't want them going astray. Can you update the "
            "saved address on the account to our new unit, and make sure any open orders will go "
            "there too?"
        ),
        (
            "Hi, my name is Mei, I am student from {country} and I live in the university "
            "dormitory. I forget to write the room number in my address, only the building. The "
            "reception say they cannot find the owner of a parcel without room number. Please add "
            "'Room 312' to the address of my order, it is not sent yet."
        ),
        (
            "Your checkout autofilled my address with one I used two years ago, and I didn't "
            "notice until the confirmation came through. Frankly, it shouldn't even be keeping "
            "that address. I want this fixed now, before the parcel goes to a house I don't live "
            "in anymore. Change the shipping address on {order} to {address}."
        ),
        (
            "I'm going to be staying at my parents' for the next three weeks while our kitchen is "
            "ripped out, and honestly the house is a building site. I'd rather the order didn't "
            "end up in a skip. Is it possible to have it delivered to my parents' address "
            "instead? It hasn't been dispatched yet, and I can reply with their full address."
        ),
        (
            "I ordered a {garment} as a present, and at checkout I stupidly sent it to my own "
            "address rather than my brother's. He lives on the other side of the country, so "
            "posting it on myself would be a real hassle. Can you change the delivery address to "
            "his instead? I'll send his details in a reply."
        ),
        (
            "Everything about the order was fine, except that I left out the flat number. In our "
            "building that is a real problem: there are sixty of us and the concierge won't "
            "accept unlabelled parcels. Could you add 'Flat 7B' to the first line of the delivery "
            "address before it ships?"
        ),
        (
            "I've just created an account so I can order school uniform for my daughter before "
            "term starts. When I went to save our shipping address, the postcode finder couldn't "
            "find our house because it's a new build. Could you add the delivery address to my "
            "account manually so I can check out? I'll reply with the full details."
        ),
        (
            "Moved house last weekend. Forgot to update my address before ordering. Order {order} "
            "still shows the old one. The old place is empty now and the keys are back with the "
            "landlord, so nobody will be there to take it in. Please send it to {address} "
            "instead."
        ),
        (
            "There's a bit of a story here. My neighbour usually takes in my parcels, but she's "
            "just gone into hospital for a hip operation, and I work long shifts, so nobody is "
            "home during the day. I asked the courier about a locker, but they said only the "
            "retailer can change the destination. So could you change the delivery address on my "
            "order to the parcel locker at the supermarket near me?"
        ),
        (
            "I wonder if you could help me with something. I placed an order on Sunday using my "
            "home address, but I'd actually prefer it to go to my workplace, where there is "
            "always someone on reception. The address is {address}. I'd be very grateful if you "
            "could update it before the order ships."
        ),
        (
            "I've just noticed that the town on my order has been auto-corrected from Bexley to "
            "Bexhill, which are about eighty miles apart. The street and postcode are right, so "
            "it might still arrive, but I'd rather not risk it. Could you correct the town in the "
            "delivery address for me?"
        ),
        (
            "I've had an account with you for years, and I'm getting married next month, so we're "
            "moving in together. I'd like the default shipping address on my account changed to "
            "our new home, so I don't accidentally send orders to the old flat out of habit. "
            "Could you update that for me? The new address is in my signature."
        ),
        (
            "Tracking tells me my parcel left your warehouse this morning, and I've just realised "
            "it's heading to my old address from before I moved in with my boyfriend. I know it's "
            "probably too late to stop it, but is there any way you can ask the courier to "
            "redirect it to my new address? I'd really rather not have to chase it round town."
        ),
        (
            "My son is away at university and I've ordered him a winter coat as a surprise. I put "
            "his halls address on the order, but I've just found out he's moving into a shared "
            "house next week and the halls won't hold post. Please could you change the delivery "
            "address to {address} so it reaches him there?"
        ),
        (
            "I order from your shop for delivery to Poland, but I wrote the address in the wrong "
            "order, the street name and number after the city and postcode. I'm afraid the local "
            "courier will not understand it. Can you please correct the address on my order "
            "before it ships? The right version is below."
        ),
        (
            "There's nothing wrong with the items, and I'm really looking forward to the candles. "
            "The problem is that our building has two entrances, and the details I put in were "
            "for the wrong one. Could you update the delivery address on my order to say "
            "'Entrance B, rear of building' so the driver actually finds us?"
        ),
    ],
    "order_modification": [
        (
            "My daughter has had a growth spurt I genuinely didn't see coming: she's gone up "
            "almost a whole shoe size in two months. I ordered her school shoes from you on "
            "Saturday in a size 2, and I've just measured her feet again this morning. As the "
            "order hasn't been sent yet, could you change the shoes to a size 3?"
        ),
        (
            "I was so excited to finally order the {item} that I completely forgot about the "
            "welcome code you sent when I signed up to the newsletter. It's only a few pounds, "
            "but every little helps at the moment. Since the order has only just gone through and "
            "hasn't shipped, could you apply the code WELCOME15 to it?"
        ),
        (
            "I ordered a set of bed sheets this morning, and then, while making the bed tonight, "
            "I realised the pillowcases are sold separately. I'd much rather they came in the "
            "same parcel than pay postage twice. Could you add two matching pillowcases to my "
            "existing order? I'm happy to pay the difference however is easiest."
        ),
        (
            "My partner saw the confirmation e-mail over my shoulder and vetoed the "
            "mustard-yellow armchair immediately. In hindsight, I think she's right; it would "
            "clash with everything. Would it be possible to swap the chair on my order for the "
            "same model in {colour} before it leaves the warehouse?"
        ),
        (
            "Our little cafe is getting a new counter display, so I ordered twelve of your enamel "
            "mugs. Having now measured the shelf properly, I realise there's room for eighteen. "
            "Could you increase the quantity on my order from twelve to eighteen? According to my "
            "account it hasn't been dispatched yet."
        ),
        (
            "For my holiday I ordered a few things, including a beach towel, but my sister has "
            "just told me she's bought me one for my birthday. I still want everything else in "
            "the order, just without the towel. Can you take it off the order before it's packed "
            "and adjust the total?"
        ),
        (
            "Hello, yesterday I buy one {garment} in size M, but now I look again in the size "
            "table and for my body the L is better. I think the order is still not shipped. Can "
            "you please change the size from M to L? Same colour, same everything, only the size. "
            "Thank you very much."
        ),
        (
            "After placing my order I read a few more reviews and realised the cheaper blender "
            "doesn't have the pulse function, which I use all the time for soups. I'd like the "
            "Pro version instead. Please swap the model on my order before it goes out and charge "
            "me the difference."
        ),
        (
            "Your website put three of the same candle in my basket because the add button didn't "
            "seem to respond, and I only noticed on the confirmation. I'm annoyed I didn't catch "
            "it, but honestly, that button needs fixing. I only want one. Please change the "
            "quantity to one before you ship it."
        ),
        (
            "I ordered two tins of your shortbread for my bridge club, but the ladies have asked "
            "if I can get a third for the raffle. I am hopeless with websites and I don't want to "
            "place a whole new order and pay the postage again. Could you please add another tin "
            "to the order I placed on Monday?"
        ),
        (
            "I've just realised the {colour} trainers I ordered for my son are the exact ones his "
            "best friend turned up in at the weekend, and he's begged me to change them. He's "
            "eleven, so this is apparently a matter of life and death. The order hasn't been "
            "dispatched yet. Could you change them to the black version, same size?"
        ),
        (
            "Order {order}, a few changes needed before it ships: the bedside table in oak "
            "instead of white; remove the lamp; add two of the cork coasters. Everything else "
            "stays as it is. Let me know the new total and I'll pay any difference straight away."
        ),
        (
            "My husband placed an order for some garden tools on my account last night and picked "
            "the 65-litre wheelbarrow, when we'd agreed on the 90-litre one. He's at work and "
            "asked me to sort it out. Could you switch the wheelbarrow on the order to the larger "
            "one before it's sent? We'll pay any difference."
        ),
        (
            "I used the code from your Black Friday e-mail at checkout, but I've just looked at "
            "the confirmation and the order total still shows {amount}, so the discount wasn't "
            "taken off. The code was definitely valid, it ran until midnight. Could you apply the "
            "discount to the order before it's processed?"
        ),
        (
            "I've been going back and forth about this all evening, which is very me. I ordered "
            "the large wall planner and a pack of coloured pens, and then my flatmate pointed out "
            "that the large planner won't fit on the back of our door. We measured, and the "
            "medium one would be perfect. If it's not too late, could the large planner on my "
            "order be swapped for the medium before it's posted?"
        ),
        (
            "I ordered the starter kit for my daughter's new watercolour hobby, and then saw that "
            "you sell the same kit with a carry case for only a little more. It would be daft not "
            "to. Is it possible to upgrade the kit on my order to the one with the case, seeing "
            "as it hasn't gone out yet?"
        ),
        (
            "I'm very sorry to be a bother. When I ordered the tablecloth on Thursday I selected "
            "the round one, but our table is actually oval; I only realised when I went to lay it "
            "for Sunday lunch. Would it be possible to change it to the oval version in the same "
            "pattern? The order still shows as processing."
        ),
        (
            "I bought the {garment} for a wedding in June, and since ordering I've been swimming "
            "a lot and have dropped a size. The fit is fairly true to size, so I'm confident "
            "about this. Please change the size on my order to {size}, as long as it hasn't been "
            "dispatched yet."
        ),
        (
            "My little boy wanted to spend his birthday money himself, so I let him choose from "
            "your site, and of course he's changed his mind twice since. He'd now like the "
            "dinosaur puzzle instead of the space one. Can you take the space puzzle off the "
            "order and put the dinosaur one on instead? I promise that's the last change."
        ),
        (
            "We ordered forty enamel pin badges to hand out at a craft fair. The organisers have "
            "just told us our stall has been moved to a smaller slot on the second day only, so "
            "we'll need far fewer. Could you reduce the quantity on our order from forty to "
            "twenty-five before it's packed?"
        ),
    ],
    "cancellation": [
        (
            "My mum has just told me she's already bought my son the exact same Lego set for "
            "Christmas, so the one I ordered from you on Tuesday is now surplus. Nobody's fault, "
            "we just didn't talk to each other. Could you cancel my order before it ships, "
            "please?"
        ),
        (
            "I found the same {item} for a lot less in a local shop this morning and bought it on "
            "the spot. I feel a bit bad, because your website is lovely to use and I'll probably "
            "be back. Please cancel order {order}; as far as I can see it hasn't been dispatched "
            "yet."
        ),
        (
            "When I ordered, the website said delivery in three days. Now I've had an e-mail "
            "saying the item is on backorder until next month. I needed it for a holiday that "
            "starts on Saturday, so it's of no use to me after that. I'd like to cancel the "
            "order, please."
        ),
        (
            "My partner ordered a bike helmet from you a couple of hours ago and asked me to "
            "write. It turns out his brother has a spare one he's giving him, so we don't need it "
            "any more. He's driving at the moment, which is why I'm sending this. Could you "
            "cancel the order?"
        ),
        (
            "I've just seen that you charged {amount} for shipping on top of the price, which "
            "wasn't made clear until the very last page. I'm not paying that for a few light "
            "items. Cancel the whole thing, please, and don't send anything out."
        ),
        (
            "I'm afraid I have made a mistake. I meant to order one pair of gloves, but I clicked "
            "on something and it seems I have ordered a whole bundle of winter accessories that I "
            "do not need. I am on a pension and cannot afford it. Please would you cancel the "
            "order straight away."
        ),
        (
            "I ordered three things from you last night: a duvet, a pillow and a mattress "
            "protector. The duvet and pillow are fine, but I've since found out my mattress "
            "already has a protector built in. Please cancel the mattress protector from my "
            "order; I'm happy for the rest to go ahead."
        ),
        (
            "Hello. I order yesterday two {garment}, but now my company send me to work in "
            "{country} for six months and I don't need them there. Please cancel all my order, I "
            "don't want it anymore. It is still not sent, I think. Thank you for understanding."
        ),
        (
            "The checkout page froze, so I pressed 'pay' again, and now I have two identical "
            "order confirmations a minute apart. I only want one of them, obviously. Could you "
            "cancel the second order and leave the first one as it is?"
        ),
        (
            "We ordered a batch of shelving units for our new shop, but the lease fell through "
            "yesterday and we won't be opening in that unit after all. It's been a rotten week. "
            "Please cancel our order before anything is dispatched, as we'll have nowhere to put "
            "it."
        ),
        (
            "Cancel order {order}, please. Ordered by mistake while logged into my partner's "
            "account, then bought the same thing again on my own account an hour later. Don't "
            "want two. No need for questions, just confirm it's cancelled. It's the order from "
            "this morning, paid by card."
        ),
        (
            "Months ago, when I had a lot more free time, I preordered the new edition of the "
            "board game. Since then we've had a baby, and game nights have become a distant "
            "memory. I don't think I'll be playing it any time soon, so I'd like to cancel my "
            "preorder, please."
        ),
        (
            "So, funny story. I ordered a paddling pool for the kids during that one hot week, "
            "and of course it has rained non-stop since and the forecast says more of the same. "
            "My husband says we're mad to buy a paddling pool in this country anyway. The order "
            "is still showing as processing, so before it gets sent out, could I cancel it?"
        ),
        (
            "I'm sorry for the trouble, but I'd like to cancel my order for the cookware set. "
            "I've had a change of circumstances and need to be careful with money for a while. If "
            "it has already been dispatched, just let me know and I'll deal with it when it "
            "arrives. Thank you for being understanding."
        ),
        (
            "My daughter, who is fourteen, ordered a hoodie from you this afternoon with {pay}, "
            "without asking me first. I'm not cross with your shop; that's between her and me. "
            "But I'd like the order she placed cancelled, please, before it goes anywhere."
        ),
        (
            "I ordered {wait} ago and the order still hasn't been dispatched. I've been patient, "
            "but I've now found the item elsewhere with next-day delivery and bought it there. "
            "I'm no longer interested in it. Honestly, I expected at least a shipping e-mail by "
            "now. Please cancel my order."
        ),
        (
            "Having slept on it, pardon the pun, I've realised the sofa I ordered from you on "
            "impulse after a long day is far too big for our living room. I measured the doorway "
            "as well and I'm not sure it would even get through. Would you be able to cancel the "
            "order before it's scheduled for delivery?"
        ),
        (
            "This is a slightly awkward one. The {garment} I ordered was meant to be a birthday "
            "present for my brother, but we've had a falling-out and, honestly, I'm not in the "
            "mood to send him anything right now. It's petty, I know, and we'll probably make up "
            "by next week. Please cancel the order anyway."
        ),
        (
            "I ordered decorations and table favours for a retirement party that has now been "
            "called off, because the guest of honour has decided to stay on another year. So I no "
            "longer need any of it. Can you stop the order and cancel it completely?"
        ),
        (
            "I placed an order this morning and then realised I'd used my work card instead of my "
            "personal one. Rather than messing about with payments, I think the simplest thing is "
            "to start again. Please cancel this order, and I'll place a new one with the right "
            "card."
        ),
    ],
    "return_request": [
        (
            "The {garment} arrived on Tuesday and there's absolutely nothing wrong with it; it's "
            "well made and beautifully packaged. It just isn't me. Once I saw it on, the style "
            "made me look about thirty years older. I'd like to send it back. Could you e-mail me "
            "a return label?"
        ),
        (
            "We got married last month and, as tends to happen, we received three toasters. The "
            "one we ordered from you before the wedding is unopened and still in its box. I'd "
            "like to return it, please. How do I arrange that?"
        ),
        (
            "My son begged for the {item} for weeks, and it arrived {when} in perfect condition. "
            "Two days later he's lost interest completely and moved on to the next craze. It "
            "hasn't even been taken out of the box. Can I send it back? Please tell me what I "
            "need to do."
        ),
        (
            "My daughter ordered a walking frame for me from your website, but the "
            "physiotherapist has since provided one free through the hospital. The one from you "
            "hasn't been used and is still wrapped. I would like to return it, but I'm not able "
            "to carry heavy parcels to the post office. Can your courier collect it from my "
            "house?"
        ),
        (
            "The cushions arrived and they're gorgeous, but next to our sofa the teal looks much "
            "greener than it did on my screen. There's nothing wrong with them at all, and "
            "they're exactly what I ordered. I'd like to send them back and swap them for the "
            "grey ones. Could you set up an exchange?"
        ),
        (
            "Hello, I receive my order {order} last week. Everything is good quality, but I "
            "change my mind, I don't need the lamp now because my brother give me one. I want to "
            "return it. Please send me the label for the return, I live in {country}."
        ),
        (
            "A dozen desk organisers were ordered for our office refurbishment, but the "
            "facilities manager has since decided to go with built-in drawers instead. The "
            "organisers are unopened and still in the original cartons. We'd like to send them "
            "all back; please let us know how to arrange a collection or a return label."
        ),
        (
            "I've been trying to use your returns portal for the past hour, and it keeps telling "
            "me my order isn't eligible, which is nonsense, I bought it eleven days ago. The item "
            "is fine, I just don't want it. Sort out a return label for me, please, because I'm "
            "not spending another hour on that page."
        ),
        (
            "My wife bought a handbag from you {when} and asked me to write, as she's swamped at "
            "work. She's decided it's a bit small for everyday use, since her work diary won't go "
            "in it. It's unused with the tags still on. She would like to return it; could you "
            "tell us how to go about it?"
        ),
        (
            "Re: order {order}. Items received in good condition. No longer needed, as the "
            "project they were for has been cancelled. All unused and in the original packaging. "
            "We want to send them back. Please provide a return label and the address to send "
            "them to."
        ),
        (
            "Confession: I ordered the standing desk converter because I'd read all these "
            "articles about sitting being the new smoking, and I was very motivated for about a "
            "day. Then I realised my desk at home is too shallow for it. There's nothing wrong "
            "with the converter itself, it's just not right for my setup. I'd like to return it, "
            "if you could let me know the next steps."
        ),
        (
            "A friend gave me a {item} for my birthday, bought from your shop. It's lovely, but I "
            "already have one that's nearly identical. I have the gift receipt. Would I be able "
            "to return it and exchange it for something else from your range?"
        ),
        (
            "Thank you for the speedy delivery; the parcel arrived within two days, which is very "
            "impressive. Unfortunately, once I'd unrolled the rug, I realised it doesn't suit the "
            "room as well as I'd hoped. It's unused and I've kept all the packaging. Would you "
            "kindly arrange a return for me?"
        ),
        (
            "Most of my order was perfect: the mugs, the teapot and the milk jug are all staying. "
            "The sugar bowl, however, I ordered on a whim and I really don't need it. Could I "
            "return just that one item? Please let me know how to send it back to you."
        ),
        (
            "The electric toothbrush arrived, and I then realised it takes a different kind of "
            "brush head from my old one, and I have a drawer full of those. I don't want to buy "
            "all new heads. I'd like to return it and exchange it for the model that takes the "
            "heads I already have."
        ),
        (
            "I don't own a printer, and the return instructions ask me to print a label and stick "
            "it on the box. The boots I want to send back are unworn and still boxed. Is there a "
            "QR code I can show at the post office instead, or could you post me a label?"
        ),
        (
            "During your sale I ordered a smartwatch on impulse and, now that it's here, I really "
            "can't justify the {amount}. It's still sealed in its box. I'd like to send it back "
            "under your returns policy. I assume the money follows once you've received it, but "
            "first I need to know how to return it."
        ),
        (
            "This is entirely my own fault: I ordered the two-pack of filters instead of the "
            "six-pack, and you sent exactly what I asked for. The two-pack is unopened. Rather "
            "than keep it, I'd like to return it and order the six-pack separately. Could you "
            "send me a return label?"
        ),
        (
            "My aunt sent me a jumper from your shop for my birthday, which was very thoughtful, "
            "but I'm allergic to wool and I only realised after trying it on for five minutes. "
            "It's otherwise in perfect condition. Can I send it back to you, and could the return "
            "be done without involving her?"
        ),
        (
            "My daughter's school switched uniform supplier over the summer, so the PE kit I "
            "bought from you is no longer the one the school uses. It's all still in its packets, "
            "and she hasn't worn any of it. I'd like to return the whole PE kit; please tell me "
            "how."
        ),
    ],
    "refund_request": [
        (
            "I paid {amount} for express delivery because I needed the dress for a wedding on "
            "Saturday. It arrived the following Tuesday, three days after the wedding. I've kept "
            "the dress, it's lovely and I'll find another occasion for it. But I shouldn't have "
            "to pay for a premium service I didn't get, so please refund the express delivery "
            "charge."
        ),
        (
            "I sent back a pair of boots {wait} ago, and the tracking shows you received them on "
            "the 4th. Your website says refunds are processed within five working days, but "
            "nothing has appeared on {pay} yet. Could you check when my refund will be issued?"
        ),
        (
            "I cancelled my order the same day I placed it, and I got an e-mail confirming the "
            "cancellation. However, the money was taken from my account and hasn't come back. "
            "It's been over a week now. Please return the payment to me."
        ),
        (
            "My son helped me return the garden chair because it was too heavy for me to move "
            "around the patio. The post office gave us a receipt. I have been checking my bank "
            "statement every few days, but the money has not come back. Please could you tell me "
            "when I will get my refund?"
        ),
        (
            "Last Thursday I bought a coffee machine from you, and the very next day it dropped "
            "by forty pounds in your sale. I'm a loyal customer and I've bought plenty from you "
            "over the years. I'd rather not go through the hassle of returning it and buying it "
            "again. Could you refund me the difference in price?"
        ),
        (
            "Hello, I return the {garment} two weeks ago with the label you send me. Your "
            "warehouse receive it, the tracking say so. But I don't receive my money back until "
            "now. Please can you check and send my refund, the amount is {amount}."
        ),
        (
            "This is the third e-mail I've sent about this. You cancelled my order because the "
            "item was out of stock, which, fine, it happens. But you have now had my money for a "
            "month for something you never sent. I want my {amount} back today, not another "
            "promise."
        ),
        (
            "On behalf of my husband: he returned a drill to you after deciding it wasn't "
            "powerful enough for our renovation. The refund has come through, but it's about "
            "fifteen pounds short of what he paid. We think the original postage may have been "
            "deducted, though nobody told us it would be. Could you refund the missing amount?"
        ),
        (
            "You cancelled half of my order because those items were out of stock, and the rest "
            "arrived fine. But I was still charged the full delivery fee, which was for the whole "
            "order. I'd like the shipping cost, or at least part of it, refunded to me."
        ),
        (
            "Our company returned five office chairs last month, with your approval. We've since "
            "received a credit note for them instead of a refund to the company card. We don't "
            "plan on ordering from you again soon, so a credit note isn't much use to us. Please "
            "process the refund to the original payment method instead."
        ),
        (
            "Returned {order} on the 2nd. Received by you on the 5th, according to the tracking. "
            "Today is the 19th. Still no refund, and no e-mail explaining why. Please send the "
            "money back, or tell me what's holding it up. I've been more than patient."
        ),
        (
            "My parcel was lost in the post, and after weeks of back and forth the courier has "
            "officially confirmed it won't be found. I don't want a replacement, because I've "
            "bought the item elsewhere in the meantime. Please refund the full amount of the "
            "order to my card."
        ),
        (
            "Sorry to chase, and please don't take this as a complaint. I returned a set of "
            "bedding a little while ago, and I had a lovely e-mail from your team saying the "
            "return had been accepted. That was twelve days ago. I wondered whether the refund "
            "has been sent yet, as I can't see it on my statement."
        ),
        (
            "I was given store credit for the return of a lamp instead of my money back, and I "
            "never asked for that. I paid with {pay}, and I'd like the refund to go back there "
            "rather than sit on my account as credit. Can you change it to a proper refund?"
        ),
        (
            "Okay, this is a bit of a saga. I ordered a pair of jeans and a belt, sent the jeans "
            "back because I didn't love the wash, and kept the belt. The refund came through for "
            "the belt, not the jeans, which made me laugh, because I'm wearing the belt right "
            "now. So I've been refunded the wrong amount. Could you please sort out the correct "
            "refund for the jeans?"
        ),
        (
            "My daughter is eighteen and ordered a phone case with her first bank card, then "
            "cancelled it within ten minutes because she'd picked the wrong phone model. She's "
            "very worried because the money still shows as taken. Could you confirm the refund "
            "has been issued and how long it will take to appear?"
        ),
        (
            "Your site charged me for gift wrapping on {order}, but the parcel came in a plain "
            "box with no wrapping at all. The present itself was fine, and my niece loved it. I'd "
            "just like the {amount} gift-wrap charge refunded, please."
        ),
        (
            "I exchanged a pair of trainers for a cheaper pair in a different style. Your e-mail "
            "said I'd be refunded the price difference once the exchange had been processed. I "
            "have the new trainers, and they're great, but the difference hasn't come back to me "
            "yet. Can you tell me when I'll get it?"
        ),
        (
            "The banner on your site said free delivery on orders over fifty pounds when I "
            "ordered. My order came to fifty-four pounds, but I was charged four ninety-nine for "
            "postage anyway. I didn't notice until afterwards. Could you refund the delivery "
            "charge?"
        ),
        (
            "Many thanks for letting me know that the kettle I ordered has been discontinued, and "
            "for being so upfront about it. I understand these things happen. As I won't be "
            "getting the kettle, could you please refund the money I paid for it? I paid by card "
            "on the day I ordered."
        ),
    ],
}
