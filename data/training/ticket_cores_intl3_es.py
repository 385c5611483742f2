"""More hand-written Spanish ticket sentences per category (CC0), five per category, written as
2-5 sentence e-mail / contact-form messages with some context before the ask, to complement
``ticket_cores_intl`` ("es") and ``ticket_cores_intl2_es``; same slots ({order}, {item}, {when},
{wait}, {address}).
"""

CORES: dict[str, list[str]] = {
    "wismo": [
        (
            "Hola, buenas. Compré un regalo para el cumpleaños de mi hija que es el sábado. "
            "El seguimiento lleva desde el martes en 'reparto' pero no llega. "
            "¿Me podéis decir si va a llegar antes del fin de semana?"
        ),
        (
            "Estimados señores: realicé {order} hace ya {wait}. En su web indicaban "
            "un plazo de entrega de tres a cinco días laborables. "
            "Les ruego me informen de la fecha prevista de entrega."
        ),
        (
            "oigan el paquete salio de su almacen hace 10 dias y desde entonces nada. "
            "la empresa de transporte dice q no lo tienen. donde esta mi pedido??"
        ),
        (
            "Ayer me llegó un SMS diciendo que me entregaban el paquete entre las 9 y las 14. "
            "Me quedé en casa toda la mañana y no vino nadie. "
            "¿Sabéis cuándo lo van a volver a intentar?"
        ),
        (
            "Hola, vivo en un pueblo pequeño y a veces los repartidores se pierden. "
            "El {item} figura como 'destinatario ausente' desde {when}. "
            "¿Dónde está ahora el paquete y cómo lo recupero?"
        ),
    ],
    "order_status": [
        (
            "Hola! Hice una compra anoche con PayPal y el dinero ya me lo han quitado. "
            "Pero no me ha llegado ningún email de confirmación ni aparece en mi cuenta. "
            "¿Me podéis confirmar que el pedido está registrado?"
        ),
        (
            "Buenos días. Reservé el {item} en preventa hace un par de meses. "
            "La fecha de lanzamiento era esta semana. "
            "¿Me pueden decir si mi reserva ya está lista para enviarse?"
        ),
        (
            "Llevo tres días mirando la web y {order} sigue en 'procesando'. "
            "Otras veces me lo enviabais en 24 horas. "
            "¿Hay algún problema con el pedido o es que vais con retraso?"
        ),
        (
            "Buenas, compré unas cosas que ponía 'disponible en 2-3 semanas'. "
            "Han pasado casi cuatro y no sé nada. "
            "¿Sigue pendiente de stock o ya lo habéis preparado?"
        ),
        (
            "Estimado equipo: me aparece el estado 'pago en verificación' desde {when}. "
            "No entiendo muy bien qué significa. "
            "¿Necesitan algo de mí para que el pedido pase a tramitarse?"
        ),
    ],
    "address_change": [
        (
            "Hola. Al hacer el pedido se me autocompletó la dirección de mi antiguo piso. "
            "Ya no vivo allí desde hace meses. "
            "¿Pueden cambiarla a {address} antes de que salga?"
        ),
        (
            "buenas, me he dado cuenta de que puse mal el codigo postal, "
            "puse 28013 y es 28031. se puede arreglar? todavia no me ha llegado el email de envio"
        ),
        (
            "Estimados: esta semana voy a estar fuera por trabajo y no habrá nadie en casa. "
            "¿Sería posible que {order} se entregue en la oficina de mi empresa? "
            "Les facilito la dirección si me confirman."
        ),
        (
            "Hola, me acabo de mudar y quiero que todas mis próximas compras lleguen al piso "
            "nuevo. En el perfil no me deja editar la dirección guardada, sale un error. "
            "¿Me podéis ayudar a actualizarla?"
        ),
        (
            "Perdonad, en la dirección me comí el número de la escalera. "
            "Es la escalera 2, si no el repartidor no lo va a encontrar. "
            "¿Lo podéis añadir a mi pedido?"
        ),
    ],
    "order_modification": [
        (
            "Hola, acabo de hacer un pedido y después he visto que había un 2x1 en calcetines. "
            "¿Me podéis añadir otro par al mismo pedido? "
            "Así no pago dos veces el envío."
        ),
        (
            "Buenas tardes. En {order} pedí tres camisetas de la misma talla. "
            "Hablando con mi marido, mejor dos M y una L. "
            "¿Se puede cambiar una de ellas si todavía no lo han enviado?"
        ),
        (
            "Tenía un código de bienvenida del 10% y se me olvidó meterlo al pagar. "
            "El pedido es de {when} y aún pone 'en preparación'. "
            "¿Me lo aplicáis, porfa?"
        ),
        (
            "Estimados: en mi pedido de esta mañana incluí por error dos unidades del {item}. "
            "Solo necesito una. Les agradecería que modificaran la cantidad "
            "y me devolvieran la diferencia."
        ),
        (
            "hola he pedido el modelo con cable pero me he dado cuenta de q queria el "
            "inalambrico. el pedido no ha salido todavia, me lo cambiais? pago la diferencia"
        ),
    ],
    "cancellation": [
        (
            "Buenas noches. Hice un pedido hace media hora con la dirección de la oficina "
            "y me he dado cuenta de que está cerrada en agosto. "
            "Prefiero anularlo y volver a pedir más adelante. ¿Pueden cancelarlo?"
        ),
        (
            "Estimados señores: por la presente les comunico mi decisión de cancelar {order}. "
            "Les ruego que no procedan al envío y me confirmen la anulación por escrito."
        ),
        (
            "Hola, pedí el {item} y una funda. Me han regalado un {item} igual, "
            "así que el primero sobra. Cancelad solo esa parte y mandadme la funda, gracias."
        ),
        (
            "me dijisteis que el pedido salia en 48h y llevo {wait} esperando. "
            "estoy harto, cancelad todo y devolvedme el dinero"
        ),
        (
            "Hola, el banco me ha avisado de que el pago de mi pedido puede ser sospechoso "
            "porque lo hice desde el extranjero. Para no liarla, prefiero que lo canceléis. "
            "Ya lo haré de nuevo al volver a casa."
        ),
    ],
    "return_request": [
        (
            "Hola, compré el {item} para mi madre pero al final ya tenía uno parecido. "
            "Está sin abrir, con el precinto. ¿Cómo hago para devolvéroslo?"
        ),
        (
            "Buenas tardes. Recibí {order} {when} y uno de los pantalones no me gusta cómo "
            "queda de color con la luz natural. Está perfecto, pero quiero devolverlo. "
            "¿Me generan la etiqueta?"
        ),
        (
            "Estimados: adquirí una lámpara en su tienda hace diez días. "
            "Al final no encaja con la decoración del salón. "
            "Desearía devolverla; ¿debo usar el embalaje original?"
        ),
        (
            "oye queria cambiar el {item} por el mismo en negro, el que me llego esta "
            "bien pero el gris no me pega con nada. como lo hago, lo mando de vuelta y ya?"
        ),
        (
            "Hola, quiero devolver parte de mi pedido: dos de las cuatro tazas. "
            "En el portal de devoluciones solo me deja seleccionar el pedido entero. "
            "¿Me podéis dar una etiqueta solo para esas dos?"
        ),
    ],
    "refund_request": [
        (
            "Hola, devolví el {item} por correo y según el seguimiento lo recibisteis hace "
            "{wait}. En vuestras condiciones pone que el reembolso tarda 5 días. "
            "¿Cuándo me llega el dinero?"
        ),
        (
            "Buenos días. Me cancelaron el pedido por falta de stock, cosa que entiendo. "
            "Pero el cargo sigue en mi tarjeta. ¿Me pueden devolver el importe cuanto antes?"
        ),
        (
            "Estimados señores: el pasado mes solicité el reembolso de {order} y me lo "
            "confirmaron por correo. A fecha de hoy no he recibido ninguna cantidad. "
            "Les ruego procedan al abono de forma inmediata."
        ),
        (
            "me habeis devuelto el dinero pero os habeis quedado con los gastos de envio, "
            "y la culpa del retraso fue vuestra. quiero que me devolvais tambien el envio"
        ),
        (
            "Hola, pagué con una tarjeta que ya he cancelado. "
            "Me dicen que el reembolso va a ir a esa tarjeta. "
            "¿Me lo podéis hacer por transferencia a otra cuenta?"
        ),
    ],
    "subscription_change": [
        (
            "Hola, tengo la caja de café mensual y la verdad es que nos sobra mucho. "
            "¿Podríais cambiármela a una entrega cada dos meses? "
            "Si no se puede, prefiero una caja más pequeña."
        ),
        (
            "Buenas. Me mudo al extranjero y no voy a poder seguir recibiendo la caja. "
            "Quiero cancelar la suscripción antes del próximo cobro, que es el día 15."
        ),
        (
            "Estimado equipo: estaré hospitalizado las próximas semanas. "
            "¿Sería posible pausar mi suscripción durante dos meses "
            "sin perder el precio que tengo ahora?"
        ),
        (
            "hola me habeis cobrado la renovacion anual de la membresia y yo queria "
            "pasarme al plan mensual. se puede cambiar todavia?"
        ),
        (
            "Hola! Llevo un año con el plan básico y me encanta. "
            "Quiero subirme al plan familiar para que mi pareja también lo use. "
            "¿Cómo hago el cambio sin tener que darme de baja?"
        ),
    ],
    "account_help": [
        (
            "Hola, he cambiado de móvil y ya no recibo el código de verificación por SMS. "
            "Sin él no puedo entrar en mi cuenta. ¿Cómo lo soluciono?"
        ),
        (
            "Buenos días. Me registré con el correo del trabajo y ahora ya no trabajo allí. "
            "Necesito cambiar el email de mi cuenta a uno personal, "
            "pero para hacerlo me pide confirmar desde el antiguo."
        ),
        (
            "llevo media hora intentando crear una cuenta y cada vez que le doy a registrar "
            "la pagina se recarga y no pasa nada. probado en chrome y en el movil. ayuda"
        ),
        (
            "Estimados: les solicito que den de baja mi cuenta de cliente. "
            "Ya no voy a realizar más compras y prefiero no tener un perfil abierto. "
            "¿Me confirman cuando esté hecho?"
        ),
        (
            "Hola, mi hijo ha comprado cosas con mi cuenta y quiero cambiar la contraseña. "
            "El botón de 'olvidé mi contraseña' no me manda nada, ni en spam. "
            "¿Qué puedo hacer?"
        ),
    ],
    "billing": [
        (
            "Hola, soy autónomo y necesito la factura completa de {order} para "
            "desgravarla. La que viene en el email es solo un ticket sin mis datos fiscales. "
            "¿Me la podéis mandar con mi NIF?"
        ),
        (
            "Buenas. Intento pagar con Apple Pay y me sale 'pago no completado'. "
            "Con otras tiendas funciona perfectamente. ¿Tenéis algún problema con ese método?"
        ),
        (
            "me aparece en el banco un cargo retenido de hace {wait} que no se ha liberado "
            "y el pedido ni siquiera se completo. cuando me lo quitan?"
        ),
        (
            "Estimados: al revisar el extracto bancario he visto dos cargos idénticos "
            "del día {when} en su tienda. Solo realicé una compra. "
            "Les ruego que revisen y anulen el cobro duplicado."
        ),
        (
            "Hola, quería comprar para la empresa y pagar por transferencia bancaria "
            "en vez de con tarjeta. ¿Es posible? ¿Emitís factura proforma antes del pago?"
        ),
    ],
    "policy_question": [
        (
            "Hola, estoy pensando en comprar unas botas pero no estoy segura de la talla. "
            "Si no me quedan bien, ¿cuántos días tengo para cambiarlas? "
            "¿Y el cambio tiene coste?"
        ),
        (
            "Buenas. Vivo en Ceuta y en otras tiendas no me envían o me cobran aduanas. "
            "¿Ustedes hacen envíos aquí y con qué gastos?"
        ),
        (
            "Estimados: antes de adquirir un electrodoméstico en su web quisiera saber "
            "cuánto dura la garantía y si la gestionan ustedes o el fabricante."
        ),
        (
            "q pasa si compro algo en rebajas y luego no lo quiero? "
            "lo puedo devolver igual o solo dais vale?"
        ),
        (
            "Hola, suelo comprar regalos en diciembre. "
            "¿Amplían el plazo de devolución en Navidad? "
            "¿Y se puede elegir entrega en un día concreto?"
        ),
    ],
    "sales_question": [
        (
            "Hola, tengo un portátil de 15,6 pulgadas. Estoy mirando vuestras mochilas "
            "y no sé si me cabe. ¿El {item} tiene compartimento para portátil de ese tamaño?"
        ),
        (
            "Buenas tardes. Mi hijo es alérgico al níquel. "
            "¿Los cierres y botones de su ropa infantil llevan níquel?"
        ),
        (
            "holaa, el {item} en verde lleva agotado un monton. "
            "sabeis si lo vais a volver a traer o si hay alguna forma de que me aviseis?"
        ),
        (
            "Estimados: estoy interesado en comprar tres unidades del mismo artículo. "
            "¿Aplican algún descuento por cantidad? "
            "Y, ¿el precio incluye IVA?"
        ),
        (
            "Hola, tengo una cafetera de cápsulas de otra marca. "
            "¿Vuestras cápsulas son compatibles? No lo pone en la descripción del producto."
        ),
    ],
    "feedback": [
        (
            "Hola, solo quería daros las gracias. El pedido llegó en un día y "
            "el {item} es todavía más bonito que en las fotos. "
            "Os recomendaré a mis amigas."
        ),
        (
            "Buenos días. Tengo una pequeña sugerencia: sería muy útil poder guardar "
            "artículos en una lista de deseos sin tener que registrarse. "
            "Por lo demás, la web funciona genial."
        ),
        (
            "Estimados: me gustaría felicitar a la persona que me atendió por teléfono "
            "la semana pasada. Fue paciente y amable y me solucionó el problema."
        ),
        (
            "acabo de recibir mi compra y me encanta q el embalaje sea de carton reciclado "
            "sin plasticos. seguid asi! donde os dejo una valoracion?"
        ),
        (
            "Hola, compro con vosotros desde hace años. Una idea: estaría bien que "
            "la app avisara cuando un producto de la lista baja de precio. "
            "Seguro que no soy la única a la que le gustaría."
        ),
    ],
    "newsletter": [
        (
            "Hola, hace tiempo me apunté a vuestra newsletter pero ahora me llega "
            "un correo casi cada día. Es demasiado. Por favor, dadme de baja."
        ),
        (
            "Buenas. Vi en Instagram que los suscriptores del boletín se enteran antes "
            "de las rebajas. ¿Cómo me apunto? En la web no encuentro el formulario."
        ),
        (
            "Estimados señores: nunca he dado mi consentimiento para recibir publicidad. "
            "Les ruego que eliminen mi dirección de correo de sus listas de marketing."
        ),
        (
            "le di a 'darme de baja' en el email hace {wait} y me siguen llegando "
            "ofertas. quitadme ya de la lista porfa"
        ),
        (
            "Hola, quiero seguir recibiendo los correos de mis pedidos, "
            "pero no los de promociones. ¿Podéis quitarme solo de la newsletter?"
        ),
    ],
    "sizing_fit": [
        (
            "Hola, tengo el pie bastante ancho y en otras marcas uso un 42. "
            "¿Las zapatillas de running suelen tallar justas? "
            "¿Me pido un 42 o un 43?"
        ),
        (
            "Buenas tardes. Me compré el {item} en talla M y de largo está bien, "
            "pero de pecho me queda muy holgado. "
            "¿Creéis que con la S me quedaría mejor o sería demasiado corta?"
        ),
        (
            "Estimados: quisiera regalar un abrigo a mi marido. Mide 1,82 y usa una 52 "
            "en americanas. ¿A qué talla de su tabla corresponde?"
        ),
        (
            "el vaquero me queda bien de cintura pero de pierna parece q voy con un saco. "
            "tienen un corte mas estrecho o tallan asi todos?"
        ),
        (
            "Hola, en vuestra guía pone el contorno de pecho pero no el largo de manga. "
            "Tengo los brazos largos y siempre me quedan cortas. "
            "¿Cuánto mide la manga en la talla L?"
        ),
    ],
    "damaged_or_wrong_item": [
        (
            "Hola, hoy me ha llegado {order}. En lugar del {item} que pedí, "
            "venía otro modelo completamente distinto. ¿Qué hago ahora?"
        ),
        (
            "Buenas. He abierto el paquete y la jarra de cristal está rota en varios trozos. "
            "La caja por fuera estaba bien. Os mando fotos, necesito que me mandéis otra."
        ),
        (
            "Estimados: el aparato recibido {when} no funciona. Lo he conectado a varios "
            "enchufes y no se enciende. Solicito su reparación o sustitución."
        ),
        (
            "pedi 3 cosas y en la caja solo venian 2, falta el cargador. "
            "en el albaran aparece como enviado pero aqui no esta"
        ),
        (
            "Hola, pedí una 40 y la caja pone 40, pero dentro había una 37. "
            "Está claro que se han equivocado en el almacén. "
            "¿Me enviáis la talla correcta?"
        ),
    ],
    "complaint": [
        (
            "Llevo dos semanas intentando que alguien me responda. "
            "Cada vez que escribo me contesta un robot con un mensaje genérico. "
            "Es una vergüenza cómo tratan a los clientes."
        ),
        (
            "Buenas tardes. Quiero expresar mi malestar con su servicio. "
            "El repartidor fue muy grosero y me tiró el paquete al suelo. "
            "Espero que tomen nota."
        ),
        (
            "Estimados: les escribo para presentar una queja formal. "
            "Me prometieron una solución hace {wait} y todavía estoy esperando. "
            "No es forma de trabajar."
        ),
        (
            "enhorabuena, habeis conseguido que una clienta de 5 años no vuelva nunca mas. "
            "nadie contesta, nadie se responsabiliza. de pena"
        ),
        (
            "Hola. Compré en vuestra tienda porque teníais buenas opiniones, "
            "pero la experiencia ha sido horrible de principio a fin. "
            "Quiero dejar constancia de mi descontento."
        ),
    ],
    "human_request": [
        (
            "Hola, mi problema es un poco complicado de explicar por escrito. "
            "¿Me podría llamar alguien del equipo esta tarde? Estoy disponible a partir de las 5."
        ),
        (
            "Buenos días. He intentado resolver esto con el chat automático "
            "pero no entiende mi consulta. ¿Hay algún agente humano con quien pueda hablar?"
        ),
        (
            "Estimados: solicito que una persona responsable de atención al cliente "
            "se ponga en contacto conmigo por teléfono. Mi número figura en mi cuenta."
        ),
        (
            "no quiero mas respuestas automaticas. dadme un telefono donde me atienda "
            "una persona de verdad, por favor"
        ),
        (
            "Hola, soy una persona mayor y no me aclaro mucho con los correos. "
            "¿Tienen un número de teléfono gratuito donde me puedan atender? "
            "Prefiero hablar con alguien."
        ),
    ],
    "legal": [
        (
            "Buenas tardes. Les he pedido tres veces que me devuelvan el dinero y no han hecho "
            "nada. Ya he contactado con un abogado, que les enviará un burofax esta semana."
        ),
        (
            "Estimados señores: les comunico que he presentado una reclamación ante la "
            "Agencia Española de Protección de Datos por el uso indebido de mis datos "
            "personales en sus envíos publicitarios."
        ),
        (
            "Hola. Como no me han enviado {order} ni me contestan, he iniciado una "
            "retrocesión del cargo con mi banco. Ellos se pondrán en contacto con ustedes."
        ),
        (
            "Estimados: en ejercicio de mi derecho de supresión según el RGPD, "
            "solicito que eliminen todos mis datos personales de sus sistemas "
            "y me confirmen por escrito que lo han hecho en el plazo legal."
        ),
        (
            "he visto q estan vendiendo camisetas con un diseño mio sin mi permiso. "
            "es una infraccion de derechos de autor, retirenlas o iremos a juicio"
        ),
    ],
    "business_inquiry": [
        (
            "Hola, tengo una pequeña boutique en Valencia y me encantan vuestros productos. "
            "¿Trabajáis con tiendas multimarca? Me gustaría conocer las condiciones "
            "para revendedores."
        ),
        (
            "Buenos días. Le escribo desde el departamento de recursos humanos de una "
            "empresa de 150 empleados. Queremos encargar el {item} como regalo de Navidad. "
            "¿Podrían enviarnos un presupuesto?"
        ),
        (
            "Estimados: soy periodista y estoy preparando un artículo sobre marcas "
            "sostenibles para un diario digital. "
            "¿Podría entrevistar a alguien del equipo fundador?"
        ),
        (
            "holaa! tengo un canal de youtube de unboxing con 50k subs. "
            "me gustaria hacer una colaboracion con vosotros, teneis codigo de afiliado?"
        ),
        (
            "Buenas tardes. Somos una empresa de logística con almacenes en toda la península. "
            "Nos gustaría presentarles una propuesta para gestionar sus envíos. "
            "¿A quién podemos dirigirnos?"
        ),
    ],
    "other": [
        (
            "Hola, estoy haciendo un trabajo para clase sobre la Revolución Francesa. "
            "¿Me podéis decir en qué año fue y un resumen de las causas?"
        ),
        (
            "Buenas, esta mañana he dejado el coche en el taller para la revisión. "
            "¿Ya saben cuánto me va a costar el cambio de frenos?"
        ),
        (
            "Estimado cliente, ha ganado usted un iPhone 15 en nuestro sorteo. "
            "Para reclamar su premio, introduzca los datos de su tarjeta en el siguiente enlace."
        ),
        (
            "perdona, he encontrado este correo en internet. sabes si hoy abren "
            "las piscinas municipales? hace un calor horrible"
        ),
        (
            "Hola, mi gato lleva dos días sin comer y está muy apagado. "
            "No sé si llevarlo al veterinario ya o esperar un poco. ¿Qué me aconsejáis?"
        ),
    ],
}
